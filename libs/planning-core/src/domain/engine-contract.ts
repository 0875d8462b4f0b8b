/*
 * Planning Core v1 engine boundary (spec 05 §4.0.4). Everything here is plain data: adapters load
 * the stored rows in bulk, hand them to the pure functions of this folder and persist/return what
 * comes back. Stored rows and the engine input are camelCase; request bodies, the resolved policy and
 * the response body are snake_case because they are (parts of) the wire contract.
 */

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

// ---------------------------------------------------------------------------------------------
// Stored data of one article, as the adapter loads it (spec 05 §2.9, §7.1)
// ---------------------------------------------------------------------------------------------

/** `article_planning_settings` columns Planning Core reads (null = not set). */
export interface ArticleSettingsRow {
  includeInPlanning: boolean | null;
  priority: number | null;
  targetCoverageDays: number | null;
  leadTimeDays: number | null;
  serviceLevelPercent: number | null;
  freshnessSalesStaleAfterDays: number | null;
  freshnessStockStaleAfterDays: number | null;
  /** Raw TEXT, e.g. "3,7". */
  assortiBundleTypeIds: string | null;
  productionCostPerUnit: number | null;
  logisticsCostPerUnit: number | null;
  availableCapital: number | null;
  leadTimeProductionDays: number | null;
  leadTimeChinaToNskDays: number | null;
  leadTimePackagingDays: number | null;
  leadTimeNskToWbDays: number | null;
  reviewPeriodDays: number | null;
  safetyStockMethod: string | null;
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
  overstockCoverDays: number | null;
  orderMultiple: number | null;
}

/** Legacy `planning_settings` row of the article (null = none). */
export interface LegacyPlanningSettingsRow {
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
}

/** The global row (lowest id) of `global_planning_settings`. */
export interface GlobalSettingsRow {
  defaultTargetCoverageDays: number | null;
  defaultLeadTimeDays: number | null;
  defaultServiceLevelPercent: number | null;
  defaultFabricMinBatchQty: number | null;
  defaultElasticMinBatchQty: number | null;
  assortiBundleTypeIds: string | null;
  productionCostPerUnit: number | null;
  logisticsCostPerUnit: number | null;
  availableCapital: number | null;
  leadTimeProductionDays: number | null;
  leadTimeChinaToNskDays: number | null;
  leadTimePackagingDays: number | null;
  leadTimeNskToWbDays: number | null;
  reviewPeriodDays: number | null;
  safetyStockMethod: string | null;
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
  overstockCoverDays: number | null;
  orderMultiple: number | null;
}

/** The raw settings inputs of policy resolution (§4.2); each row null when it does not exist. */
export interface PolicySettingsRows {
  article: ArticleSettingsRow | null;
  planningSettings: LegacyPlanningSettingsRow | null;
  global: GlobalSettingsRow | null;
}

export interface StoredSku {
  skuUnitId: number;
  colorId: number;
  sizeId: number;
  sizeSortOrder: number;
  /** `color.pantone_code` as stored (normalised by the engine). */
  pantoneCode: string | null;
}

/** A bundle type with at least one `bundle_recipe` row for the article. */
export interface StoredBundleType {
  id: number;
  isAssorti: boolean;
  /** `bundle_type.pieces`; null = |recipe|. */
  pieces: number | null;
  /** Recipe colours of the article, any order (the engine sorts). */
  recipeColorIds: number[];
}

export interface StoredWbMapping {
  wbSku: string;
  bundleTypeId: number | null;
  sizeId: number | null;
}

/** `wb_stock` per listing: Σ stock_qty and the business date of the largest `updated_at`. */
export interface StoredWbStock {
  wbSku: string;
  stockQty: number;
  lastUpdatedDate: string | null;
}

/** WB sales and stock history of the article's listings (from-WB only, §4.4.2–4.4.3). */
export interface StoredWbHistory {
  /** Largest `wb_sales_daily.date` ≤ day 0 over the whole table. */
  importWatermark: string | null;
  /** Largest `wb_sales_daily.date` of the whole table (latest import). */
  latestImportDate: string | null;
  /** Latest sale date per listing of the article (listings without rows absent). */
  latestSaleDateByWbSku: Record<string, string>;
  /** `wb_sales_daily` rows of the article's listings inside the window (see `salesWindow`). */
  sales: { wbSku: string; date: string; salesQty: number }[];
  /** `wb_stock_daily` rows of the article's listings inside the window. */
  stockDaily: { wbSku: string; date: string; stockQty: number }[];
}

