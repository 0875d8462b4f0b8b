import { ApiProperty } from '@nestjs/swagger';

const INT = { type: 'integer', format: 'int32' } as const;
const NUMBER = { type: 'number', format: 'double' } as const;
const RISK = { enum: ['red', 'yellow', 'green'], enumName: 'WbOosRiskLevel' } as const;

/** One SKU unit of the proposal (§3.5). */
export class WbReplenishmentItem {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty({ type: String, nullable: true })
  article_code: string | null;

  @ApiProperty({ ...INT, nullable: true })
  color_id: number | null;

  @ApiProperty({ type: String, nullable: true })
  color_inner_code: string | null;

  @ApiProperty({ ...INT, nullable: true })
  size_id: number | null;

  @ApiProperty({ type: String, nullable: true })
  size_label: string | null;

  @ApiProperty({ type: String, nullable: true })
  wb_sku: string | null;

  @ApiProperty(INT)
  wb_stock_total: number;

  @ApiProperty(NUMBER)
  avg_daily_sales_30d: number;

  @ApiProperty(NUMBER)
  coverage_days_current: number;

  @ApiProperty(INT)
  days_until_arrival: number;

  @ApiProperty(INT)
  target_coverage_days: number;

  @ApiProperty(INT)
  projected_stock_at_arrival: number;

  @ApiProperty(NUMBER)
  projected_coverage_at_arrival: number;

  @ApiProperty(INT)
  recommended_qty: number;

  @ApiProperty(NUMBER)
  coverage_after_transfer: number;

  @ApiProperty({ ...INT, description: 'NSC stock: Σ stock balances in internal warehouses' })
  nsk_stock_available: number;

  @ApiProperty(INT)
  nsk_stock_after_transfer: number;

  @ApiProperty(RISK)
  oos_risk_before: string;

  @ApiProperty(RISK)
  oos_risk_after: string;

  @ApiProperty()
  limited_by_nsk_stock: boolean;

  @ApiProperty({ description: 'Also set when the per-article cap reduced the row' })
  limited_by_max_coverage: boolean;

  @ApiProperty()
  ignored_due_to_zero_sales: boolean;

  @ApiProperty()
  below_min_coverage_threshold: boolean;

  @ApiProperty({ ...INT, description: 'Σ of the article’s requirements before the NSC and coverage caps' })
  article_total_deficit: number;

  @ApiProperty(INT)
  article_total_recommended: number;

  @ApiProperty({ type: String, nullable: true })
  explanation: string | null;
}

export class WbReplenishmentResponse {
  @ApiProperty({ type: String, format: 'date' })
  target_date: string;

  @ApiProperty({ type: String, format: 'date' })
  wb_arrival_date: string;

  @ApiProperty({ type: [WbReplenishmentItem] })
  items: WbReplenishmentItem[];
}
