/* Planning Core engine boundary: see ../engine-contract.ts. */
import type { FreshnessMode, FreshnessStatus, ProposalAction, ProposalSource, RiskLevel, Severity } from './base';
import type { PlanningInput } from './engine-input';
import type { ResolvedPolicy } from './policy';

// ---------------------------------------------------------------------------------------------
// Response body (§3.5), snake_case. The adapter adds the envelope fields.
// ---------------------------------------------------------------------------------------------

export interface Warning {
  code: string;
  severity: Severity;
  message: string;
  params: Record<string, unknown>;
}

export interface Reason {
  code: string;
  params: Record<string, unknown>;
  message: string;
}

export interface LineBreakdown {
  net_requirement: number;
  safety_stock: number;
  fabric_uplift: number;
  elastic_uplift: number;
  moq_uplift: number;
  multiple_uplift: number;
  budget_cut: number;
  recommended_qty: number;
  daily_demand: number;
  on_hand_now: number;
  receipts_before_arrival: number;
  receipts_in_window: number;
  projected_on_hand_at_arrival: number;
  safety_stock_target: number;
  cover_days_now: number;
  cover_days_at_arrival: number;
  stockout_date_without_order: string | null;
  risk_level: RiskLevel;
  pantone_code: string;
  reason_codes: string[];
}

export interface RecommendationLine {
  article_id: number;
  color_id: number;
  size_id: number;
  recommended_qty: number;
  source_reason: string;
  sku_unit_id: number;
  breakdown: LineBreakdown;
}

export interface Recommendation {
  action: ProposalAction;
  priority: number;
  target_arrival_date: string;
  total_units: number;
  capital_required: number | null;
  lines: RecommendationLine[];
}

export interface SkipOption {
  units_saved: number;
  stockout_date_if_skipped: string | null;
  lost_units_if_skipped: number;
}

export type BudgetStatus = 'kept' | 'reduced' | 'reduced_to_minimum' | 'dropped';

export interface FabricMinBatchEntry {
  pantone_code: string;
  required: number;
  applied_min: number;
  shared_pool_required: number | null;
  sibling_proxy_required: number;
  article_required: number;
  uplift: number;
  source: string;
  status: 'no_requirement' | 'satisfied' | 'uplifted';
  color_ids: number[];
  article_ids: number[];
  budget_status: BudgetStatus | null;
  units_after_budget: number;
  skip_option: SkipOption | null;
}

export interface ElasticMinBatchEntry {
  article_id: number | null;
  elastic_type_id: number;
  required: number;
  applied_min: number;
  uplift: number;
  source: string;
  status: 'no_requirement' | 'satisfied' | 'uplifted';
  article_ids: number[];
}

export interface ConstraintsApplied {
  fabric_min_batches: FabricMinBatchEntry[];
  elastic_min_batches: ElasticMinBatchEntry[];
  resource_allocation: null;
}

export interface PhysicalScope {
  local_stock_scope: 'internal_warehouses_merged';
  wb_stock_scope: string;
  ready_bundle_source: string;
  raw_single_source: 'stock_balance_by_sku_unit_recipe_projection';
  nsc_assembled_bundle_inventory_state: 'persisted';
  warnings: string[];
  assumptions: { lost_sales: true; receipts_arrive_start_of_day: true; in_transit_to_wb_counts_as_ready: true };
}

export interface ArrivalProjection {
  status: 'no_demand' | 'shortage_before_arrival' | 'safe_cover_until_arrival';
  arrival_horizon_days: number;
  demand_units_until_arrival: number;
  ready_bundle_units_now: number;
  raw_bundle_capacity_now: number;
  in_flight_bundle_capacity_at_arrival: number;
  projected_supply_units_before_arrival: number;
  projected_availability_at_arrival: number;
  projected_shortage_before_arrival: number;
  projected_cover_days_at_arrival: number | null;
  basis: { units: Record<string, string>; projection: 'sku_daily_lost_sales' };
}

export interface Alternative {
  action: ProposalAction;
  pros: string[];
  cons: string[];
  total_units: number;
  units_before_lot_sizing: number;
  excess_units_forced_by_minimums: number;
  capital_required: number | null;
  cover_days_at_arrival: number | null;
  projected_lost_units: number;
  stockout_days: number;
  order_by_date: string | null;
  feasible_without_lot_sizing: boolean;
  basis: 'single_article' | 'run';
}

