/*
 * Entry points of Planning Core v1 for one article (spec 05 §4.1 order of checks): policy →
 * exclusion (skipped) → capital governance → planned types and recipes → size sets → (from-WB)
 * freshness gate → calculation. Business errors are thrown as PlanningCoreError.
 */
import {
  DirectProposalRequest,
  EngineRunOptions,
  ENGINE_VERSION,
  FromWbProposalRequest,
  PlanningContext,
  PlanningInput,
  PreparedProposal,
  ProposalOutcome,
  ProposalSource,
  ResolvedPolicy,
  ResolvePolicyOptions,
  Sourced,
  StoredArticleData,
} from './engine-contract';
import { checkFreshness } from './demand/freshness';
import { fromWbDemand, salesWindow } from './demand/from-wb-demand';
import { finalizeArticle } from './engine/finalize';
import { reason } from './engine/explanation';
import { lotSizeAndBudget } from './engine/lot-sizing';
import { planArticle, variantQuantities } from './engine/plan-article';
import { buildPlanningInput, TypeDemand } from './input/build-input';
import { checkCapitalGovernance, checkRecipes, checkSizeSets, plannedFromWbMapping } from './input/preconditions';
import { computeScope } from './input/scope';
import { resolvePolicy } from './policy/resolve-policy';
import { warning } from './warnings';

const DEFAULT_HORIZON = 90;
const DEFAULT_WINDOW = 30;

/** Direct proposal (§3.3). */
export function planDirectProposal(data: StoredArticleData, request: DirectProposalRequest, context: PlanningContext): ProposalOutcome {
  const prepared = prepareDirectProposal(data, request, context);
  return 'skipped' in prepared ? prepared.skipped : planProductionOrder(prepared.input);
}

/** From-WB proposal (§3.4): WB mapping scope, freshness gate and the stock-out-aware mean. */
export function planFromWbProposal(data: StoredArticleData, request: FromWbProposalRequest, context: PlanningContext): ProposalOutcome {
  const prepared = prepareFromWbProposal(data, request, context);
  return 'skipped' in prepared ? prepared.skipped : planProductionOrder(prepared.input);
}

/** Checks and input building of a direct proposal; a portfolio plans the inputs jointly. Throws PlanningCoreError. */
export function prepareDirectProposal(data: StoredArticleData, request: DirectProposalRequest, context: PlanningContext, options: ResolvePolicyOptions = {}): PreparedProposal {
  const asOf = request.as_of_date ?? context.today;
  const { policy, warnings } = resolvePolicy(data.settings, request.overrides ?? null, options);
  if (!policy.include_in_planning.value) return { skipped: skippedOutcome(data, policy, asOf, 'direct', request) };
  checkCapitalGovernance(policy);
  const field = 'bundle_daily_sales.bundle_type_id';
  const planned = request.bundle_daily_sales.map((d) => d.bundle_type_id);
  checkRecipes(data, planned, field);
  const rawSizeWeights = sizeWeightsSource(data, request.size_weights);
  const scope = computeScope(
    data.bundleTypes.filter((t) => planned.includes(t.id)),
    data.skus,
    policy,
    rawSizeWeights,
  );
  checkSizeSets(scope.emptyTypes, field);
  const demand = new Map<number, TypeDemand>(
    request.bundle_daily_sales.map((d) => [
      d.bundle_type_id,
      {
        dailyRate: d.daily_sales,
        stdDev: d.daily_sales_std_dev ?? null,
        stdDevOrigin: 'request',
        method: 'request',
        window: { windowStart: null, windowEnd: null, windowDays: null, inStockDays: null, salesInWindow: null },
      },
    ]),
  );
  const input = buildPlanningInput({
    data,
    source: 'direct',
    asOf,
    planningHorizonDays: request.planning_horizon_days ?? DEFAULT_HORIZON,
    policy,
    overrides: request.overrides ?? null,
    scope,
    demand,
    bundleStock: request.bundle_stock ?? [],
    inFlightSupply: request.in_flight_supply ?? [],
    rawSizeWeights,
    freshness: null,
    warnings,
  });
  return { input };
}

