/* Per-SKU working state of one article's calculation; per-day series live in typed arrays of length P. */
import { PlannedSku, RiskLevel } from '../engine-contract';

export interface SkuState {
  sku: PlannedSku;
  /** Position in the article's canonical SKU order. */
  index: number;
  demand: Float64Array;
  receipts: Float64Array;
  mainRate: number;
  mainVariance: number;
  assortiRate: number;
  assortiVariance: number;
  rate: number;
  variance: number;
  safetyStock: number;
  // projection without a new order (§4.10)
  availableAtArrival: number;
  lostBeforeArrival: number;
  servedBeforeArrival: number;
  demandBeforeArrival: number;
  lostUntilCoverageEnd: number;
  stockoutDay: number | null;
  breachDay: number | null;
  coverNow: number;
  receiptsBeforeArrival: number;
  receiptsInWindow: number;
  receiptsAfterWindow: number;
  receiptsTotal: number;
  // order-up-to (§4.11): Q(X) = max(0, inactiveMax, X + activeMax)
  inactiveMax: number;
  activeMax: number;
  netRequirement: number;
  buffered: number;
  risk: RiskLevel;
  share: number;
  material: boolean;
}

/**
 * `days` is this SKU's zero-filled slice of 2·P values from the article's per-day storage: demand in
 * the first P, receipts in the second P (one allocation per article instead of two per SKU).
 */
export function newSkuState(sku: PlannedSku, index: number, P: number, days: Float64Array): SkuState {
  const receipts = days.subarray(P, 2 * P);
  for (const r of sku.receipts) if (r.etaDays < P) receipts[r.etaDays] += r.qty;
  return {
    sku,
    index,
    demand: days.subarray(0, P),
    receipts,
    mainRate: 0,
    mainVariance: 0,
    assortiRate: 0,
    assortiVariance: 0,
    rate: 0,
    variance: 0,
    safetyStock: 0,
    availableAtArrival: 0,
    lostBeforeArrival: 0,
    servedBeforeArrival: 0,
    demandBeforeArrival: 0,
    lostUntilCoverageEnd: 0,
    stockoutDay: null,
    breachDay: null,
    coverNow: 0,
    receiptsBeforeArrival: 0,
    receiptsInWindow: 0,
    receiptsAfterWindow: 0,
    receiptsTotal: 0,
    inactiveMax: -Infinity,
    activeMax: -Infinity,
    netRequirement: 0,
    buffered: 0,
    risk: 'no_data',
    share: 0,
    material: false,
  };
}
