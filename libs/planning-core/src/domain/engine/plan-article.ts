/*
 * Steps 6–13 of spec 05 for one article: demand, safety stock, projection, requirements, risk,
 * materiality, trigger and the pre-budget action. Independent per article, so a portfolio plans
 * every article this way and then lot-sizes the ordering ones jointly.
 */
import { PlanningInput, ProposalAction, RiskLevel, Warning } from '../engine-contract';
import { addDays, ceil6, gt6, lt6, positive6, r6 } from '../numeric';
import { warning } from '../warnings';
import { AssortiAllocation, explodeDemand } from './demand-explosion';
import { Horizon, projectWithoutOrder } from './projection';
import { SafetyStockPolicy, safetyStock, zScore } from './safety-stock';
import { newSkuState, SkuState } from './sku-state';

export type OrderVariant = Exclude<ProposalAction, 'wait'>;
export type WaitReason = 'no_demand' | 'wait_no_requirement' | 'wait_until_order_by_date' | 'wait_no_breach_in_horizon';

export interface ArticlePlan {
  input: PlanningInput;
  horizon: Horizon;
  /** In-scope SKUs, canonical order. */
  skus: SkuState[];
  assorti: AssortiAllocation[];
  safetyStockPolicy: SafetyStockPolicy;
  /** Σ_b d_b (bundles/day). */
  bundleDemand: number;
  /** Σ_i d̄_i (pieces/day). */
  pieceDemand: number;
  /** Σ_i LS_i(t) without an order, days 0 … L+R−1. */
  lossNoOrderByDay: Float64Array;
  material: SkuState[];
  trigger: boolean;
  /** b*: the earliest breach day of a material SKU. */
  firstBreachDay: number | null;
  orderByDate: string | null;
  binding: SkuState | null;
  /** The order variant the trigger asks for (before lot sizing and budget); null = wait. */
  orderVariant: OrderVariant | null;
  waitReason: WaitReason | null;
  riskLevel: RiskLevel;
  daysOfCoverEstimate: number;
  /** Warnings of the calculation itself (stock-outs). */
  warnings: Warning[];
}

