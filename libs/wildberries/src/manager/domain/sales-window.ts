import { compareProducts } from './exact-arithmetic';

/** The fixed observation window: average daily sales are always sales of the last 30 days / 30. */
export const OBSERVATION_WINDOW_DAYS = 30;

/** Stock with no sales lasts "forever"; the original's sentinel. */
export const NO_SALES_COVERAGE_DAYS = 9999.0;

export type OosRisk = 'red' | 'yellow' | 'green';

/** Below this many days of cover the risk is red; up to the upper bound inclusive it is yellow. */
export const RED_BELOW_DAYS = 3;
export const YELLOW_UP_TO_DAYS = 7;

/** `sales_30d / 30`, or 0 when there were no (or net negative) sales. */
export function averageDailySales(sales30d: number): number {
  return sales30d > 0 ? sales30d / OBSERVATION_WINDOW_DAYS : 0.0;
}

/** Days the stock lasts at the average rate, with the original's sentinels (§5.1). */
export function coverageDays(stock: number, sales30d: number): number {
  if (sales30d > 0) return stock / averageDailySales(sales30d);
  return stock > 0 ? NO_SALES_COVERAGE_DAYS : 0.0;
}

/**
 * OOS risk (§5.2). The coverage `stock / (sales_30d / 30)` is compared with the thresholds by
 * cross-multiplication, so a quotient such as 6.999999… can never pass for 7.
 */
export function oosRisk(stock: number, sales30d: number): OosRisk {
  if (sales30d <= 0) return 'green';
  if (stock === 0) return 'red';
  if (compareProducts(stock, OBSERVATION_WINDOW_DAYS, RED_BELOW_DAYS, sales30d) < 0) return 'red';
  if (compareProducts(stock, OBSERVATION_WINDOW_DAYS, YELLOW_UP_TO_DAYS, sales30d) <= 0) return 'yellow';
  return 'green';
}

/** `coverageDays(stock, sales_30d) < days`, decided exactly. */
export function coverageBelow(stock: number, sales30d: number, days: number): boolean {
  if (sales30d > 0) return compareProducts(stock, OBSERVATION_WINDOW_DAYS, days, sales30d) < 0;
  return coverageDays(stock, sales30d) < days;
}
