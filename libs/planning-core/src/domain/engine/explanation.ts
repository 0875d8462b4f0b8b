/*
 * Explanation (spec 05 §4.18): structured reasons with contractual codes and params, their rendered
 * messages as steps, a one-line summary and a bounded meta object (no per-day arrays).
 */
import { Alternative, Explanation, ExplanationMeta, ProposalAction, Reason } from '../engine-contract';
import { ENGINE_VERSION } from '../engine-contract';
import { addDays, ceil6, days1, money2, positive6, rate4, stock2 } from '../numeric';
import { BudgetOutcome } from './budget';
import { FabricGroupResult, ElasticTypeResult } from './lot-sizing';
import { ArticlePlan } from './plan-article';

const fmt = (v: unknown): string => (Array.isArray(v) ? `[${v.join(', ')}]` : v === null || v === undefined ? '-' : String(v));

const TEMPLATES: Record<string, (p: Record<string, unknown>) => string> = {
  article_excluded_from_planning: (p) => `Article ${fmt(p.article_code)} is excluded from planning (include_in_planning = false); nothing was calculated.`,
  no_demand: (p) => `No demand for bundle types ${fmt(p.bundle_type_ids)}; nothing to order.`,
  demand_signal: (p) => `Bundle type ${fmt(p.bundle_type_id)}: ${fmt(p.bundles_per_day)} bundles/day (${fmt(p.method)}).`,
  ready_bundles_first: (p) => `Bundle type ${fmt(p.bundle_type_id)}: ${fmt(p.ready_bundles)} ready bundles cover ${fmt(p.days_covered)} days before pieces are needed.`,
  assorti_served_from_surplus: (p) => `Assorti type ${fmt(p.bundle_type_id)}: ${fmt(p.from_surplus_per_day)} of ${fmt(p.pieces_per_day)} pieces/day come from surplus colours.`,
  receipts_credited: (p) =>
    `Pipeline (${fmt(p.source)}): ${fmt(p.units_before_arrival)} pieces before arrival, ${fmt(p.units_in_coverage_window)} inside the coverage window, ${fmt(p.units_after_window)} later.`,
  binding_sku: (p) =>
    `Most urgent SKU colour ${fmt(p.color_id)} / size ${fmt(p.size_id)}: ${fmt(p.on_hand_now)} pieces at ${fmt(p.daily_demand)}/day, cover ${fmt(p.cover_days_now)} days, first shortfall ${fmt(p.breach_date)}.`,
  order_now_breach_before_next_arrival: (p) =>
    `Order now: the shortfall on ${fmt(p.breach_date)} comes before an order placed at the next review could arrive (${fmt(p.next_arrival_date)}).`,
  wait_until_order_by_date: (p) => `Wait: first shortfall on ${fmt(p.breach_date)}; an order placed by ${fmt(p.order_by_date)} still arrives in time.`,
  wait_no_breach_in_horizon: (p) => `Wait: no shortfall within the ${fmt(p.projection_days)}-day projection.`,
  wait_no_requirement: (p) => `Wait: the shortfall on ${fmt(p.breach_date)} cannot be prevented by an order today and the pipeline covers the coverage window.`,
  stockout_before_arrival_unavoidable: (p) =>
    `${fmt(p.lost_units)} pieces will be lost from ${fmt(p.stockout_date)} before any new order can arrive on ${fmt(p.target_arrival_date)}; only expediting helps.`,
  safety_stock_applied: (p) => `Safety stock (${fmt(p.method)}) adds ${fmt(p.units)} pieces against demand variability.`,
  fabric_minimum_uplift: (p) =>
    `Fabric ${fmt(p.pantone_code)}: requirement ${fmt(p.required)} is below the minimum ${fmt(p.applied_min)} (${fmt(p.source)}); ${fmt(p.uplift)} pieces added by demand share.`,
  fabric_skip_option: (p) =>
    `Fabric ${fmt(p.pantone_code)}: only ${fmt(p.required)} of ${fmt(p.applied_min)} needed; skipping it now means a stock-out from ${fmt(p.stockout_date_if_skipped)} (${fmt(p.lost_units_if_skipped)} pieces lost).`,
  elastic_minimum_uplift: (p) =>
    `Elastic ${fmt(p.elastic_type_id)}: requirement ${fmt(p.required)} is below the minimum ${fmt(p.applied_min)}; ${fmt(p.uplift)} pieces added to the lines that use it.`,
  order_multiple_rounding: (p) => `Quantities rounded up to multiples of ${fmt(p.order_multiple)}: +${fmt(p.uplift)} pieces.`,
  budget_cut: (p) =>
    `Budget ${fmt(p.available_capital)}: order cut from ${fmt(p.capital_before)} to ${fmt(p.capital_after)}; dropped ${fmt(p.dropped_pantones)}, reduced ${fmt(p.reduced_pantones)}.`,
  alternative_consequence: (p) =>
    `If you choose ${fmt(p.action)}: ${fmt(p.total_units)} pieces, ${fmt(p.projected_lost_units)} pieces lost until the next possible arrival, cover at arrival ${fmt(p.cover_days_at_arrival)} days.`,
};

