/*
 * Final lines, arrival projection, constraints and the response body of one article (spec 05
 * §4.16–4.19), from its plan and the run's lot sizing (joint in a portfolio).
 */
import {
  ArrivalProjection,
  ConstraintsApplied,
  ENGINE_VERSION,
  LineBreakdown,
  ProposalAction,
  ProposalLineRecord,
  ProposalOutcome,
  RecommendationLine,
  Warning,
} from '../engine-contract';
import { addDays, ceil6, days1, floor6, money2, positive6, rate4, stock2 } from '../numeric';
import { sortWarnings, warning } from '../warnings';
import { buildAlternatives } from './alternatives';
import { buildExplanation, metaEntries } from './explanation';
import { LotSizingResult, SkuFinal } from './lot-sizing';
import { ArticlePlan } from './plan-article';
import { cover } from './projection';

export interface FinalizeContext {
  /** The run's lot sizing containing this article (null when the article waits). */
  lot: LotSizingResult | null;
  /** This article's index among the lot-sizing members. */
  member: number;
  /** Portfolio run: joint constraint entries and single-article alternatives without budget. */
  portfolio: boolean;
  /** The run's budget (null = none). */
  budget: number | null;
}

const PHYSICAL_WARNING_CODES = ['negative_stock_clamped', 'in_flight_line_ignored', 'receipt_beyond_horizon', 'bundle_stock_type_not_planned', 'demand_stock_history_missing'];

const LINE_CODES: [keyof LineBreakdown, string][] = [
  ['net_requirement', 'net_requirement'],
  ['safety_stock', 'safety_stock'],
  ['fabric_uplift', 'fabric_min_uplift'],
  ['elastic_uplift', 'elastic_min_uplift'],
  ['multiple_uplift', 'order_multiple'],
];