/** Everything stored that one article's proposal reads. */
export interface StoredArticleData {
  article: { id: number; code: string };
  settings: PolicySettingsRows;
  /** Every SKU unit of the article. */
  skus: StoredSku[];
  bundleTypes: StoredBundleType[];
  /** Σ stock_balance.quantity over internal warehouses per SKU unit (may be negative; absent = 0). */
  onHandBySkuUnitId: Record<number, number>;
  /** Σ bundle_stock_balance.quantity over internal warehouses per (bundle type, size). */
  nscBundles: { bundleTypeId: number; sizeId: number; quantity: number }[];
  colorFabricMins: { colorId: number; fabricMinBatchQty: number | null }[];
  elasticSettings: { elasticTypeId: number; elasticMinBatchQty: number | null }[];
  elasticBindings: { elasticTypeId: number; colorId: number | null; skuUnitId: number | null; isActive: boolean }[];
  adminSizeWeights: { sizeId: number; weight: number }[];
  adminInFlightDefaults: { colorId: number; sizeId: number; qty: number; etaDays: number; stage: Stage; isActive: boolean }[];
  wbMappings: StoredWbMapping[];
  wbStock: StoredWbStock[];
  /** Required for from-WB, ignored by direct. */
  wbHistory: StoredWbHistory | null;
}

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

// ---------------------------------------------------------------------------------------------
// Engine input (§4.0.4): one article, policy resolved, scope and demand known
// ---------------------------------------------------------------------------------------------

export interface FabricMinimum extends Sourced<number> {
  /** Distinct colour-override values (≥ 1) behind a `color_settings` value, for conflict warnings. */
  overrideValues: number[];
}

export interface PlannedBundleType {
  id: number;
  isAssorti: boolean;
  assortiSource: string;
  /** k_b. */
  pieces: number;
  recipeColorIds: number[];
  /** S_b in canonical size order with the normalised weights w_{b,s} and (assorti) E_{b,s}. */
  sizes: { sizeId: number; weight: number; eligibleColorIds: number[] }[];
  dailyRate: number;
  stdDev: number | null;
  stdDevSource: 'request' | 'observed' | 'poisson_fallback';
  demandMethod: string;
  demandWindow: { windowStart: string | null; windowEnd: string | null; windowDays: number | null; inStockDays: number | null; salesInWindow: number | null };
  /** RB_{b,s} per size id (bundles, real). */
  readyBySize: Record<number, number>;
  /** Bundles per part; source `request`, `stored`, or `mixed` (from-WB request parts over stored WB stock). */
  ready: { wb: number; local: number; in_transit: number; total: number; source: string };
}

export interface PlannedSku {
  skuUnitId: number;
  colorId: number;
  sizeId: number;
  sizeSortOrder: number;
  pantoneKey: string;
  /** OH_i(0), pieces ≥ 0. */
  onHand: number;
  receipts: { etaDays: number; qty: number; stage: Stage; source: string }[];
  elasticTypeIds: number[];
}

export interface PlanningInput {
  articleId: number;
  articleCode: string;
  source: ProposalSource;
  asOf: string;
  planningHorizonDays: number;
  priority: number;
  policy: ResolvedPolicy;
  bundleTypes: PlannedBundleType[];
  /** In-scope SKUs, canonical order. */
  skus: PlannedSku[];
  rawSizeWeights: Sourced<Record<number, number> | null>;
  receiptsSource: string;
  fabricMinByPantone: Record<string, FabricMinimum>;
  elasticMinByType: Record<number, FabricMinimum>;
  unitCost: number | null;
  availableCapital: number | null;
  /** Warnings raised before the calculation (policy, scope, demand, supply). */
  warnings: Warning[];
  inFlight: { source: string; lines_used: number; lines_ignored: number; units_beyond_horizon: number };
  physicalScope: { wbStockScope: string; readyBundleSource: string };
  freshness: FreshnessMeta | null;
  outOfScopeSkuCount: number;
}

/** Stock-out-aware demand estimate of one bundle type from stored WB data (§4.4.2). */
export interface WbDemandEstimate {
  bundleTypeId: number;
  dailyRate: number;
  stdDev: number | null;
  method: 'window_mean' | 'in_stock_days_mean' | 'window_mean_fallback';
  windowStart: string;
  windowEnd: string;
  windowDays: number;
  inStockDays: number;
  salesInWindow: number;
  hasStockHistory: boolean;
}

export interface EngineRunOptions {
  explainabilityMode?: ExplainabilityMode;
}

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

// ---------------------------------------------------------------------------------------------
// Business errors raised by the pure code (§3.1)
// ---------------------------------------------------------------------------------------------

/** Body of a business error: `{"detail": PlanningCoreErrorDetail}`; keys in wire order. */
export interface PlanningCoreErrorDetail {
  code: string;
  message: string;
  field?: string;
  [extra: string]: unknown;
}

/**
 * A business error of spec 05 §3.1 detected by the pure code (scope 400s, freshness 400, capital
 * governance 422). The adapter answers `status` with `{"detail": detail}`.
 */
export class PlanningCoreError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 422,
    readonly detail: PlanningCoreErrorDetail,
  ) {
    super(detail.message);
    this.name = 'PlanningCoreError';
  }
}
