/*
 * From-WB demand (spec 05 §4.4.2): days on which a listing was out of stock are left out of the
 * mean, so a sell-out does not read as falling demand. The window ends at the import watermark,
 * so days after the last import are not counted as zero sales.
 */
import { StoredWbHistory, WbDemandEstimate, WbListingDays } from '../engine-contract';
import { addDays } from '../numeric';

/** The W-day sales window ending at the import watermark (or day 0 without one), §4.4.2 step 1. */
export function salesWindow(importWatermark: string | null, day0: string, windowDays: number): { start: string; end: string } {
  const end = importWatermark ?? day0;
  return { start: addDays(end, -(windowDays - 1)), end };
}

const MIN_IN_STOCK_DAYS = 7;

/** §4.4.2: stock-out-aware mean and sample deviation per bundle type (ascending id) over its listings. */
export function fromWbDemand(history: StoredWbHistory, listingsByBundleType: Record<number, string[]>, window: { start: string; end: string }): WbDemandEstimate[] {
  const days: string[] = [];
  for (let day = window.start; day <= window.end; day = addDays(day, 1)) days.push(day);
  const dayIndex = new Map(days.map((day, k) => [day, k]));
  const salesByDay = byWindowDay(history.sales, dayIndex);
  const stockByDay = byWindowDay(history.stockDaily, dayIndex);

  return Object.keys(listingsByBundleType)
    .map(Number)
    .sort((a, b) => a - b)
    .map((bundleTypeId) => {
      const listings = [...new Set(listingsByBundleType[bundleTypeId])];
      const sales: number[] = [];
      const inStock: boolean[] = [];
      let hasStockHistory = false;
      const listingSales = listings.map((wbSku) => salesByDay.get(wbSku));
      const listingStock = listings.map((wbSku) => stockByDay.get(wbSku));
      for (let day = 0; day < days.length; day++) {
        let sold = 0;
        let snapshot: number | null = null;
        for (let k = 0; k < listings.length; k++) {
          sold += listingSales[k]?.[day] ?? 0;
          const stock = listingStock[k]?.[day];
          if (stock !== undefined) snapshot = (snapshot ?? 0) + stock;
        }
        const daySales = Math.max(sold, 0);
        if (snapshot !== null) hasStockHistory = true;
        sales.push(daySales);
        inStock.push(daySales > 0 || snapshot === null || snapshot > 0);
      }
      const total = sales.reduce((sum, v) => sum + v, 0);
      const inStockSales = sales.filter((_, k) => inStock[k]);
      const windowDays = days.length;
      let method: WbDemandEstimate['method'];
      let used: number[];
      if (!hasStockHistory) {
        method = 'window_mean';
        used = sales;
      } else if (inStockSales.length >= Math.min(MIN_IN_STOCK_DAYS, windowDays)) {
        method = 'in_stock_days_mean';
        used = inStockSales;
      } else {
        method = 'window_mean_fallback';
        used = sales;
      }
      const divisor = method === 'in_stock_days_mean' ? inStockSales.length : windowDays;
      const dailyRate = divisor > 0 ? total / divisor : 0;
      return {
        bundleTypeId,
        dailyRate,
        stdDev: sampleStdDev(used),
        method,
        windowStart: window.start,
        windowEnd: window.end,
        windowDays,
        inStockDays: inStockSales.length,
        salesInWindow: total,
        hasStockHistory,
      };
    });
}

/**
 * Per listing, the quantity of each window day by its index (undefined: no row that day); rows
 * outside the window are left out, as the day loop never asks for them.
 */
function byWindowDay(listings: readonly WbListingDays[], dayIndex: ReadonlyMap<string, number>): Map<string, (number | undefined)[]> {
  const byListing = new Map<string, (number | undefined)[]>();
  for (const { wbSku, dates, quantities } of listings) {
    let byDay = byListing.get(wbSku);
    for (let k = 0; k < dates.length; k++) {
      const day = dayIndex.get(dates[k]);
      if (day === undefined) continue;
      if (!byDay) byListing.set(wbSku, (byDay = new Array<number | undefined>(dayIndex.size)));
      byDay[day] = (byDay[day] ?? 0) + quantities[k];
    }
  }
  return byListing;
}

/** Sample standard deviation (divisor count − 1); null with fewer than 2 values. */
function sampleStdDev(values: number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  const squares = values.reduce((sum, v) => sum + (v - mean) ** 2, 0);
  return Math.sqrt(squares / (values.length - 1));
}
