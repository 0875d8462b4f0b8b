import { ApiProperty } from '@nestjs/swagger';

export class MetricMetadataResponse {
  @ApiProperty() metric: string;
  @ApiProperty({ enum: ['risk', 'integrations', 'orders'], enumName: 'MetricCategory' }) category: string;
  @ApiProperty() label: string;
  @ApiProperty() description: string;
  @ApiProperty() supports_alerts: boolean;
  @ApiProperty() supports_timeseries: boolean;
  @ApiProperty({ description: 'Can affect status, directly or through alert rules' }) used_in_status: boolean;
  @ApiProperty({ type: 'integer', format: 'int32', description: 'Snapshot schema version that introduced the metric' })
  since_schema_version: number;
}

export class MetricsResponse {
  @ApiProperty({ type: [MetricMetadataResponse] }) items: MetricMetadataResponse[];
}

export class LayoutTileResponse {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: ['counter', 'timeseries', 'table_link'], enumName: 'LayoutTileType' }) type: string;
  @ApiProperty({ type: String, nullable: true }) primary_metric: string | null;
  @ApiProperty({ type: [String], nullable: true }) secondary_metrics: string[] | null;
  @ApiProperty() source_endpoint: string;
  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true }) source_params: Record<string, unknown> | null;
}

export class LayoutSectionResponse {
  @ApiProperty() id: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: [LayoutTileResponse] }) tiles: LayoutTileResponse[];
}

export class LayoutResponse {
  @ApiProperty({ type: [LayoutSectionResponse] }) sections: LayoutSectionResponse[];
}
