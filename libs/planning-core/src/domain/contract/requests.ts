/* Planning Core engine boundary: see ../engine-contract.ts. */
import type { CapitalGovernanceMode, ExplainabilityMode, FreshnessMode, SafetyStockMethod, Stage } from './base';

// ---------------------------------------------------------------------------------------------
// Request options (wire shapes of spec 05 §3.2–3.4, snake_case, as validated by the HTTP edge)
// ---------------------------------------------------------------------------------------------

export interface BundleDemandInput {
  bundle_type_id: number;
  daily_sales: number;
  daily_sales_std_dev?: number | null;
}

export interface BundleStockInput {
  bundle_type_id: number;
  wb_qty?: number;
  local_qty?: number;
  in_transit_to_wb_qty?: number;
}

export interface InFlightSupplyInput {
  article_id: number;
  color_id: number;
  size_id: number;
  qty: number;
  eta_days: number;
  stage?: Stage;
}

export interface LeadTimeDaysInput {
  production?: number | null;
  china_to_nsk?: number | null;
  packaging?: number | null;
  nsk_to_wb?: number | null;
}

export type StageYieldInput = Partial<Record<Stage, number | null>>;

/** Fields accepted and ignored by v1 (warning `deprecated_field_ignored`). */
export const DEPRECATED_OVERRIDE_FIELDS = [
  'layer2_capital_cost_rate',
  'layer2_stockout_penalty_weight',
  'layer2_overstock_penalty_weight',
  'layer3_stockout_boost_max',
  'layer3_overstock_dampen_max',
  'layer5_unavoidable_stockout_risk_threshold',
  'layer5_accelerate_production_risk_threshold',
  'layer5_accelerate_action_cost_rate',
  'layer5_price_slowdown_lost_volume_rate',
  'layer5_reduce_order_marginal_profit_rate',
] as const;

/** `PlanningOverridesInput` of spec 05 §3.2: every field optional, null or absent = not overridden. */
export interface PlanningOverridesInput {
  target_coverage_days?: number | null;
  service_level_percent?: number | null;
  alert_threshold_days?: number | null;
  lead_time_days?: LeadTimeDaysInput | null;
  fabric_min_batch_qty_default?: number | null;
  elastic_min_batch_qty_default?: number | null;
  fabric_min_batch_qty_by_pantone?: Record<string, number> | null;
  elastic_min_batch_qty_by_type?: Record<string, number> | null;
  review_period_days?: number | null;
  safety_stock_method?: SafetyStockMethod | null;
  safety_stock_days?: number | null;
  overstock_cover_days?: number | null;
  order_multiple?: number | null;
  stage_yield?: StageYieldInput | null;
  production_cost_per_unit?: number | null;
  logistics_cost_per_unit?: number | null;
  wb_commission_percent_main?: number | null;
  wb_commission_percent_assorti?: number | null;
  average_realized_price_main?: number | null;
  average_realized_price_assorti?: number | null;
  available_capital?: number | null;
  capital_governance_mode?: CapitalGovernanceMode | null;
  allow_order_with_buffer?: boolean | null;
  layer2_capital_cost_rate?: number | null;
  layer2_stockout_penalty_weight?: number | null;
  layer2_overstock_penalty_weight?: number | null;
  layer3_stockout_boost_max?: number | null;
  layer3_overstock_dampen_max?: number | null;
  layer5_unavoidable_stockout_risk_threshold?: number | null;
  layer5_accelerate_production_risk_threshold?: number | null;
  layer5_accelerate_action_cost_rate?: number | null;
  layer5_price_slowdown_lost_volume_rate?: number | null;
  layer5_reduce_order_marginal_profit_rate?: number | null;
}

/** Fields shared by both proposal bodies (§3.3, §3.4); absent optional fields take the spec defaults. */
interface ProposalRequestCommon {
  article_id: number;
  planning_horizon_days?: number;
  explainability_mode?: ExplainabilityMode;
  as_of_date?: string | null;
  bundle_stock?: BundleStockInput[];
  in_flight_supply?: InFlightSupplyInput[];
  /** size_id (decimal string) → raw weight. */
  size_weights?: Record<string, number>;
  overrides?: PlanningOverridesInput | null;
  persist?: boolean;
}

/** `ProductionOrderProposalRequest` (§3.3). */
export interface DirectProposalRequest extends ProposalRequestCommon {
  bundle_daily_sales: BundleDemandInput[];
}

/** `ProductionOrderProposalFromWbRequest` (§3.4). */
export interface FromWbProposalRequest extends ProposalRequestCommon {
  observation_window_days?: number;
  freshness_mode?: FreshnessMode;
  freshness_sales_stale_after_days?: number | null;
  freshness_stock_stale_after_days?: number | null;
  bundle_type_ids?: number[];
}

/** What only the adapter knows: the business "today" (PLANNING_TIME_ZONE date of the DB clock). */
export interface PlanningContext {
  today: string;
}
