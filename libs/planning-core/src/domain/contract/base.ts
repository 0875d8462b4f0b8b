/* Planning Core engine boundary: shared enums and the sourced-value wrapper (see ../engine-contract.ts). */

export const ENGINE_VERSION = 'pc-v1';

export type Stage = 'production' | 'china_to_nsk' | 'packaging' | 'nsk_to_wb' | 'other';
export const STAGES: readonly Stage[] = ['production', 'china_to_nsk', 'packaging', 'nsk_to_wb', 'other'];

export type SafetyStockMethod = 'days' | 'service_level';
export type CapitalGovernanceMode = 'unconstrained' | 'strict' | 'safe_default';
export type FreshnessMode = 'warn' | 'strict';
export type ExplainabilityMode = 'full' | 'compact';
export type ProposalSource = 'direct' | 'from_wb' | 'portfolio';
export type ProposalAction = 'wait' | 'order_with_buffer' | 'order_minimum_only';
export type RiskLevel = 'critical' | 'warning' | 'ok' | 'overstock' | 'no_data';
export type Severity = 'LOW' | 'MEDIUM' | 'HIGH';
export type FreshnessStatus = 'fresh' | 'stale' | 'missing_sales_data' | 'missing_stock_data' | 'no_data';

/** A resolved setting and where it came from (source labels: spec 05 §4.2, closed list). */
export interface Sourced<T> {
  value: T;
  source: string;
}

