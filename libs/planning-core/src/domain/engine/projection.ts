/*
 * Daily projection per SKU (spec 05 §4.10–4.11) with lost sales: stock never goes negative and demand
 * that cannot be served is gone. Receipts arrive at the start of their day.
 */
import { ceil6, lt6, positive6 } from '../numeric';
import { SkuState } from './sku-state';

export interface Horizon {
  /** Projection length P. */
  P: number;
  L: number;
  R: number;
  T: number;
}

/**
 * Runs the no-order projection, fills the state's projection and requirement fields and adds each
 * day's lost units of days 0 … L+R−1 to `lossByDay`.
 */
export function projectWithoutOrder(s: SkuState, h: Horizon, lossByDay: Float64Array): void {
  const { P, L, R, T } = h;
  let onHand = s.sku.onHand;
  let cumulativeDemand = 0;
  for (let t = 0; t < P; t++) {
    const available = onHand + s.receipts[t];
    const d = s.demand[t];
    const served = Math.min(available, d);
    const lost = d - served;
    onHand = available - served;
    cumulativeDemand += d;
    if (t === L) s.availableAtArrival = available;
    if (t < L) {
      s.lostBeforeArrival += lost;
      s.servedBeforeArrival += served;
      s.demandBeforeArrival += d;
    }
    if (t < L + T) s.lostUntilCoverageEnd += lost;
    if (t < L + R) lossByDay[t] += lost;
    const losing = positive6(lost);
    if (losing && s.stockoutDay === null) s.stockoutDay = t;
    if (s.breachDay === null && (losing || (positive6(cumulativeDemand) && lt6(onHand, s.safetyStock)))) s.breachDay = t;
  }
  if (L >= P) s.availableAtArrival = onHand;
  for (const r of s.sku.receipts) {
    s.receiptsTotal += r.qty;
    if (r.etaDays <= L) s.receiptsBeforeArrival += r.qty;
    else if (r.etaDays <= L + T - 1) s.receiptsInWindow += r.qty;
    else s.receiptsAfterWindow += r.qty;
  }
  s.coverNow = cover(s, 0, s.sku.onHand + s.receipts[0], P);

  // Order-up-to: max over the window of [act(t)·X + Σ D(L..t) − AV(L) − Σ RC(L+1..t)].
  let demandToDate = 0;
  for (let t = 0; t < L; t++) demandToDate += s.demand[t];
  let windowDemand = 0;
  let windowReceipts = 0;
  for (let t = L; t < L + T && t < P; t++) {
    demandToDate += s.demand[t];
    windowDemand += s.demand[t];
    if (t > L) windowReceipts += s.receipts[t];
    const value = windowDemand - s.availableAtArrival - windowReceipts;
    if (positive6(demandToDate)) s.activeMax = Math.max(s.activeMax, value);
    else s.inactiveMax = Math.max(s.inactiveMax, value);
  }
  s.netRequirement = ceil6(requirement(s, 0));
  s.buffered = ceil6(requirement(s, s.safetyStock));
}

/** Q_i(X). */
export function requirement(s: SkuState, x: number): number {
  return Math.max(0, s.inactiveMax, x + s.activeMax);
}

/** C(s₀, y): days until the first lost sale starting with stock y on day s₀ (fractional), capped at 9999. */
export function cover(s: SkuState, start: number, stock: number, P: number): number {
  let onHand = 0;
  for (let t = start; t < P; t++) {
    const available = t === start ? stock : onHand + s.receipts[t];
    const d = s.demand[t];
    if (positive6(d) && lt6(available, d)) return t - start + available / d;
    onHand = available - d;
  }
  if (!positive6(s.rate)) return 9999.0;
  return Math.min(9999.0, P - start + onHand / s.rate);
}

/**
 * The projection from day L when `arriving` pieces arrive on day L: adds each day's loss of days
 * L … until−1 to `lossByDay` (when given) and returns the total loss and the first losing day (≥ L).
 */
export function projectWithArrival(s: SkuState, h: Horizon, arriving: number, until: number, lossByDay?: Float64Array): { lost: number; firstLossDay: number | null } {
  let onHand = 0;
  let lost = 0;
  let firstLossDay: number | null = null;
  for (let t = h.L; t < until && t < h.P; t++) {
    const available = t === h.L ? s.availableAtArrival + arriving : onHand + s.receipts[t];
    const d = s.demand[t];
    const served = Math.min(available, d);
    const loss = d - served;
    onHand = available - served;
    lost += loss;
    if (lossByDay) lossByDay[t] += loss;
    if (firstLossDay === null && positive6(loss)) firstLossDay = t;
  }
  return { lost, firstLossDay };
}