export function planArticle(input: PlanningInput): ArticlePlan {
  const policy = input.policy;
  const L = policy.lead_time_days_total.value;
  const R = policy.review_period_days.value;
  const T = policy.target_coverage_days.value;
  const P = Math.max(input.planningHorizonDays, L + R + T);
  const horizon: Horizon = { P, L, R, T };
  const safetyStockPolicy: SafetyStockPolicy = {
    method: policy.safety_stock_method.value,
    safetyStockDays: policy.safety_stock_days.value,
    z: zScore(policy.service_level_percent.value),
    exposureDays: L + R,
  };

  // All per-day series of this article in one buffer: 2·P per SKU, then the L+R loss days. It lives
  // as long as the plan (lot sizing and finalising read it), so it is owned by the plan, not shared.
  const perDay = new Float64Array(2 * P * input.skus.length + L + R);
  const skus = input.skus.map((sku, index) => newSkuState(sku, index, P, perDay.subarray(2 * P * index, 2 * P * (index + 1))));
  const byPair = new Map(skus.map((s) => [`${s.sku.colorId}:${s.sku.sizeId}`, s]));
  const assorti = explodeDemand(input, byPair, P, L + T, safetyStockPolicy);

  const lossNoOrderByDay = perDay.subarray(2 * P * input.skus.length);
  let pieceDemand = 0;
  for (const s of skus) {
    s.rate = s.mainRate + s.assortiRate;
    s.variance = s.mainVariance + s.assortiVariance;
    s.safetyStock = safetyStock(safetyStockPolicy, s.rate, s.variance);
    projectWithoutOrder(s, horizon, lossNoOrderByDay);
    pieceDemand += s.rate;
  }
  const bundleDemand = input.bundleTypes.reduce((sum, t) => sum + t.dailyRate, 0);

  // Materiality (§4.13): share ≥ min(1 %, 0.5 / N⁺).
  const withDemand = skus.filter((s) => positive6(s.rate)).length;
  const threshold = withDemand > 0 ? Math.min(0.01, 0.5 / withDemand) : 0;
  for (const s of skus) {
    s.share = positive6(pieceDemand) ? s.rate / pieceDemand : 0;
    s.material = positive6(s.rate) && !lt6(s.share, threshold);
    s.risk = skuRisk(s, input, L);
  }
  const material = skus.filter((s) => s.material);

  const warnings: Warning[] = [];
  for (const s of skus) {
    if (!s.material && s.stockoutDay !== null && s.stockoutDay <= L + R - 1) {
      warnings.push(warning('immaterial_sku_stockout', { color_id: s.sku.colorId, size_id: s.sku.sizeId, stockout_date: addDays(input.asOf, s.stockoutDay) }));
    }
  }
  const losingBeforeArrival = material.filter((s) => positive6(s.lostBeforeArrival));
  if (losingBeforeArrival.length > 0) {
    warnings.push(
      warning('stockout_before_arrival', {
        first_stockout_date: addDays(input.asOf, Math.min(...losingBeforeArrival.map((s) => s.stockoutDay!))),
        lost_units: ceil6(losingBeforeArrival.reduce((sum, s) => sum + s.lostBeforeArrival, 0)),
        sku_count: losingBeforeArrival.length,
      }),
    );
  }

  const breachDays = material.map((s) => s.breachDay).filter((d): d is number => d !== null);
  const firstBreachDay = breachDays.length > 0 ? Math.min(...breachDays) : null;
  const trigger = firstBreachDay !== null && firstBreachDay <= L + R - 1;
  const orderByDate = firstBreachDay === null ? null : addDays(input.asOf, Math.max(firstBreachDay - L, 0));
  const binding =
    [...material].sort(
      (a, b) => (a.breachDay ?? Infinity) - (b.breachDay ?? Infinity) || r6(a.coverNow) - r6(b.coverNow) || a.index - b.index,
    )[0] ?? null;

  let orderVariant: OrderVariant | null = null;
  let waitReason: WaitReason | null = null;
  if (!positive6(bundleDemand)) waitReason = 'no_demand';
  else if (trigger) {
    const variant: OrderVariant = policy.allow_order_with_buffer.value ? 'order_with_buffer' : 'order_minimum_only';
    const total = skus.reduce((sum, s) => sum + (variant === 'order_with_buffer' ? s.buffered : s.netRequirement), 0);
    if (total > 0) orderVariant = variant;
    else waitReason = 'wait_no_requirement';
  } else waitReason = orderByDate !== null ? 'wait_until_order_by_date' : 'wait_no_breach_in_horizon';

  return {
    input,
    horizon,
    skus,
    assorti,
    safetyStockPolicy,
    bundleDemand,
    pieceDemand,
    lossNoOrderByDay,
    material,
    trigger,
    firstBreachDay,
    orderByDate: waitReason === 'no_demand' ? null : orderByDate,
    binding,
    orderVariant,
    waitReason,
    riskLevel: articleRisk(positive6(bundleDemand), material),
    daysOfCoverEstimate: material.length > 0 ? Math.min(...material.map((s) => s.coverNow)) : 9999.0,
    warnings,
  };
}

/** q_i of an order variant, per SKU in canonical order. */
export function variantQuantities(plan: ArticlePlan, variant: OrderVariant): number[] {
  return plan.skus.map((s) => (variant === 'order_with_buffer' ? s.buffered : s.netRequirement));
}

function skuRisk(s: SkuState, input: PlanningInput, L: number): RiskLevel {
  if (!positive6(s.rate)) return positive6(s.sku.onHand + s.receiptsTotal) ? 'overstock' : 'no_data';
  const reorderPoint = L + s.safetyStock / s.rate;
  if (lt6(s.coverNow, reorderPoint)) return 'critical';
  if (lt6(s.coverNow, input.policy.alert_threshold_days.value)) return 'warning';
  if (gt6(s.coverNow, input.policy.overstock_cover_days.value)) return 'overstock';
  return 'ok';
}

function articleRisk(hasDemand: boolean, material: SkuState[]): RiskLevel {
  if (!hasDemand) return 'no_data';
  if (material.some((s) => s.risk === 'critical')) return 'critical';
  if (material.some((s) => s.risk === 'warning')) return 'warning';
  if (material.length > 0 && material.every((s) => s.risk === 'overstock')) return 'overstock';
  return 'ok';
}
