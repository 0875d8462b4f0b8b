import { ApiProperty } from '@nestjs/swagger';
import { RISK_LEVELS, RiskLevel } from '../../domain/risk-level';

const INT = { type: 'integer', format: 'int32' } as const;
const NULLABLE_INT = { ...INT, nullable: true } as const;

export class ArticleBundleRiskEntry {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty()
  article_code: string;

  @ApiProperty(INT)
  bundle_type_id: number;

  @ApiProperty()
  bundle_type_name: string;

  @ApiProperty({ type: 'number', format: 'double', nullable: true, description: 'WB bundle sales per day, 0 without sales' })
  avg_daily_sales: number | null;

  @ApiProperty(INT)
  total_available_bundles: number;

  @ApiProperty({ type: 'number', format: 'double', nullable: true, description: 'null without a positive sales rate' })
  days_of_cover: number | null;

  @ApiProperty({ enum: RISK_LEVELS, enumName: 'BundleRiskLevel' })
  risk_level: RiskLevel;

  @ApiProperty({ ...NULLABLE_INT, description: 'Days of cover at or below which the bundle is critical' })
  safety_stock_days: number | null;

  @ApiProperty({ ...NULLABLE_INT, description: 'Days of cover at or below which the bundle is a warning' })
  alert_threshold_days: number | null;

  @ApiProperty({ ...NULLABLE_INT, description: 'alert_threshold_days × 3; at or above it the bundle is overstock' })
  overstock_threshold_days: number | null;

  @ApiProperty({ description: 'Human-readable trace; wording not contractual' })
  explanation: string;
}

export class BundleRiskPortfolioResponse {
  @ApiProperty({ type: [ArticleBundleRiskEntry] })
  items: ArticleBundleRiskEntry[];
}
