import { ApiProperty } from '@nestjs/swagger';
import { SHIPMENT_STATUSES } from '../../domain/shipment-status';

export class WbShipmentRecentHeader {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'WbShipmentStatus' })
  status: string;

  @ApiProperty({ type: String, format: 'date' })
  target_date: string;

  @ApiProperty({ type: String, format: 'date' })
  wb_arrival_date: string;

  @ApiProperty({ type: String, format: 'date-time' })
  created_at: string;

  @ApiProperty({ type: String, format: 'date-time' })
  updated_at: string;

  @ApiProperty({ type: 'integer' })
  total_final_qty: number;

  @ApiProperty({ type: 'integer' })
  total_items: number;
}

export class WbShipmentPresetResponse {
  @ApiProperty({ type: String, format: 'date' })
  target_date: string;

  @ApiProperty({ type: String, format: 'date' })
  suggested_wb_arrival_date: string;

  @ApiProperty()
  suggested_strategy: string;

  @ApiProperty()
  suggested_zero_sales_policy: string;

  @ApiProperty({ type: 'integer', format: 'int32' })
  suggested_target_coverage_days: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  suggested_min_coverage_days: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  suggested_max_coverage_days_after: number;

  @ApiProperty({ type: 'integer', format: 'int32', nullable: true })
  suggested_max_replenishment_per_article: number | null;

  @ApiProperty({ type: [WbShipmentRecentHeader], description: 'Up to 3 most recent non-cancelled shipments, newest first' })
  recent_shipments: WbShipmentRecentHeader[];

  @ApiProperty({ type: 'number', format: 'double', nullable: true })
  avg_total_final_qty_last3: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  last_shipment_total_final_qty: number | null;

  @ApiProperty({ type: String, nullable: true })
  default_comment_template: string | null;

  @ApiProperty({ type: String, nullable: true })
  explanation: string | null;
}
