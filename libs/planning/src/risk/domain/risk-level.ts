/*
 * C7 classification (02 §4.7). Days of cover is total × span / sales, a quotient of a quotient, so
 * levels are decided on the exact fraction by cross-multiplication (W-NUM-6); only the emitted
 * `days_of_cover` is a float.
 */

export const RISK_LEVELS = ['critical', 'warning', 'ok', 'overstock', 'no_data'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Severity for "worst entry" decisions: critical > warning > ok > overstock > no_data. */
export const RISK_SEVERITY: Readonly<Record<RiskLevel, number>> = { critical: 4, warning: 3, ok: 2, overstock: 1, no_data: 0 };

export interface RiskThresholds {
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
  overstockThresholdDays: number | null;
}

/** Thresholds of an article without planning settings. */
export const DEFAULT_SAFETY_STOCK_DAYS = 7;
export const DEFAULT_ALERT_THRESHOLD_DAYS = 14;
const OVERSTOCK_ALERT_MULTIPLIER = 3;

export function riskThresholds(settings: { safetyStockDays: number | null; alertThresholdDays: number | null } | undefined): RiskThresholds {
  const safety = settings ? settings.safetyStockDays : DEFAULT_SAFETY_STOCK_DAYS;
  const alert = settings ? settings.alertThresholdDays : DEFAULT_ALERT_THRESHOLD_DAYS;
  return { safetyStockDays: safety, alertThresholdDays: alert, overstockThresholdDays: alert === null ? null : alert * OVERSTOCK_ALERT_MULTIPLIER };
}

/** What the classification reads of one coverage entry: the bundles available and the sales rate as a fraction. */
export interface CoverageFigures {
  totalAvailableBundles: number;
  /** Σ bundle sales in the C6 window (may be negative with returns). */
  unitsSold: number;
  /** Days the sales are averaged over; 0 when there were no sales rows. */
  salesDays: number;
}

/** Days of cover as the exact fraction numerator / denominator (denominator > 0), or null without a positive rate. */
function daysOfCoverFraction(figures: CoverageFigures): { numerator: bigint; denominator: bigint } | null {
  if (figures.salesDays <= 0 || figures.unitsSold <= 0) return null;
  const total = figures.totalAvailableBundles > 0 ? BigInt(figures.totalAvailableBundles) : 0n;
  return { numerator: total * BigInt(figures.salesDays), denominator: BigInt(figures.unitsSold) };
}

export function classifyRisk(figures: CoverageFigures, thresholds: RiskThresholds): RiskLevel {
  const rateIsZero = figures.salesDays <= 0 || figures.unitsSold === 0;
  if (rateIsZero) return figures.totalAvailableBundles > 0 ? 'overstock' : 'no_data';
  const cover = daysOfCoverFraction(figures);
  if (cover === null) return 'no_data';

  // d compared with a whole number of days t: d ≤ t ⇔ numerator ≤ t × denominator.
  const compare = (days: number | null): number | null => {
    if (days === null) return null;
    const scaled = BigInt(days) * cover.denominator;
    return cover.numerator < scaled ? -1 : cover.numerator > scaled ? 1 : 0;
  };
  const vsSafety = compare(thresholds.safetyStockDays);
  const vsAlert = compare(thresholds.alertThresholdDays);
  const vsOverstock = compare(thresholds.overstockThresholdDays);

  if (vsSafety !== null && vsSafety <= 0) return 'critical';
  if (vsSafety !== null && vsAlert !== null && vsSafety > 0 && vsAlert <= 0) return 'warning';
  if (vsAlert !== null && vsOverstock !== null && vsAlert > 0 && vsOverstock < 0) return 'ok';
  if (vsOverstock !== null && vsOverstock >= 0) return 'overstock';
  return 'no_data';
}
