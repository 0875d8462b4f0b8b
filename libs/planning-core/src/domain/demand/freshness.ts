/*
 * From-WB freshness gate (spec 05 §4.4.3). Sales age is measured against the latest import of the
 * whole table, so an article with no recent sales because it is sold out is not "stale"; stale sales
 * are never hidden behind missing stock.
 */
import { FreshnessMeta, FreshnessMode, FreshnessStatus, PlanningCoreError, ResolvedPolicy, StoredWbHistory, StoredWbStock, Warning } from '../engine-contract';
import { daysBetween } from '../numeric';
import { warning } from '../warnings';

export interface FreshnessInput {
  today: string;
  mode: FreshnessMode;
  policy: ResolvedPolicy;
  history: StoredWbHistory;
  wbStock: StoredWbStock[];
  listingsByBundleType: Record<number, string[]>;
  window: { start: string; end: string };
}

const ALLOWED: FreshnessStatus[] = ['fresh', 'missing_stock_data'];

/** Evaluates the gate: throws 400 `wb_data_freshness_failed` in strict mode, else returns the meta and any warning. */
export function checkFreshness(input: FreshnessInput): { meta: FreshnessMeta; warnings: Warning[] } {
  const { today, history } = input;
  const thresholds = { sales: input.policy.freshness_sales_stale_after_days.value, stock: input.policy.freshness_stock_stale_after_days.value };
  const thresholdSource = { sales: input.policy.freshness_sales_stale_after_days.source, stock: input.policy.freshness_stock_stale_after_days.source };
  const age = (date: string): number => Math.max(daysBetween(date, today), 0);

  const plannedListings = [...new Set(Object.values(input.listingsByBundleType).flat())];
  const saleDates = plannedListings.map((sku) => history.latestSaleDateByWbSku[sku]).filter((d): d is string => d !== undefined);
  const salesAge = saleDates.length > 0 && history.latestImportDate !== null ? age(history.latestImportDate) : null;
  const latestSalesDate = saleDates.length > 0 ? saleDates.reduce((a, b) => (a > b ? a : b)) : null;

  const stockDate = new Map(input.wbStock.map((row) => [row.wbSku, row.lastUpdatedDate]));
  const stockAgeByType: Record<string, number> = {};
  for (const typeId of Object.keys(input.listingsByBundleType).map(Number).sort((a, b) => a - b)) {
    const dates = input.listingsByBundleType[typeId].map((sku) => stockDate.get(sku)).filter((d): d is string => typeof d === 'string');
    if (dates.length > 0) stockAgeByType[String(typeId)] = age(dates.reduce((a, b) => (a > b ? a : b)));
  }
  const stockAges = Object.values(stockAgeByType);
  const stockAge = stockAges.length > 0 ? Math.max(...stockAges) : null;

  const salesStale = salesAge !== null && salesAge > thresholds.sales;
  const stockStale = stockAge !== null && stockAge > thresholds.stock;
  const status: FreshnessStatus =
    salesAge === null && stockAge === null
      ? 'no_data'
      : salesAge === null
        ? 'missing_sales_data'
        : salesStale || stockStale
          ? 'stale'
          : stockAge === null
            ? 'missing_stock_data'
            : 'fresh';

  const meta: FreshnessMeta = {
    status,
    mode: input.mode,
    sales_age_days: salesAge,
    stock_oldest_age_days: stockAge,
    stock_age_days_by_bundle_type: stockAgeByType,
    threshold_days: thresholds,
    threshold_source: thresholdSource,
    import_watermark: history.importWatermark,
    latest_sales_date: latestSalesDate,
    window_start: input.window.start,
    window_end: input.window.end,
  };
  if (ALLOWED.includes(status) && status === 'fresh') return { meta, warnings: [] };
  if (input.mode === 'warn' || ALLOWED.includes(status)) {
    return {
      meta,
      warnings:
        status === 'fresh'
          ? []
          : [warning('wb_data_freshness_degraded', { freshness_status: status, sales_age_days: salesAge, stock_oldest_age_days: stockAge, threshold_days: thresholds })],
    };
  }

  const salesMissingOrStale = salesAge === null || salesStale;
  const stockMissingOrStale = stockAge === null || stockStale;
  const staleComponents = [...(salesStale ? ['sales'] : []), ...(stockStale ? ['stock'] : [])];
  const blocker =
    status === 'no_data'
      ? 'no_wb_sales_or_stock_data'
      : status === 'missing_sales_data'
        ? 'no_wb_sales_data'
        : salesStale && stockStale
          ? 'stale_wb_sales_and_stock_data'
          : salesStale
            ? 'stale_wb_sales_data'
            : 'stale_wb_stock_data';
  throw new PlanningCoreError(400, {
    code: 'wb_data_freshness_failed',
    message: `WB data freshness check failed in strict mode (status ${status})`,
    field: 'freshness_mode',
    freshness_mode: input.mode,
    freshness_status: status,
    sales_age_days: salesAge,
    stock_oldest_age_days: stockAge,
    threshold_days: thresholds,
    threshold_source: thresholdSource,
    stale_components: staleComponents,
    blocker,
    next_steps: [...(salesMissingOrStale ? ['run_wb_sales_daily_sync_live'] : []), ...(stockMissingOrStale ? ['run_wb_stock_sync_live'] : [])],
    allowed_statuses: [...ALLOWED],
  });
}