export function reason(code: string, params: Record<string, unknown>): Reason {
  return { code, params, message: TEMPLATES[code](params) };
}

export interface ExplanationParts {
  plan: ArticlePlan;
  action: ProposalAction;
  /** An order was needed but the budget left none. */
  blockedByBudget: boolean;
  totalUnits: number;
  safetyUnits: number;
  multipleUplift: number;
  fabric: FabricGroupResult[];
  elastic: ElasticTypeResult[];
  budget: BudgetOutcome | null;
  alternatives: Alternative[];
  meta: ExplanationMeta;
}

export function buildExplanation(parts: ExplanationParts): Explanation {
  const { plan } = parts;
  const input = plan.input;
  const { L, R, P } = plan.horizon;
  const date = (day: number | null): string | null => (day === null ? null : addDays(input.asOf, day));
  const reasons: Reason[] = [];
  const hasDemand = positive6(plan.bundleDemand);
  if (!hasDemand) reasons.push(reason('no_demand', { bundle_type_ids: input.bundleTypes.map((t) => t.id) }));
  for (const t of input.bundleTypes) {
    const fromWb = t.demandMethod !== 'request';
    reasons.push(
      reason('demand_signal', {
        bundle_type_id: t.id,
        bundles_per_day: rate4(t.dailyRate),
        method: t.demandMethod,
        window_days: fromWb ? t.demandWindow.windowDays : null,
        in_stock_days: fromWb ? t.demandWindow.inStockDays : null,
      }),
    );
  }
  for (const t of input.bundleTypes) {
    if (!positive6(t.ready.total)) continue;
    reasons.push(reason('ready_bundles_first', { bundle_type_id: t.id, ready_bundles: rate4(t.ready.total), days_covered: positive6(t.dailyRate) ? days1(t.ready.total / t.dailyRate) : null }));
  }
  for (const t of input.bundleTypes.filter((b) => b.isAssorti)) {
    const rows = plan.assorti.filter((a) => a.bundle_type_id === t.id);
    reasons.push(
      reason('assorti_served_from_surplus', {
        bundle_type_id: t.id,
        pieces_per_day: rate4(rows.reduce((sum, a) => sum + a.pieces_per_day, 0)),
        from_surplus_per_day: rate4(rows.reduce((sum, a) => sum + a.colors.reduce((s, c) => s + c.from_surplus, 0), 0)),
      }),
    );
  }
  const receiptUnits = plan.skus.reduce((acc, s) => [acc[0] + s.receiptsBeforeArrival, acc[1] + s.receiptsInWindow, acc[2] + s.receiptsAfterWindow], [0, 0, 0]);
  if (plan.skus.some((s) => s.sku.receipts.length > 0)) {
    reasons.push(reason('receipts_credited', { source: input.receiptsSource, units_before_arrival: receiptUnits[0], units_in_coverage_window: receiptUnits[1], units_after_window: receiptUnits[2] }));
  }
  const b = plan.binding;
  if (hasDemand && b) {
    reasons.push(
      reason('binding_sku', {
        color_id: b.sku.colorId,
        size_id: b.sku.sizeId,
        daily_demand: rate4(b.rate),
        on_hand_now: b.sku.onHand,
        cover_days_now: days1(b.coverNow),
        breach_date: date(b.breachDay),
      }),
    );
  }
  const breachDate = date(plan.firstBreachDay);
  const nextArrival = addDays(input.asOf, L + R);
  if (plan.orderVariant) {
    reasons.push(reason('order_now_breach_before_next_arrival', { breach_date: breachDate, next_arrival_date: nextArrival, lead_time_days: L, review_period_days: R }));
  } else if (plan.waitReason === 'wait_until_order_by_date') reasons.push(reason('wait_until_order_by_date', { order_by_date: plan.orderByDate, breach_date: breachDate }));
  else if (plan.waitReason === 'wait_no_breach_in_horizon') reasons.push(reason('wait_no_breach_in_horizon', { projection_days: P }));
  else if (plan.waitReason === 'wait_no_requirement') reasons.push(reason('wait_no_requirement', { breach_date: breachDate }));
  const losing = plan.material.filter((s) => positive6(s.lostBeforeArrival));
  if (losing.length > 0) {
    reasons.push(
      reason('stockout_before_arrival_unavoidable', {
        stockout_date: date(Math.min(...losing.map((s) => s.stockoutDay!))),
        target_arrival_date: addDays(input.asOf, L),
        lost_units: ceil6(losing.reduce((sum, s) => sum + s.lostBeforeArrival, 0)),
      }),
    );
  }
  const policy = input.policy;
  if (parts.action === 'order_with_buffer' && parts.safetyUnits > 0) {
    const byDays = policy.safety_stock_method.value === 'days';
    reasons.push(
      reason('safety_stock_applied', {
        method: policy.safety_stock_method.value,
        safety_stock_days: byDays ? policy.safety_stock_days.value : null,
        service_level_percent: byDays ? null : policy.service_level_percent.value,
        z: byDays ? null : plan.safetyStockPolicy.z,
        units: parts.safetyUnits,
      }),
    );
  }
  for (const g of parts.fabric.filter((f) => f.status === 'uplifted')) {
    reasons.push(reason('fabric_minimum_uplift', { pantone_code: g.key, required: g.required, applied_min: g.minimum.value, uplift: g.uplift, source: g.minimum.source }));
  }
  for (const g of parts.fabric.filter((f) => f.skipOption !== null)) {
    reasons.push(
      reason('fabric_skip_option', {
        pantone_code: g.key,
        required: g.required,
        applied_min: g.minimum.value,
        stockout_date_if_skipped: g.skipOption!.stockout_date_if_skipped,
        lost_units_if_skipped: g.skipOption!.lost_units_if_skipped,
      }),
    );
  }
  for (const e of parts.elastic.filter((x) => x.status === 'uplifted')) {
    reasons.push(reason('elastic_minimum_uplift', { elastic_type_id: e.elasticTypeId, required: e.required, applied_min: e.minimum.value, uplift: e.uplift, source: e.minimum.source }));
  }
  if (parts.multipleUplift > 0) reasons.push(reason('order_multiple_rounding', { order_multiple: policy.order_multiple.value, uplift: parts.multipleUplift }));
  const budget = parts.budget;
  if (budget && budget.status === 'budget_limited_applied') {
    reasons.push(
      reason('budget_cut', {
        available_capital: money2(budget.availableCapital!),
        capital_before: budget.capitalBefore === null ? null : money2(budget.capitalBefore),
        capital_after: budget.capitalAfter === null ? null : money2(budget.capitalAfter),
        dropped_pantones: budget.groups.filter((g) => g.budget_status === 'dropped').map((g) => g.pantone_code),
        reduced_pantones: budget.groups.filter((g) => g.budget_status === 'reduced' || g.budget_status === 'reduced_to_minimum').map((g) => g.pantone_code),
      }),
    );
  }
  for (const alt of parts.alternatives) {
    reasons.push(
      reason('alternative_consequence', { action: alt.action, total_units: alt.total_units, projected_lost_units: alt.projected_lost_units, cover_days_at_arrival: alt.cover_days_at_arrival }),
    );
  }

  let summary: string;
  if (!hasDemand) summary = reasons[0].message;
  else if (parts.blockedByBudget) summary = `Order needed but the budget allows none: first shortfall ${breachDate}.`;
  else if (parts.action !== 'wait') {
    summary = `Order now: ${parts.totalUnits} pieces arriving ${addDays(input.asOf, L)}; first shortfall ${breachDate} (colour ${b?.sku.colorId} / size ${b?.sku.sizeId}) is before the next possible arrival ${nextArrival}.`;
  } else if (plan.orderByDate !== null) summary = `Wait: stock lasts until ${breachDate}; order by ${plan.orderByDate}.`;
  else summary = `Wait: no shortfall within ${P} days.`;
  return { summary, steps: reasons.map((r) => r.message), reasons, meta: parts.meta };
}

