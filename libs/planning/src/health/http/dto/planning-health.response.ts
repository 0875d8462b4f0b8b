import { ApiProperty } from '@nestjs/swagger';
import { ArticleOrderExplanation } from '../../../explanation/http/dto/order-explanation.dto';
import { ArticleBundleRiskEntry } from '../../../risk/http/dto/bundle-risk.dto';
import { RISK_LEVELS, RiskLevel } from '../../../risk';

const INT = { type: 'integer', format: 'int32' } as const;
const NULLABLE_INT = { ...INT, nullable: true } as const;
const NULLABLE_DOUBLE = { type: 'number', format: 'double', nullable: true } as const;

export class ArticleHealthSummary {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty()
  article_code: string;

  @ApiProperty({ enum: RISK_LEVELS, enumName: 'BundleRiskLevel', nullable: true, description: 'Most severe level among the article\'s bundle risk entries' })
  worst_risk_level: RiskLevel | null;

  @ApiProperty(NULLABLE_INT)
  worst_risk_bundle_type_id: number | null;

  @ApiProperty({ type: String, nullable: true })
  worst_risk_bundle_type_name: string | null;

  @ApiProperty(NULLABLE_DOUBLE)
  days_of_cover: number | null;

  @ApiProperty(NULLABLE_DOUBLE)
  avg_daily_sales: number | null;

  @ApiProperty(NULLABLE_INT)
  total_available_bundles: number | null;

  @ApiProperty({ ...INT, description: 'Σ final_order_qty over the article\'s order reasons' })
  total_final_order_qty: number;

  @ApiProperty({ type: String, nullable: true, description: 'Most frequent limiting constraint other than "none"' })
  dominant_limiting_constraint: string | null;

  @ApiProperty()
  has_critical: boolean;

  @ApiProperty()
  has_warning: boolean;
}

export class PlanningHealthPortfolioResponse {
  @ApiProperty({ type: [ArticleHealthSummary] })
  items: ArticleHealthSummary[];
}

export class ArticleDashboardResponse {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty({ type: String, nullable: true })
  article_code: string | null;

  @ApiProperty({ ...NULLABLE_INT, description: 'Bundle type of the risk block' })
  bundle_type_id: number | null;

  @ApiProperty({ type: String, nullable: true })
  bundle_type_name: string | null;

  @ApiProperty({ type: ArticleBundleRiskEntry, nullable: true, description: 'The most severe bundle risk entry of the article' })
  risk: ArticleBundleRiskEntry | null;

  @ApiProperty({ type: ArticleOrderExplanation, nullable: true })
  order: ArticleOrderExplanation | null;

  @ApiProperty({ type: ArticleHealthSummary, nullable: true })
  health: ArticleHealthSummary | null;
}
