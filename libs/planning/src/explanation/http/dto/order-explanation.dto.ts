import { ApiProperty } from '@nestjs/swagger';
import { QueryDate } from '@supply-brain/common';
import { ArticleIdsQuery } from '../../../risk/http/dto/article-ids.query';

/** The portfolio selection shared with the risk portfolio, plus the evaluation date (02 W-BUG-2). */
export class OrderExplanationPortfolioQuery extends ArticleIdsQuery {
  @QueryDate({ description: 'Evaluation date of demand and proposal; default today in the business time zone' })
  target_date?: string;
}

const INT = { type: 'integer', format: 'int32' } as const;
const NULLABLE_INT = { ...INT, nullable: true } as const;
const LIMITING_CONSTRAINTS = ['fabric_min_batch', 'elastic_min_batch', 'color_min_batch', 'strictness', 'none'];

export class OrderProposalReason {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty({ type: String })
  article_code: string;

  @ApiProperty(NULLABLE_INT)
  color_id: number | null;

  @ApiProperty({ type: String, nullable: true, description: 'color.inner_code' })
  color_name: string | null;

  @ApiProperty({ ...NULLABLE_INT, description: 'Elastic type with the largest minimum' })
  elastic_type_id: number | null;

  @ApiProperty({ type: String, nullable: true })
  elastic_type_name: string | null;

  @ApiProperty({ ...INT, description: 'Article-level quantity after strictness, before minima (repeated on each colour)' })
  proposed_qty: number;

  @ApiProperty({ ...INT, description: 'WB deficit at the evaluation date' })
  base_deficit: number;

  @ApiProperty({ type: Number, format: 'double' })
  strictness: number;

  @ApiProperty({ type: Number, format: 'double', description: 'base_deficit × strictness (1.0 when strictness ≤ 0)' })
  adjusted_deficit: number;

  @ApiProperty(NULLABLE_INT)
  min_fabric_batch: number | null;

  @ApiProperty(NULLABLE_INT)
  min_elastic_batch: number | null;

  @ApiProperty(NULLABLE_INT)
  color_min_batch: number | null;

  @ApiProperty({ ...INT, description: 'WB stock + NSC stock (internal warehouses)' })
  total_available_before: number;

  @ApiProperty(NULLABLE_INT)
  forecast_horizon_days: number | null;

  @ApiProperty({ ...INT, description: 'Σ proposed quantities of this colour' })
  final_order_qty: number;

  @ApiProperty({ enum: LIMITING_CONSTRAINTS, enumName: 'LimitingConstraint', nullable: true })
  limiting_constraint: string | null;

  @ApiProperty({ type: String })
  explanation: string;
}

export class ArticleOrderExplanation {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty({ type: String })
  article_code: string;

  @ApiProperty({ type: [OrderProposalReason], description: 'One per colour with a positive proposal, lowest SKU id first' })
  reasons: OrderProposalReason[];
}

/** C8: why each article is ordered the way it is (02 §3.7). */
export class OrderExplanationPortfolioResponse {
  @ApiProperty({ type: [ArticleOrderExplanation], description: 'Selection order: the given ids, else ascending article_id' })
  items: ArticleOrderExplanation[];
}