/** `meta.sku_projection` and `meta.bundle_demand` entries (output rounding applied). */
export function metaEntries(plan: ArticlePlan): Pick<ExplanationMeta, 'bundle_demand' | 'sku_projection' | 'assorti'> {
  const input = plan.input;
  const date = (day: number | null): string | null => (day === null ? null : addDays(input.asOf, day));
  return {
    bundle_demand: input.bundleTypes.map((t) => ({
      bundle_type_id: t.id,
      is_assorti: t.isAssorti,
      assorti_source: t.assortiSource,
      pieces: t.pieces,
      bundles_per_day: rate4(t.dailyRate),
      std_dev: t.stdDev === null ? null : rate4(t.stdDev),
      std_dev_source: t.stdDevSource,
      method: t.demandMethod,
      window_start: t.demandWindow.windowStart,
      window_end: t.demandWindow.windowEnd,
      window_days: t.demandWindow.windowDays,
      in_stock_days: t.demandWindow.inStockDays,
      sales_in_window: t.demandWindow.salesInWindow,
      size_ids: t.sizes.map((s) => s.sizeId),
      ready_bundles: { wb: t.ready.wb, local: t.ready.local, in_transit: t.ready.in_transit, total: t.ready.total, source: t.ready.source },
    })),
    sku_projection: plan.skus.map((s) => ({
      sku_unit_id: s.sku.skuUnitId,
      color_id: s.sku.colorId,
      size_id: s.sku.sizeId,
      pantone_code: s.sku.pantoneKey,
      daily_demand: rate4(s.rate),
      main_daily_demand: rate4(s.mainRate),
      assorti_daily_demand: rate4(s.assortiRate),
      demand_share: rate4(s.share),
      material: s.material,
      on_hand_now: s.sku.onHand,
      receipts: s.sku.receipts.map((r) => ({ eta_days: r.etaDays, qty: r.qty, stage: r.stage, source: r.source })),
      receipts_before_arrival: s.receiptsBeforeArrival,
      receipts_in_window: s.receiptsInWindow,
      projected_on_hand_at_arrival: stock2(s.availableAtArrival),
      lost_before_arrival: ceil6(s.lostBeforeArrival),
      safety_stock_target: stock2(s.safetyStock),
      cover_days_now: days1(s.coverNow),
      stockout_date_without_order: date(s.stockoutDay),
      breach_date: date(s.breachDay),
      risk_level: s.risk,
    })),
    assorti: plan.assorti.map((a) => ({
      bundle_type_id: a.bundle_type_id,
      size_id: a.size_id,
      bundle_rate: rate4(a.bundle_rate),
      pieces_per_day: rate4(a.pieces_per_day),
      colors: a.colors.map((c) => ({
        color_id: c.color_id,
        surplus_rate: rate4(c.surplus_rate),
        from_surplus: rate4(c.from_surplus),
        from_remainder: rate4(c.from_remainder),
        share: rate4(c.share),
      })),
    })),
  };
}

export { ENGINE_VERSION };