export interface FreshnessMeta {
  status: FreshnessStatus;
  mode: FreshnessMode;
  sales_age_days: number | null;
  stock_oldest_age_days: number | null;
  stock_age_days_by_bundle_type: Record<string, number>;
  threshold_days: { sales: number; stock: number };
  threshold_source: { sales: string; stock: string };
  import_watermark: string | null;
  latest_sales_date: string | null;
  window_start: string;
  window_end: string;
}

export interface BudgetGroupReport {
  pantone_code: string;
  budget_status: BudgetStatus;
  units_before: number;
  units_after: number;
  capital_before: number | null;
  capital_after: number | null;
  stockout_date_after_cut: string | null;
}

export type BudgetRunStatus = 'available_capital_not_set' | 'unit_cost_not_set' | 'within_budget' | 'budget_limited_applied';

export interface BudgetMeta {
  status: BudgetRunStatus;
  available_capital: number | null;
  unit_cost: number | null;
  capital_before: number | null;
  capital_after: number | null;
  groups: BudgetGroupReport[];
}

export interface ExplanationMeta {
  engine_version: string;
  as_of_date: string;
  projection_days: number | null;
  lead_time_days_total: number;
  policy: ResolvedPolicy;
  bundle_demand: Record<string, unknown>[] | null;
  sku_projection: Record<string, unknown>[] | null;
  assorti: Record<string, unknown>[] | null;
  in_flight: PlanningInput['inFlight'] | null;
  budget: BudgetMeta | null;
  freshness: FreshnessMeta | null;
  out_of_scope_sku_count: number | null;
}

export interface Explanation {
  summary: string;
  steps: string[];
  reasons: Reason[];
  meta: ExplanationMeta;
}

/** The response body the engine computes: §3.5 minus the envelope fields of `ProposalEnvelope`. */
export interface ProposalBody {
  source: ProposalSource;
  status: 'ok' | 'skipped';
  article_id: number;
  as_of_date: string;
  risk_level: RiskLevel;
  days_of_cover_estimate: number;
  lead_time_days_total: number;
  order_by_date: string | null;
  recommendation: Recommendation | null;
  constraints_applied: ConstraintsApplied;
  physical_scope: PhysicalScope | null;
  arrival_projection: ArrivalProjection | null;
  alternatives: Alternative[];
  warnings: Warning[];
  explanation: Explanation;
}

/** Fields only the adapter knows (ids, clock, conversion state). */
export interface ProposalEnvelope {
  proposal_id: number | null;
  portfolio_run_id: number | null;
  generated_at: string;
  purchase_order_id: number | null;
  converted_at: string | null;
}

/** `ProductionOrderProposalResponse` (§3.5) in wire key order; build it with `assembleProposalResponse`. */
export type ProposalResponse = ProposalEnvelope & ProposalBody;

/** One `production_order_proposal_line` row (every in-scope SKU, zeros included), values rounded as stored. */
export interface ProposalLineRecord {
  article_id: number;
  color_id: number;
  size_id: number;
  sku_unit_id: number;
  pantone_key: string;
  daily_demand: number;
  on_hand_now: number;
  receipts_before_arrival: number;
  receipts_in_window: number;
  projected_on_hand_at_arrival: number;
  safety_stock_target: number;
  net_requirement: number;
  safety_stock: number;
  fabric_uplift: number;
  elastic_uplift: number;
  moq_uplift: number;
  multiple_uplift: number;
  budget_cut: number;
  recommended_qty: number;
  cover_days_now: number;
  cover_days_at_arrival: number;
  stockout_date_without_order: string | null;
  risk_level: RiskLevel;
  reason_codes: string[];
}

/** Scalar columns of `production_order_proposal` the engine decides. */
export interface ProposalRecord {
  article_id: number;
  source: ProposalSource;
  status: 'ok' | 'skipped';
  as_of_date: string;
  action: ProposalAction | null;
  risk_level: RiskLevel;
  lead_time_days_total: number;
  order_by_date: string | null;
  target_arrival_date: string | null;
  total_units: number;
  capital_required: number | null;
  available_capital: number | null;
  engine_version: string;
}

/** Everything the adapter persists and returns for one article. */
export interface ProposalOutcome {
  /** Full body (explainability `full`); trim with `compactProposalBody` for a compact answer. */
  body: ProposalBody;
  record: ProposalRecord;
  lines: ProposalLineRecord[];
  /** `input_snapshot`: the PlanningInput (or, for a skipped run, the request and policy). */
  inputSnapshot: unknown;
  /** `policy_snapshot`. */
  policySnapshot: ResolvedPolicy;
}

/** Result of the checks and input building of one article: a skipped outcome, or the engine input. */
export type PreparedProposal = { skipped: ProposalOutcome } | { input: PlanningInput };
