import { SnapshotSchemaHistory, SnapshotSchemaVersion } from './snapshot-schema';

/** The 11 counters of a v1 snapshot, in record column order (03 §2.2). */
export const V1_COUNTERS = [
  'wb_accounts_total',
  'wb_accounts_active',
  'ms_accounts_total',
  'ms_accounts_active',
  'risk_critical',
  'risk_warning',
  'risk_ok',
  'risk_overstock',
  'risk_no_data',
  'articles_with_orders',
  'total_final_order_qty',
] as const;

export type V1Counter = (typeof V1_COUNTERS)[number];
export type SnapshotV1 = Record<V1Counter, number>;

/** What a snapshot is built from: plain data the planning read models and the account tables provide. */
export interface SnapshotInputs {
  integrations: { wbTotal: number; wbActive: number; msTotal: number; msActive: number };
  /** The risk level of every (active article, bundle type) risk entry. */
  riskLevels: readonly string[];
  /** Per active article, the final order quantities of its order-explanation reasons. */
  orderTotals: readonly { articleId: number; finalOrderQuantities: readonly number[] }[];
}

/**
 * v1 semantics (03 §2.1), exactly the original's: risk counts per (article, bundle type) entry; an
 * article counts as "with orders" when the sum T of its reasons' final quantities is > 0, and only
 * those T add to the total.
 */
export function buildSnapshotV1(inputs: SnapshotInputs): SnapshotV1 {
  const countOf = (level: string) => inputs.riskLevels.filter((riskLevel) => riskLevel === level).length;
  let articlesWithOrders = 0;
  let totalFinalOrderQty = 0;
  for (const article of inputs.orderTotals) {
    const total = article.finalOrderQuantities.reduce((sum, quantity) => sum + quantity, 0);
    if (total > 0) {
      articlesWithOrders += 1;
      totalFinalOrderQty += total;
    }
  }
  return {
    wb_accounts_total: inputs.integrations.wbTotal,
    wb_accounts_active: inputs.integrations.wbActive,
    ms_accounts_total: inputs.integrations.msTotal,
    ms_accounts_active: inputs.integrations.msActive,
    risk_critical: countOf('critical'),
    risk_warning: countOf('warning'),
    risk_ok: countOf('ok'),
    risk_overstock: countOf('overstock'),
    risk_no_data: countOf('no_data'),
    articles_with_orders: articlesWithOrders,
    total_final_order_qty: totalFinalOrderQty,
  };
}

export const SNAPSHOT_SCHEMA_V1: SnapshotSchemaVersion = { version: 1, counters: V1_COUNTERS };

/**
 * The snapshot schema this code writes and reads. Bumping it: add the new version with its counters
 * (new nullable columns) and upcaster here, a builder beside `buildSnapshotV1`, and document it in 03.
 */
export const MONITORING_SNAPSHOT_SCHEMA = new SnapshotSchemaHistory([SNAPSHOT_SCHEMA_V1]);

/** The version the current builder writes. */
export const CURRENT_SNAPSHOT_SCHEMA_VERSION = MONITORING_SNAPSHOT_SCHEMA.currentVersion;

/** The current builder. */
export const buildCurrentSnapshot = buildSnapshotV1;
export type CurrentSnapshot = SnapshotV1;
