import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { EnumField, QueryId, QueryInt } from '@supply-brain/common';
import type { ExplainabilityMode } from '../../domain';
import { ProductionOrderPortfolioResponse } from './portfolio.response';

/** A repeated query key counts once, with its last value (as the other query decorators do). */
const lastOccurrence = Transform(({ value }: { value: unknown }) => (Array.isArray(value) ? value[value.length - 1] : value));

function QueryEnum(values: readonly string[], enumName: string, description: string): PropertyDecorator {
  return applyDecorators(lastOccurrence, EnumField(values, enumName, { description }));
}

/** Query of `GET …/proposals/{proposal_id}` (05 §3.8). */
export class StoredProposalQuery {
  @QueryEnum(['full', 'compact'], 'ExplainabilityMode', 'compact nulls explanation.meta.sku_projection and meta.assorti; default full')
  explainability_mode?: ExplainabilityMode;
}

/** Query of `GET …/proposals` (05 §3.8). */
export class ProposalListQuery {
  @QueryId({ description: 'Only runs of this article; an unknown article gives an empty page' })
  article_id?: number;

  @QueryId({ description: 'Only the proposals of this portfolio run' })
  portfolio_run_id?: number;

  @QueryEnum(['ok', 'skipped'], 'ProposalStatus', 'Only runs with this status')
  status?: 'ok' | 'skipped';

  @QueryInt({ min: 1, max: 200, default: 50 })
  limit?: number;

  @QueryInt({ min: 0, default: 0 })
  offset?: number;
}

/** `ProposalSummary` (05 §3.8). */
export class ProposalSummaryResponse {
  @ApiProperty({ type: 'integer' })
  proposal_id: number;

  @ApiProperty({ type: 'integer' })
  article_id: number;

  @ApiProperty({ type: 'integer', nullable: true })
  portfolio_run_id: number | null;

  @ApiProperty({ enum: ['direct', 'from_wb', 'portfolio'], enumName: 'ProposalSource' })
  source: string;

  @ApiProperty({ enum: ['ok', 'skipped'], enumName: 'ProposalStatus' })
  status: string;

  @ApiProperty({ enum: ['wait', 'order_with_buffer', 'order_minimum_only'], enumName: 'ProposalAction', nullable: true, description: 'Null when skipped' })
  action: string | null;

  @ApiProperty({ enum: ['critical', 'warning', 'ok', 'overstock', 'no_data'], enumName: 'ProposalRiskLevel' })
  risk_level: string;

  @ApiProperty({ format: 'date' })
  as_of_date: string;

  @ApiProperty({ format: 'date-time' })
  generated_at: string;

  @ApiProperty({ format: 'date', nullable: true })
  order_by_date: string | null;

  @ApiProperty({ format: 'date', nullable: true })
  target_arrival_date: string | null;

  @ApiProperty({ type: 'integer' })
  total_units: number;

  @ApiProperty({ type: 'number', nullable: true })
  capital_required: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  purchase_order_id: number | null;

  @ApiProperty({ format: 'date-time', nullable: true })
  converted_at: string | null;
}

export class ProposalListResponse {
  @ApiProperty({ type: [ProposalSummaryResponse], description: 'Newest first (created_at, then id, descending)' })
  items: ProposalSummaryResponse[];

  @ApiProperty({ type: 'integer', description: 'Runs matching the filters, all pages' })
  total: number;

  @ApiProperty({ type: 'integer' })
  limit: number;

  @ApiProperty({ type: 'integer' })
  offset: number;
}

/** A stored portfolio run (05 §3.9 GET): the POST's answer plus its conversion state. */
export class StoredPortfolioRunResponse extends ProductionOrderPortfolioResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'Set once the run is converted to a purchase order' })
  purchase_order_id: number | null;

  @ApiProperty({ format: 'date-time', nullable: true })
  converted_at: string | null;
}
