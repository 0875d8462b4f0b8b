import { ApiProperty } from '@nestjs/swagger';

const INT = { type: 'integer', format: 'int32' } as const;

export class IntegrationsCounts {
  @ApiProperty(INT) wb_accounts_total: number;
  @ApiProperty(INT) wb_accounts_active: number;
  @ApiProperty(INT) ms_accounts_total: number;
  @ApiProperty(INT) ms_accounts_active: number;
}

export class RiskCounts {
  @ApiProperty(INT) critical: number;
  @ApiProperty(INT) warning: number;
  @ApiProperty(INT) ok: number;
  @ApiProperty(INT) overstock: number;
  @ApiProperty(INT) no_data: number;
}

export class OrdersSummary {
  @ApiProperty(INT) articles_with_orders: number;
  @ApiProperty(INT) total_final_order_qty: number;
}

export class MonitoringSnapshotResponse {
  @ApiProperty({ type: IntegrationsCounts }) integrations: IntegrationsCounts;
  @ApiProperty({ type: RiskCounts }) risks: RiskCounts;
  @ApiProperty({ type: OrdersSummary }) orders: OrdersSummary;

  @ApiProperty({ type: String, format: 'date-time', description: 'When the live build finished (database clock)' })
  updated_at: string;

  @ApiProperty({ ...INT, description: 'Snapshot schema version that built it' })
  schema_version: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer', format: 'int32' },
    description: 'The catalog metrics keyed by metric id, so clients need no path mapping',
  })
  metrics: Record<string, number>;
}

export class SnapshotRecordResponse {
  @ApiProperty(INT) id: number;
  @ApiProperty({ type: String, format: 'date-time' }) created_at: string;
  @ApiProperty(INT) wb_accounts_total: number;
  @ApiProperty(INT) wb_accounts_active: number;
  @ApiProperty(INT) ms_accounts_total: number;
  @ApiProperty(INT) ms_accounts_active: number;
  @ApiProperty(INT) risk_critical: number;
  @ApiProperty(INT) risk_warning: number;
  @ApiProperty(INT) risk_ok: number;
  @ApiProperty(INT) risk_overstock: number;
  @ApiProperty(INT) risk_no_data: number;
  @ApiProperty(INT) articles_with_orders: number;
  @ApiProperty(INT) total_final_order_qty: number;

  @ApiProperty({ ...INT, description: 'Snapshot schema version that built the record' })
  schema_version: number;

  @ApiProperty({ enum: ['scheduler', 'manual', 'migration'], enumName: 'SnapshotSource', description: 'migration: recorded before versioning' })
  source: string;

  @ApiProperty({ ...INT, nullable: true, description: 'Build duration in ms; null for records that predate versioning' })
  build_ms: number | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The scheduler slot the record fills' })
  slot_start: string | null;
}

export class SnapshotHistoryResponse {
  @ApiProperty({ type: [SnapshotRecordResponse] }) items: SnapshotRecordResponse[];
}

export class TimeseriesPoint {
  @ApiProperty({ type: String, format: 'date-time' }) timestamp: string;
  @ApiProperty(INT) value: number;
}

export class TimeseriesSeries {
  @ApiProperty() metric: string;
  @ApiProperty({ type: [TimeseriesPoint] }) points: TimeseriesPoint[];
}

export class TimeseriesResponse {
  @ApiProperty({ type: [TimeseriesSeries] }) items: TimeseriesSeries[];

  @ApiProperty({ type: [String], description: 'Requested ids that are not timeseries metrics, in request order' })
  ignored_metrics: string[];
}
