/** Suggested parameters for a new shipment, derived from the recent non-cancelled ones (spec 04 §5.7). */

export interface PresetHistoryEntry {
  id: number;
  status: string;
  targetDate: string;
  wbArrivalDate: string;
  createdAt: Date;
  updatedAt: Date;
  strategy: string;
  zeroSalesPolicy: string;
  targetCoverageDays: number;
  minCoverageDays: number;
  maxCoverageDaysAfter: number;
  maxReplenishmentPerArticle: number | null;
  /** `wb_arrival_date − target_date` in calendar days. */
  transitDays: number;
  totalFinalQty: number;
  totalItems: number;
}

export interface ShipmentPreset {
  targetDate: string;
  suggestedWbArrivalDate: string;
  suggestedStrategy: string;
  suggestedZeroSalesPolicy: string;
  suggestedTargetCoverageDays: number;
  suggestedMinCoverageDays: number;
  suggestedMaxCoverageDaysAfter: number;
  suggestedMaxReplenishmentPerArticle: number | null;
  recentShipments: PresetHistoryEntry[];
  avgTotalFinalQtyLast3: number | null;
  lastShipmentTotalFinalQty: number | null;
  defaultCommentTemplate: string;
  explanation: string;
}

/** How many recent shipments the transit estimate and the volume list look at. */
export const TRANSIT_HISTORY = 5;
const RECENT_LIST = 3;
const DEFAULT_TRANSIT_DAYS = 7;
const GLOBAL_DEFAULTS = {
  strategy: 'normal',
  zeroSalesPolicy: 'ignore',
  targetCoverageDays: 30,
  minCoverageDays: 7,
  maxCoverageDaysAfter: 60,
  maxReplenishmentPerArticle: null,
};

/**
 * Median of the plausible transits (1…20 days); an even count averages the two middle values and
 * rounds half to even, as the original's Python `round` did (2.5 → 2, 3.5 → 4).
 */
export function medianTransitDays(transits: number[]): number {
  const kept = transits.filter((d) => d >= 1 && d <= 20).sort((a, b) => a - b);
  if (kept.length === 0) return DEFAULT_TRANSIT_DAYS;
  const middle = Math.floor(kept.length / 2);
  if (kept.length % 2 === 1) return kept[middle];
  const sum = kept[middle - 1] + kept[middle];
  const lower = Math.floor(sum / 2);
  if (sum % 2 === 0) return lower;
  return lower % 2 === 0 ? lower : lower + 1;
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00.000Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** `history` holds the most recent non-cancelled shipments, newest first. */
export function buildShipmentPreset(targetDate: string, history: PresetHistoryEntry[]): ShipmentPreset {
  const base = history[0];
  const params = base ?? GLOBAL_DEFAULTS;
  const transitDays = medianTransitDays(history.slice(0, TRANSIT_HISTORY).map((entry) => entry.transitDays));
  const arrival = addDays(targetDate, transitDays);
  const recent = history.slice(0, RECENT_LIST);
  const totals = recent.map((entry) => entry.totalFinalQty);
  const settings =
    `transit_days=${transitDays}, strategy=${params.strategy}, zero_sales_policy=${params.zeroSalesPolicy}, ` +
    `target_coverage_days=${params.targetCoverageDays}, min_coverage_days=${params.minCoverageDays}, ` +
    `max_coverage_days_after=${params.maxCoverageDaysAfter}`;
  const explanation = base
    ? `Defaults taken from the last non-cancelled WB shipment #${base.id} (created_at ${base.createdAt.toISOString()}): ${settings}.`
    : `No non-cancelled WB shipments found; using global defaults: ${settings}.`;
  return {
    targetDate,
    suggestedWbArrivalDate: arrival,
    suggestedStrategy: params.strategy,
    suggestedZeroSalesPolicy: params.zeroSalesPolicy,
    suggestedTargetCoverageDays: params.targetCoverageDays,
    suggestedMinCoverageDays: params.minCoverageDays,
    suggestedMaxCoverageDaysAfter: params.maxCoverageDaysAfter,
    suggestedMaxReplenishmentPerArticle: params.maxReplenishmentPerArticle,
    recentShipments: recent,
    avgTotalFinalQtyLast3: totals.length === 0 ? null : totals.reduce((a, b) => a + b, 0) / totals.length,
    lastShipmentTotalFinalQty: totals.length === 0 ? null : totals[0],
    defaultCommentTemplate: `WB shipment for coverage ~${params.targetCoverageDays} days (ETA ${arrival})`,
    explanation,
  };
}
