/* Planning Core engine boundary: see ../engine-contract.ts. */
import type { CapitalGovernanceMode, SafetyStockMethod, Sourced, Stage } from './base';
import type { Warning } from './response';

// ---------------------------------------------------------------------------------------------
// Resolved policy (§4.2) — snake_case: it is emitted as `meta.policy` and settings `effective_policy`
// ---------------------------------------------------------------------------------------------

export interface ResolvedPolicy {
  include_in_planning: Sourced<boolean>;
  priority: Sourced<number>;
  target_coverage_days: Sourced<number>;
  lead_time_days: { production: Sourced<number>; china_to_nsk: Sourced<number>; packaging: Sourced<number>; nsk_to_wb: Sourced<number> };
  lead_time_days_total: Sourced<number>;
  review_period_days: Sourced<number>;
  safety_stock_method: Sourced<SafetyStockMethod>;
  safety_stock_days: Sourced<number>;
  service_level_percent: Sourced<number>;
  alert_threshold_days: Sourced<number>;
  overstock_cover_days: Sourced<number>;
  order_multiple: Sourced<number>;
  stage_yield: Record<Stage, Sourced<number>>;
  /** Chain steps 3–5 of §4.14.1 (request default → global → 7000); per-group values are resolved later. */
  fabric_min_batch_qty_default: Sourced<number>;
  elastic_min_batch_qty_default: Sourced<number>;
  /** Raw TEXT lists parsed; null = not set. */
  article_assorti_bundle_type_ids: Sourced<number[] | null>;
  global_assorti_bundle_type_ids: Sourced<number[] | null>;
  freshness_sales_stale_after_days: Sourced<number>;
  freshness_stock_stale_after_days: Sourced<number>;
  production_cost_per_unit: Sourced<number | null>;
  logistics_cost_per_unit: Sourced<number>;
  /** production + logistics; null = unknown (no production cost anywhere). */
  unit_cost: Sourced<number | null>;
  available_capital: Sourced<number | null>;
  capital_governance_mode: Sourced<CapitalGovernanceMode>;
  allow_order_with_buffer: Sourced<boolean>;
}

export interface PolicyResolution {
  policy: ResolvedPolicy;
  /** `invalid_stored_setting_ignored`, `lead_time_total_below_transit_stages`, `deprecated_field_ignored`. */
  warnings: Warning[];
}

export interface ResolvePolicyOptions {
  /** Portfolio runs take the budget from request → global only (§4.15.1). */
  portfolio?: boolean;
  /** From-WB request fields `freshness_*_stale_after_days` (first link of the freshness chains). */
  freshnessSalesStaleAfterDays?: number | null;
  freshnessStockStaleAfterDays?: number | null;
}
