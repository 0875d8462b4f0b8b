import { ReplenishmentRequest } from '../application/replenishment-proposal.service';
import { DashboardRow } from '../domain/online-dashboard';
import { ReplenishmentItem } from '../domain/replenishment';
import { WbManagerSkuStats } from './dto/online-dashboard.response';
import { WbReplenishmentRequest } from './dto/replenishment.request';
import { WbReplenishmentItem } from './dto/replenishment.response';

/** The request with the original's defaults (§3.5) for absent fields. */
export function toReplenishmentRequest(body: WbReplenishmentRequest): ReplenishmentRequest {
  return {
    targetDate: body.target_date,
    wbArrivalDate: body.wb_arrival_date,
    targetCoverageDays: body.target_coverage_days ?? 30,
    minCoverageDays: body.min_coverage_days ?? 7,
    strategy: body.replenishment_strategy ?? 'normal',
    zeroSalesPolicy: body.zero_sales_policy ?? 'ignore',
    maxCoverageDaysAfter: body.max_coverage_days_after ?? 60,
    maxReplenishmentPerArticle: body.max_replenishment_per_article ?? null,
    articleIds: body.article_ids ?? null,
    explanation: body.explanation ?? true,
  };
}

export function toSkuStats(row: DashboardRow): WbManagerSkuStats {
  return {
    article_id: row.articleId,
    article_code: row.articleCode,
    color_id: row.colorId,
    color_inner_code: row.colorInnerCode,
    size_id: row.sizeId,
    size_label: row.sizeLabel,
    wb_sku: row.wbSku,
    wb_stock_total: row.wbStockTotal,
    wb_stock_by_warehouse: row.wbStockByWarehouse.map((entry) => ({
      warehouse_id: entry.warehouseId,
      warehouse_name: entry.warehouseName,
      stock_qty: entry.stockQty,
    })),
    observation_window_days: row.observationWindowDays,
    sales_1d: row.sales1d,
    sales_7d: row.sales7d,
    sales_30d: row.sales30d,
    avg_daily_sales_30d: row.avgDailySales30d,
    forecast_7d: row.forecast7d,
    forecast_30d: row.forecast30d,
    coverage_days: row.coverageDays,
    oos_risk_level: row.oosRiskLevel,
    explanation: row.explanation,
  };
}

export function toReplenishmentItem(item: ReplenishmentItem): WbReplenishmentItem {
  return {
    article_id: item.articleId,
    article_code: item.articleCode,
    color_id: item.colorId,
    color_inner_code: item.colorInnerCode,
    size_id: item.sizeId,
    size_label: item.sizeLabel,
    wb_sku: item.wbSku,
    wb_stock_total: item.wbStockTotal,
    avg_daily_sales_30d: item.avgDailySales30d,
    coverage_days_current: item.coverageDaysCurrent,
    days_until_arrival: item.daysUntilArrival,
    target_coverage_days: item.targetCoverageDays,
    projected_stock_at_arrival: item.projectedStockAtArrival,
    projected_coverage_at_arrival: item.projectedCoverageAtArrival,
    recommended_qty: item.recommendedQty,
    coverage_after_transfer: item.coverageAfterTransfer,
    nsk_stock_available: item.nskStockAvailable,
    nsk_stock_after_transfer: item.nskStockAfterTransfer,
    oos_risk_before: item.oosRiskBefore,
    oos_risk_after: item.oosRiskAfter,
    limited_by_nsk_stock: item.limitedByNskStock,
    limited_by_max_coverage: item.limitedByMaxCoverage,
    ignored_due_to_zero_sales: item.ignoredDueToZeroSales,
    below_min_coverage_threshold: item.belowMinCoverageThreshold,
    article_total_deficit: item.articleTotalDeficit,
    article_total_recommended: item.articleTotalRecommended,
    explanation: item.explanation,
  };
}
