import { ApiProperty } from '@nestjs/swagger';
import { SHIPMENT_STATUSES } from '../../domain/shipment-status';

const INT = { type: 'integer', format: 'int32' } as const;
const DATE = { type: String, format: 'date' } as const;
const DATE_TIME = { type: String, format: 'date-time' } as const;

export class WbShipmentStatusList {
  @ApiProperty({ type: [String], example: SHIPMENT_STATUSES })
  statuses: string[];
}

/** The stored item fields shared by the item read and the item summary. */
abstract class WbShipmentItemFields {
  @ApiProperty(INT)
  shipment_id: number;

  @ApiProperty(INT)
  article_id: number;

  @ApiProperty(INT)
  color_id: number;

  @ApiProperty(INT)
  size_id: number;

  @ApiProperty({ type: String, nullable: true, description: 'Null when the article has no or several WB SKUs' })
  wb_sku: string | null;

  @ApiProperty(INT)
  recommended_qty: number;

  @ApiProperty(INT)
  final_qty: number;

  @ApiProperty({ ...INT, description: 'NSC stock when the shipment was created; the upper bound of final_qty' })
  nsk_stock_available: number;

  @ApiProperty()
  oos_risk_before: string;

  @ApiProperty()
  oos_risk_after: string;

  @ApiProperty()
  limited_by_nsk_stock: boolean;

  @ApiProperty()
  limited_by_max_coverage: boolean;

  @ApiProperty()
  ignored_due_to_zero_sales: boolean;

  @ApiProperty()
  below_min_coverage_threshold: boolean;

  @ApiProperty(INT)
  article_total_deficit: number;

  @ApiProperty(INT)
  article_total_recommended: number;

  @ApiProperty({ type: String, nullable: true })
  explanation: string | null;
}

export class WbShipmentItemRead extends WbShipmentItemFields {
  @ApiProperty(INT)
  id: number;
}

export class WbShipmentItemSummary extends WbShipmentItemFields {
  @ApiProperty(INT)
  item_id: number;
}

abstract class WbShipmentHeaderFields {
  @ApiProperty(INT)
  id: number;

  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'WbShipmentStatus' })
  status: string;

  @ApiProperty(DATE)
  target_date: string;

  @ApiProperty(DATE)
  wb_arrival_date: string;

  @ApiProperty(DATE_TIME)
  created_at: string;

  @ApiProperty({ ...DATE_TIME, description: 'Strictly increasing; send it back as If-Unmodified-Since' })
  updated_at: string;
}

export class WbShipmentRead extends WbShipmentHeaderFields {
  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty()
  strategy: string;

  @ApiProperty()
  zero_sales_policy: string;

  @ApiProperty(INT)
  target_coverage_days: number;

  @ApiProperty(INT)
  min_coverage_days: number;

  @ApiProperty(INT)
  max_coverage_days_after: number;

  @ApiProperty({ ...INT, nullable: true })
  max_replenishment_per_article: number | null;

  @ApiProperty({ type: [WbShipmentItemRead], description: 'Ascending id' })
  items: WbShipmentItemRead[];
}

export class WbShipmentHeaderRead extends WbShipmentHeaderFields {
  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ type: 'integer', description: 'Σ final_qty over all items' })
  total_final_qty: number;

  @ApiProperty({ type: 'integer' })
  total_items: number;

  @ApiProperty({ type: 'integer', description: 'Items with oos_risk_before = red' })
  red_risk_count: number;

  @ApiProperty({ type: 'integer', description: 'Items with oos_risk_before = yellow' })
  yellow_risk_count: number;
}

export class WbShipmentAggregates {
  @ApiProperty(INT)
  shipment_id: number;

  @ApiProperty({ enum: SHIPMENT_STATUSES, enumName: 'WbShipmentStatus' })
  status: string;

  @ApiProperty(DATE_TIME)
  created_at: string;

  @ApiProperty(DATE_TIME)
  updated_at: string;

  @ApiProperty({ type: 'integer' })
  total_items: number;

  @ApiProperty({ type: 'integer' })
  total_final_qty: number;

  @ApiProperty({ type: 'integer' })
  red_risk_count: number;

  @ApiProperty({ type: 'integer' })
  yellow_risk_count: number;
}
