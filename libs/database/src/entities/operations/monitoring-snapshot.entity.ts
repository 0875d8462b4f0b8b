import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One stored reading of the monitoring counters; history is read newest first (`created_at`, then `id`). */
@Entity({ name: 'monitoring_snapshots' })
export class MonitoringSnapshot {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'wb_accounts_total', type: 'integer', default: 0 })
  wbAccountsTotal: number;

  @Column({ name: 'wb_accounts_active', type: 'integer', default: 0 })
  wbAccountsActive: number;

  @Column({ name: 'ms_accounts_total', type: 'integer', default: 0 })
  msAccountsTotal: number;

  @Column({ name: 'ms_accounts_active', type: 'integer', default: 0 })
  msAccountsActive: number;

  @Column({ name: 'risk_critical', type: 'integer', default: 0 })
  riskCritical: number;

  @Column({ name: 'risk_warning', type: 'integer', default: 0 })
  riskWarning: number;

  @Column({ name: 'risk_ok', type: 'integer', default: 0 })
  riskOk: number;

  @Column({ name: 'risk_overstock', type: 'integer', default: 0 })
  riskOverstock: number;

  @Column({ name: 'risk_no_data', type: 'integer', default: 0 })
  riskNoData: number;

  @Column({ name: 'articles_with_orders', type: 'integer', default: 0 })
  articlesWithOrders: number;

  @Column({ name: 'total_final_order_qty', type: 'integer', default: 0 })
  totalFinalOrderQty: number;

  /** Snapshot schema that built the row; older rows are read through the upcaster (03 §5.3). */
  @Column({ name: 'schema_version', type: 'integer', default: 1 })
  schemaVersion: number;

  /** `scheduler`, `manual` (capture route) or `migration` (rows that predate versioning). */
  @Column({ name: 'source', type: 'text', default: 'manual' })
  source: string;

  /** How long the live build took, in milliseconds; null for rows that predate versioning. */
  @Column({ name: 'build_ms', type: 'integer', nullable: true })
  buildMs: number | null;

  /** The scheduler slot the row fills; at most one scheduler row per slot. */
  @Column({ name: 'slot_start', type: 'timestamptz', nullable: true })
  slotStart: Date | null;
}
