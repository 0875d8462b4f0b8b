import { ApiProperty } from '@nestjs/swagger';

const object = (description: string, nullable = false) => ApiProperty({ type: 'object', additionalProperties: true, nullable, description });

/** `ProductionOrderProposalResponse` (05 §3.5); nested objects are documented by the spec. */
export class ProductionOrderProposalResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'Null: the run is not stored' })
  proposal_id: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  portfolio_run_id: number | null;

  @ApiProperty({ enum: ['direct', 'from_wb', 'portfolio'], enumName: 'ProposalSource' })
  source: string;

  @ApiProperty({ enum: ['ok', 'skipped'], enumName: 'ProposalStatus' })
  status: string;

  @ApiProperty({ type: 'integer' })
  article_id: number;

  @ApiProperty({ format: 'date-time' })
  generated_at: string;

  @ApiProperty({ format: 'date' })
  as_of_date: string;

  @ApiProperty({ enum: ['critical', 'warning', 'ok', 'overstock', 'no_data'], enumName: 'ProposalRiskLevel' })
  risk_level: string;

  @ApiProperty({ type: 'number', description: 'Min cover over material SKUs; 9999.0 = no demand; 0.0 when skipped' })
  days_of_cover_estimate: number;

  @ApiProperty({ type: 'integer' })
  lead_time_days_total: number;

  @ApiProperty({ format: 'date', nullable: true })
  order_by_date: string | null;

  @object('Action, target arrival, total units, capital and lines; null only when skipped', true)
  recommendation: Record<string, unknown> | null;

  @object('fabric_min_batches, elastic_min_batches, resource_allocation')
  constraints_applied: Record<string, unknown>;

  @object('Stock scopes, sources and assumptions; null when skipped', true)
  physical_scope: Record<string, unknown> | null;

  @object('Projection until the target arrival; null when skipped', true)
  arrival_projection: Record<string, unknown> | null;

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: 'The actions not chosen, with numbers' })
  alternatives: Record<string, unknown>[];

  @ApiProperty({ type: 'array', items: { type: 'object', additionalProperties: true }, description: '{code, severity, message, params}' })
  warnings: Record<string, unknown>[];

  @object('summary, steps, reasons, meta')
  explanation: Record<string, unknown>;

  @ApiProperty({ type: 'integer', nullable: true })
  purchase_order_id: number | null;

  @ApiProperty({ format: 'date-time', nullable: true })
  converted_at: string | null;
}

export class PlanningCoreHealthResponse {
  @ApiProperty({ example: 'ok' })
  status: string;

  @ApiProperty({ example: 'pc-v1' })
  engine_version: string;
}