/** Checks and input building of a from-WB proposal (`options.portfolio` for portfolio members). */
export function prepareFromWbProposal(data: StoredArticleData, request: FromWbProposalRequest, context: PlanningContext, options: ResolvePolicyOptions = {}): PreparedProposal {
  const asOf = request.as_of_date ?? context.today;
  const { policy, warnings } = resolvePolicy(data.settings, request.overrides ?? null, {
    ...options,
    freshnessSalesStaleAfterDays: request.freshness_sales_stale_after_days,
    freshnessStockStaleAfterDays: request.freshness_stock_stale_after_days,
  });
  if (!policy.include_in_planning.value) return { skipped: skippedOutcome(data, policy, asOf, 'from_wb', request) };
  checkCapitalGovernance(policy);
  const field = 'bundle_type_ids';
  const planned = plannedFromWbMapping(data, request.bundle_type_ids ?? []);
  checkRecipes(data, planned, field);
  const rawSizeWeights = sizeWeightsSource(data, request.size_weights);
  const scope = computeScope(
    data.bundleTypes.filter((t) => planned.includes(t.id)),
    data.skus,
    policy,
    rawSizeWeights,
  );
  checkSizeSets(scope.emptyTypes, field);

  const history = data.wbHistory ?? { importWatermark: null, latestImportDate: null, latestSaleDateByWbSku: {}, sales: [], stockDaily: [] };
  const listingsByBundleType: Record<number, string[]> = {};
  for (const id of planned) listingsByBundleType[id] = [...new Set(data.wbMappings.filter((m) => m.bundleTypeId === id).map((m) => m.wbSku))].sort();
  const windowDays = request.observation_window_days ?? DEFAULT_WINDOW;
  const window = salesWindow(history.importWatermark, asOf, windowDays);
  const freshness = checkFreshness({
    today: context.today,
    mode: request.freshness_mode ?? 'warn',
    policy,
    history,
    wbStock: data.wbStock,
    listingsByBundleType,
    window,
  });
  const estimates = fromWbDemand(history, listingsByBundleType, window);
  const missingHistory = estimates.filter((e) => !e.hasStockHistory).map((e) => e.bundleTypeId);
  const demandWarnings = [...freshness.warnings];
  if (missingHistory.length > 0) demandWarnings.push(warning('demand_stock_history_missing', { bundle_type_ids: missingHistory }));
  for (const e of estimates.filter((x) => x.method === 'window_mean_fallback')) {
    demandWarnings.push(warning('demand_in_stock_days_insufficient', { bundle_type_id: e.bundleTypeId, in_stock_days: e.inStockDays, min_days: Math.min(7, e.windowDays) }));
  }
  const demand = new Map<number, TypeDemand>(
    estimates.map((e) => [
      e.bundleTypeId,
      {
        dailyRate: e.dailyRate,
        stdDev: e.stdDev,
        stdDevOrigin: 'observed',
        method: e.method,
        window: { windowStart: e.windowStart, windowEnd: e.windowEnd, windowDays: e.windowDays, inStockDays: e.inStockDays, salesInWindow: e.salesInWindow },
      },
    ]),
  );
  const input = buildPlanningInput({
    data,
    source: 'from_wb',
    asOf,
    planningHorizonDays: request.planning_horizon_days ?? DEFAULT_HORIZON,
    policy,
    overrides: request.overrides ?? null,
    scope,
    demand,
    bundleStock: request.bundle_stock ?? [],
    inFlightSupply: request.in_flight_supply ?? [],
    rawSizeWeights,
    freshness: freshness.meta,
    warnings: [...warnings, ...demandWarnings],
  });
  return { input };
}

/** The engine on an already built input (single-article run); replays a stored input_snapshot byte for byte. */
export function planProductionOrder(input: PlanningInput, options: EngineRunOptions = {}): ProposalOutcome {
  void options;
  const plan = planArticle(input);
  const budget = input.availableCapital;
  const lot = plan.orderVariant ? lotSizeAndBudget([{ plan, quantities: variantQuantities(plan, plan.orderVariant) }], { budget }) : null;
  return finalizeArticle(plan, { lot, member: 0, portfolio: false, budget });
}

/** Request size weights if any, else the admin rows, else uniform (§4.2). */
function sizeWeightsSource(data: StoredArticleData, requested: Record<string, number> | undefined): Sourced<Record<number, number> | null> {
  const entries = Object.entries(requested ?? {});
  if (entries.length > 0) return { value: Object.fromEntries(entries.map(([k, v]) => [Number(k), v])), source: 'request' };
  if (data.adminSizeWeights.length > 0) return { value: Object.fromEntries(data.adminSizeWeights.map((w) => [w.sizeId, w.weight])), source: 'admin_defaults' };
  return { value: null, source: 'uniform' };
}

/** §4.18.6: an excluded article answers 200 `skipped`, with its policy and nothing calculated. */
function skippedOutcome(data: StoredArticleData, policy: ResolvedPolicy, asOf: string, source: ProposalSource, request: unknown): ProposalOutcome {
  const L = policy.lead_time_days_total.value;
  const excluded = reason('article_excluded_from_planning', { article_id: data.article.id, article_code: data.article.code });
  return {
    body: {
      source,
      status: 'skipped',
      article_id: data.article.id,
      as_of_date: asOf,
      risk_level: 'no_data',
      days_of_cover_estimate: 0.0,
      lead_time_days_total: L,
      order_by_date: null,
      recommendation: null,
      constraints_applied: { fabric_min_batches: [], elastic_min_batches: [], resource_allocation: null },
      physical_scope: null,
      arrival_projection: null,
      alternatives: [],
      warnings: [],
      explanation: {
        summary: excluded.message,
        steps: [excluded.message],
        reasons: [excluded],
        meta: {
          engine_version: ENGINE_VERSION,
          as_of_date: asOf,
          projection_days: null,
          lead_time_days_total: L,
          policy,
          bundle_demand: null,
          sku_projection: null,
          assorti: null,
          in_flight: null,
          budget: null,
          freshness: null,
          out_of_scope_sku_count: null,
        },
      },
    },
    record: {
      article_id: data.article.id,
      source,
      status: 'skipped',
      as_of_date: asOf,
      action: null,
      risk_level: 'no_data',
      lead_time_days_total: L,
      order_by_date: null,
      target_arrival_date: null,
      total_units: 0,
      capital_required: null,
      available_capital: policy.available_capital.value,
      engine_version: ENGINE_VERSION,
    },
    lines: [],
    inputSnapshot: { skipped: true, article_id: data.article.id, as_of_date: asOf, request },
    policySnapshot: policy,
  };
}