export function finalizeArticle(plan: ArticlePlan, ctx: FinalizeContext): ProposalOutcome {
  const input = plan.input;
  const { L, P } = plan.horizon;
  const date = (day: number | null): string | null => (day === null ? null : addDays(input.asOf, day));
  const finals: SkuFinal[] | null = plan.orderVariant && ctx.lot ? ctx.lot.finals[ctx.member] : null;
  const totalFinal = finals ? finals.reduce((sum, f) => sum + f.final, 0) : 0;
  const blockedByBudget = finals !== null && totalFinal === 0;
  const action: ProposalAction = finals && !blockedByBudget ? plan.orderVariant! : 'wait';
  const unitCost = input.unitCost;

  const lineRecords: ProposalLineRecord[] = [];
  const lines: RecommendationLine[] = [];
  let safetyUnits = 0;
  let multipleUplift = 0;
  plan.skus.forEach((s, i) => {
    const f = finals?.[i];
    const net = f ? s.netRequirement : 0;
    const safety = f && plan.orderVariant === 'order_with_buffer' ? s.buffered - s.netRequirement : 0;
    const b: LineBreakdown = {
      net_requirement: net,
      safety_stock: safety,
      fabric_uplift: f?.fabricUplift ?? 0,
      elastic_uplift: f?.elasticUplift ?? 0,
      moq_uplift: (f?.fabricUplift ?? 0) + (f?.elasticUplift ?? 0),
      multiple_uplift: f?.multipleUplift ?? 0,
      budget_cut: f?.budgetCut ?? 0,
      recommended_qty: f?.final ?? 0,
      daily_demand: rate4(s.rate),
      on_hand_now: s.sku.onHand,
      receipts_before_arrival: s.receiptsBeforeArrival,
      receipts_in_window: s.receiptsInWindow,
      projected_on_hand_at_arrival: stock2(s.availableAtArrival),
      safety_stock_target: stock2(s.safetyStock),
      cover_days_now: days1(s.coverNow),
      cover_days_at_arrival: days1(cover(s, L, s.availableAtArrival + (f?.final ?? 0), P)),
      stockout_date_without_order: date(s.stockoutDay),
      risk_level: s.risk,
      pantone_code: s.sku.pantoneKey,
      reason_codes: [],
    };
    b.reason_codes = LINE_CODES.filter(([field]) => (b[field] as number) > 0).map(([, code]) => code);
    if (b.budget_cut > 0) b.reason_codes.push(b.recommended_qty === 0 ? 'budget_dropped' : 'budget_cut');
    safetyUnits += safety;
    multipleUplift += b.multiple_uplift;
    lineRecords.push({
      article_id: input.articleId,
      color_id: s.sku.colorId,
      size_id: s.sku.sizeId,
      sku_unit_id: s.sku.skuUnitId,
      pantone_key: s.sku.pantoneKey,
      daily_demand: b.daily_demand,
      on_hand_now: b.on_hand_now,
      receipts_before_arrival: b.receipts_before_arrival,
      receipts_in_window: b.receipts_in_window,
      projected_on_hand_at_arrival: b.projected_on_hand_at_arrival,
      safety_stock_target: b.safety_stock_target,
      net_requirement: b.net_requirement,
      safety_stock: b.safety_stock,
      fabric_uplift: b.fabric_uplift,
      elastic_uplift: b.elastic_uplift,
      moq_uplift: b.moq_uplift,
      multiple_uplift: b.multiple_uplift,
      budget_cut: b.budget_cut,
      recommended_qty: b.recommended_qty,
      cover_days_now: b.cover_days_now,
      cover_days_at_arrival: b.cover_days_at_arrival,
      stockout_date_without_order: b.stockout_date_without_order,
      risk_level: b.risk_level,
      reason_codes: b.reason_codes,
    });
    if (b.recommended_qty > 0) {
      lines.push({
        article_id: input.articleId,
        color_id: s.sku.colorId,
        size_id: s.sku.sizeId,
        recommended_qty: b.recommended_qty,
        source_reason: b.reason_codes.join('|'),
        sku_unit_id: s.sku.skuUnitId,
        breakdown: b,
      });
    }
  });
  const totalUnits = lines.reduce((sum, l) => sum + l.recommended_qty, 0);
  const capitalRequired = unitCost === null ? null : money2(totalUnits * unitCost);

  // Constraints of the article's groups and elastic types (empty when nothing was lot-sized).
  const articleId = input.articleId;
  const fabric = finals ? ctx.lot!.fabric.filter((g) => g.articleIds.includes(articleId)) : [];
  const elastic = finals ? ctx.lot!.elastic.filter((e) => e.articleIds.includes(articleId)) : [];
  const budget = finals ? ctx.lot!.budget : null;
  const budgetApplied = budget !== null && (budget.status === 'within_budget' || budget.status === 'budget_limited_applied');
  const constraints: ConstraintsApplied = {
    fabric_min_batches: fabric.map((g) => ({
      pantone_code: g.key,
      required: g.required,
      applied_min: g.minimum.value,
      shared_pool_required: ctx.portfolio ? g.required : null,
      sibling_proxy_required: 0,
      article_required: g.requiredByArticle.get(articleId) ?? 0,
      uplift: g.uplift,
      source: g.minimum.source,
      status: g.status,
      color_ids: g.colorIds,
      article_ids: g.articleIds,
      budget_status: budgetApplied ? g.budgetStatus : null,
      units_after_budget: g.unitsAfterBudget,
      skip_option: g.skipOption,
    })),
    elastic_min_batches: elastic.map((e) => ({
      article_id: articleId,
      elastic_type_id: e.elasticTypeId,
      required: e.required,
      applied_min: e.minimum.value,
      uplift: e.uplift,
      source: e.minimum.source,
      status: e.status,
      article_ids: e.articleIds,
    })),
    resource_allocation: null,
  };

  const material = plan.material;
  const projectedCover = material.length > 0 ? days1(Math.min(...material.map((s) => cover(s, L, s.availableAtArrival, P)))) : null;
  const arrival = arrivalProjection(plan, projectedCover);
  const alternatives = buildAlternatives(plan, {
    chosen: action,
    budget: ctx.portfolio ? null : ctx.budget,
    basis: ctx.portfolio ? 'single_article' : 'run',
    projectedCoverAtArrival: projectedCover,
  });

  const warnings: Warning[] = [...input.warnings, ...plan.warnings];
  if (ctx.budget === null) warnings.push(warning('available_capital_not_set', { capital_governance_mode: input.policy.capital_governance_mode.value }));
  else if (unitCost === null) warnings.push(warning('unit_cost_not_set', { article_ids: [articleId] }));
  if (finals) warnings.push(...ctx.lot!.warnings);
  if (blockedByBudget) {
    warnings.push(
      warning('shortage_before_arrival_wait_blocked_by_capital_constraint', {
        available_capital: money2(ctx.budget ?? 0),
        breach_date: date(plan.firstBreachDay),
        required_units: finals!.reduce((sum, f) => sum + f.sized, 0),
      }),
    );
  }
  const sortedWarnings = sortWarnings(warnings);
  const presentCodes = new Set(sortedWarnings.map((w) => w.code));

  const meta = {
    engine_version: ENGINE_VERSION,
    as_of_date: input.asOf,
    projection_days: P,
    lead_time_days_total: L,
    policy: input.policy,
    ...metaEntries(plan),
    in_flight: input.inFlight,
    budget: {
      status: budget?.status ?? (ctx.budget === null ? 'available_capital_not_set' : unitCost === null ? 'unit_cost_not_set' : 'within_budget'),
      available_capital: ctx.budget === null ? null : money2(ctx.budget),
      unit_cost: unitCost,
      capital_before: budget?.capitalBefore == null ? (unitCost === null ? null : 0) : money2(budget.capitalBefore),
      capital_after: budget?.capitalAfter == null ? (unitCost === null ? null : 0) : money2(budget.capitalAfter),
      // The article's own groups: in a portfolio the run's groups (all articles) are reported once, by the run.
      groups: (budget?.groups ?? []).filter((g) => fabric.some((f) => f.key === g.pantone_code)),
    },
    freshness: input.freshness,
    out_of_scope_sku_count: input.outOfScopeSkuCount,
  } as const;
  const explanation = buildExplanation({
    plan,
    action,
    blockedByBudget,
    totalUnits,
    safetyUnits: action === 'order_with_buffer' ? safetyUnits : 0,
    multipleUplift: action === 'wait' ? 0 : multipleUplift,
    fabric: action === 'wait' ? [] : fabric,
    elastic: action === 'wait' ? [] : elastic,
    budget,
    alternatives,
    meta: { ...meta, budget: { ...meta.budget } },
  });

  const targetArrival = addDays(input.asOf, L);
  const orderByDate = plan.orderByDate;
  return {
    body: {
      source: input.source,
      status: 'ok',
      article_id: articleId,
      as_of_date: input.asOf,
      risk_level: plan.riskLevel,
      days_of_cover_estimate: days1(plan.daysOfCoverEstimate),
      lead_time_days_total: L,
      order_by_date: orderByDate,
      recommendation: { action, priority: input.priority, target_arrival_date: targetArrival, total_units: totalUnits, capital_required: capitalRequired, lines },
      constraints_applied: constraints,
      physical_scope: {
        local_stock_scope: 'internal_warehouses_merged',
        wb_stock_scope: input.physicalScope.wbStockScope,
        ready_bundle_source: input.physicalScope.readyBundleSource,
        raw_single_source: 'stock_balance_by_sku_unit_recipe_projection',
        nsc_assembled_bundle_inventory_state: 'persisted',
        warnings: PHYSICAL_WARNING_CODES.filter((c) => presentCodes.has(c)),
        assumptions: { lost_sales: true, receipts_arrive_start_of_day: true, in_transit_to_wb_counts_as_ready: true },
      },
      arrival_projection: arrival,
      alternatives,
      warnings: sortedWarnings,
      explanation,
    },
    record: {
      article_id: articleId,
      source: input.source,
      status: 'ok',
      as_of_date: input.asOf,
      action,
      risk_level: plan.riskLevel,
      lead_time_days_total: L,
      order_by_date: orderByDate,
      target_arrival_date: targetArrival,
      total_units: totalUnits,
      capital_required: capitalRequired,
      available_capital: ctx.budget,
      engine_version: ENGINE_VERSION,
    },
    lines: lineRecords,
    inputSnapshot: input,
    policySnapshot: input.policy,
  };
}

