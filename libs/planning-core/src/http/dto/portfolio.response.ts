import { ApiProperty } from '@nestjs/swagger';

const objects = (description: string) => ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description });

export class PortfolioTotals {
  @ApiProperty({ type: 'integer' })
  articles_total: number;

  @ApiProperty({ type: 'integer' })
  articles_ok: number;

  @ApiProperty({ type: 'integer' })
  articles_skipped: number;

  @ApiProperty({ type: 'integer' })
  articles_error: number;

  @ApiProperty({ type: 'integer', description: 'ok items with units to order' })
  articles_ordering: number;

  @ApiProperty({ type: 'integer', description: 'Pieces over all articles' })
  total_units: number;

  @ApiProperty({ type: 'number', nullable: true, description: 'After the budget; null when an ordered unit cost is unknown' })
  capital_required: number | null;

  @ApiProperty({ type: 'number', nullable: true, description: 'The portfolio budget (request → global); null = none' })
  available_capital: number | null;
}

export class PortfolioBudgetGroup {
  @ApiProperty()
  pantone_code: string;

  @ApiProperty({ enum: ['kept', 'reduced', 'reduced_to_minimum', 'dropped'], enumName: 'BudgetGroupStatus' })
  budget_status: string;

  @ApiProperty({ type: 'integer' })
  units_before: number;

  @ApiProperty({ type: 'integer' })
  units_after: number;

  @ApiProperty({ type: 'number', nullable: true })
  capital_before: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  capital_after: number | null;

  @ApiProperty({ format: 'date', nullable: true })
  stockout_date_after_cut: string | null;
}

export class PortfolioBudget {
  @ApiProperty({ enum: ['available_capital_not_set', 'unit_cost_not_set', 'within_budget', 'budget_limited_applied'], enumName: 'PortfolioBudgetStatus' })
  status: string;

  @ApiProperty({ type: 'number', nullable: true })
  capital_before: number | null;

  @ApiProperty({ type: 'number', nullable: true })
  capital_after: number | null;

  @ApiProperty({ type: [PortfolioBudgetGroup], description: 'Pantone groups the budget ranked (budget_limited_applied only), by key' })
  groups: PortfolioBudgetGroup[];
}

export class PortfolioItem {
  @ApiProperty({ type: 'integer' })
  article_id: number;

  @ApiProperty({ enum: ['ok', 'skipped', 'error'], enumName: 'PortfolioItemStatus' })
  status: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The stored proposal (ok and skipped items); null when not stored' })
  proposal_id: number | null;

  @ApiProperty({ enum: ['wait', 'order_with_buffer', 'order_minimum_only'], enumName: 'ProposalAction', nullable: true })
  action: string | null;

  @ApiProperty({ enum: ['critical', 'warning', 'ok', 'overstock', 'no_data'], enumName: 'ProposalRiskLevel', nullable: true })
  risk_level: string | null;

  @ApiProperty({ type: 'integer' })
  total_units: number;

  @ApiProperty({ type: 'number', nullable: true })
  capital_required: number | null;

  @ApiProperty({ format: 'date', nullable: true })
  order_by_date: string | null;

  @ApiProperty({ format: 'date', nullable: true })
  target_arrival_date: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true, description: 'Error items: the business error {code, message, field?, …} that excluded the article' })
  error: Record<string, unknown> | null;
}

/** The answer of `POST …/production-order/portfolio` (05 §3.9). */
export class ProductionOrderPortfolioResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'Null: the run is not stored' })
  portfolio_run_id: number | null;

  @ApiProperty({ format: 'date-time' })
  generated_at: string;

  @ApiProperty({ format: 'date' })
  as_of_date: string;

  @ApiProperty({ type: PortfolioTotals })
  totals: PortfolioTotals;

  @ApiProperty({ type: PortfolioBudget })
  budget: PortfolioBudget;

  @objects('Joint fabric groups over the ordering articles, by pantone_code (entries as in the proposal constraints)')
  fabric_min_batches: Record<string, unknown>[];

  @objects('Joint elastic types, by elastic_type_id; article_id is null')
  elastic_min_batches: Record<string, unknown>[];

  @ApiProperty({ type: [PortfolioItem], description: 'One per selected article, by article_id' })
  items: PortfolioItem[];

  @objects('Run-level warnings {code, severity, message, params}')
  warnings: Record<string, unknown>[];
}
