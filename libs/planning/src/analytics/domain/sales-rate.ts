/*
 * The two definitions of "average daily sales" the original has (02 W-INC-1), kept side by side so
 * that the product decision to unify them is a change to this file only. Both are parity in v1.
 */

/** Units sold in a window and the number of days they are averaged over. */
export interface SalesWindow {
  unitsSold: number;
  days: number;
  perDay: number;
}

/** Length of the demand observation window, in calendar days ending on the target date. */
export const OBSERVATION_WINDOW_DAYS = 30;

/**
 * Demand (C1): the 30 days ending on the target date, divided by the number of distinct dates
 * that have a sales row (zero rows count), so a sporadic seller is averaged over its selling days.
 */
export function demandSalesRate(totalSales: number, daysWithSales: number): SalesWindow {
  const days = daysWithSales > 0 ? Math.min(OBSERVATION_WINDOW_DAYS, daysWithSales) : OBSERVATION_WINDOW_DAYS;
  return { unitsSold: totalSales, days, perDay: totalSales > 0 ? totalSales / days : 0 };
}

/**
 * Bundle sales (C6): the 30 days ending on the listings' last ever sale, divided by the span from
 * the window's first to its last sales row. No sales at all is a rate of 0; returns may make it negative.
 */
export function bundleSalesRate(totalSales: number, spanDays: number): SalesWindow {
  if (spanDays <= 0) return { unitsSold: 0, days: 0, perDay: 0 };
  return { unitsSold: totalSales, days: spanDays, perDay: totalSales / spanDays };
}
