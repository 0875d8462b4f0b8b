import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One stored multi-article calculation (05 §2.8); immutable except its conversion to a PO. */
@Entity({ name: 'production_order_portfolio_run' })
export class ProductionOrderPortfolioRun {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'as_of_date', type: 'date' })
  asOfDate: string;

  @Column({ name: 'engine_version', type: 'varchar', length: 20 })
  engineVersion: string;

  @Column({ name: 'article_count', type: 'integer' })
  articleCount: number;

  @Column({ name: 'total_units', type: 'integer', default: 0 })
  totalUnits: number;

  @Column({ name: 'available_capital', type: 'numeric', precision: 14, scale: 2, nullable: true })
  availableCapital: number | null;

  @Column({ name: 'capital_required', type: 'numeric', precision: 14, scale: 2, nullable: true })
  capitalRequired: number | null;

  @Column({ name: 'request_snapshot', type: 'jsonb' })
  requestSnapshot: unknown;

  /** Runs stored before `response_deflated`: `json`, not `jsonb`, so the answered text is kept exactly. */
  @Column({ name: 'response', type: 'json', nullable: true })
  response: unknown;

  /** The answered body as raw DEFLATE of its UTF-8 text; set on every run stored since. */
  @Column({ name: 'response_deflated', type: 'bytea', nullable: true })
  responseDeflated: Buffer | null;

  @Column({ name: 'purchase_order_id', type: 'integer', nullable: true })
  purchaseOrderId: number | null;

  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true })
  convertedAt: Date | null;
}

/** One stored single-article proposal run (05 §2.8). */
@Entity({ name: 'production_order_proposal' })
export class ProductionOrderProposal {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'portfolio_run_id', type: 'integer', nullable: true })
  portfolioRunId: number | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'as_of_date', type: 'date' })
  asOfDate: string;

  /** `direct` | `from_wb` | `portfolio`. */
  @Column({ name: 'source', type: 'varchar', length: 20 })
  source: string;

  /** `ok` | `skipped`. */
  @Column({ name: 'status', type: 'varchar', length: 20 })
  status: string;

  @Column({ name: 'action', type: 'varchar', length: 30, nullable: true })
  action: string | null;

  @Column({ name: 'risk_level', type: 'varchar', length: 20 })
  riskLevel: string;

  @Column({ name: 'lead_time_days_total', type: 'integer' })
  leadTimeDaysTotal: number;

  @Column({ name: 'order_by_date', type: 'date', nullable: true })
  orderByDate: string | null;

  @Column({ name: 'target_arrival_date', type: 'date', nullable: true })
  targetArrivalDate: string | null;

  @Column({ name: 'total_units', type: 'integer', default: 0 })
  totalUnits: number;

  @Column({ name: 'capital_required', type: 'numeric', precision: 14, scale: 2, nullable: true })
  capitalRequired: number | null;

  @Column({ name: 'available_capital', type: 'numeric', precision: 14, scale: 2, nullable: true })
  availableCapital: number | null;

  @Column({ name: 'engine_version', type: 'varchar', length: 20 })
  engineVersion: string;

  @Column({ name: 'input_snapshot', type: 'jsonb' })
  inputSnapshot: unknown;

  @Column({ name: 'policy_snapshot', type: 'jsonb' })
  policySnapshot: unknown;

  @Column({ name: 'warnings', type: 'jsonb', default: () => "'[]'" })
  warnings: unknown;

  /** Runs stored before `response_deflated`: `json`, not `jsonb`, so the answered text is kept exactly. */
  @Column({ name: 'response', type: 'json', nullable: true })
  response: unknown;

  /** The answered body as raw DEFLATE of its UTF-8 text; set on every run stored since. */
  @Column({ name: 'response_deflated', type: 'bytea', nullable: true })
  responseDeflated: Buffer | null;

  @Column({ name: 'purchase_order_id', type: 'integer', nullable: true })
  purchaseOrderId: number | null;

  @Column({ name: 'converted_at', type: 'timestamptz', nullable: true })
  convertedAt: Date | null;
}