function arrivalProjection(plan: ArticlePlan, projectedCover: number | null): ArrivalProjection {
  const { L } = plan.horizon;
  const skus = plan.skus;
  const sum = (pick: (s: (typeof skus)[number]) => number): number => skus.reduce((acc, s) => acc + pick(s), 0);
  const byPair = new Map(skus.map((s) => [`${s.sku.colorId}:${s.sku.sizeId}`, s]));
  const fixed = plan.input.bundleTypes.filter((t) => !t.isAssorti);
  // φ_{b|c,s}: competing fixed types share a colour-size piece pool by demand (equal shares without demand).
  const pool = new Map<string, { total: number; count: number }>();
  for (const t of fixed) {
    for (const size of t.sizes) {
      for (const c of t.recipeColorIds) {
        const key = `${c}:${size.sizeId}`;
        const entry = pool.get(key) ?? { total: 0, count: 0 };
        entry.total += t.dailyRate * size.weight;
        entry.count++;
        pool.set(key, entry);
      }
    }
  }
  const capacity = (stockOf: (key: string) => number): number => {
    let total = 0;
    for (const t of fixed) {
      for (const size of t.sizes) {
        const x = t.dailyRate * size.weight;
        let least = Infinity;
        for (const c of t.recipeColorIds) {
          const key = `${c}:${size.sizeId}`;
          const p = pool.get(key)!;
          const phi = positive6(p.total) ? x / p.total : 1 / p.count;
          least = Math.min(least, stockOf(key) * phi);
        }
        total += floor6(least);
      }
    }
    return total;
  };
  const receiptsBefore = (key: string): number => {
    const s = byPair.get(key)!;
    let units = 0;
    for (let t = 0; t < L && t < s.receipts.length; t++) units += s.receipts[t];
    return units;
  };
  const hasDemand = positive6(plan.bundleDemand);
  return {
    status: !hasDemand ? 'no_demand' : skus.some((s) => positive6(s.lostBeforeArrival)) ? 'shortage_before_arrival' : 'safe_cover_until_arrival',
    arrival_horizon_days: L,
    demand_units_until_arrival: ceil6(sum((s) => s.demandBeforeArrival)),
    ready_bundle_units_now: floor6(plan.input.bundleTypes.reduce((acc, t) => acc + t.ready.total, 0)),
    raw_bundle_capacity_now: capacity((key) => byPair.get(key)!.sku.onHand),
    in_flight_bundle_capacity_at_arrival: capacity(receiptsBefore),
    projected_supply_units_before_arrival: floor6(sum((s) => s.servedBeforeArrival)),
    projected_availability_at_arrival: floor6(sum((s) => s.availableAtArrival)),
    projected_shortage_before_arrival: ceil6(sum((s) => s.lostBeforeArrival)),
    projected_cover_days_at_arrival: hasDemand ? projectedCover : null,
    basis: {
      units: {
        demand_units_until_arrival: 'pieces',
        ready_bundle_units_now: 'bundles',
        raw_bundle_capacity_now: 'bundles',
        in_flight_bundle_capacity_at_arrival: 'bundles',
        projected_supply_units_before_arrival: 'pieces',
        projected_availability_at_arrival: 'pieces',
        projected_shortage_before_arrival: 'pieces',
        projected_cover_days_at_arrival: 'days',
        arrival_horizon_days: 'days',
      },
      projection: 'sku_daily_lost_sales',
    },
  };
}
