import type { ReplenishmentItem, RowPlan } from './replenishment';
import { coverageFactorTenths, ReplenishmentParameters } from './replenishment-parameters';

/** The proposal's per-row explanation: its segments in the order §5.3 lists them. */
export function replenishmentExplanation(plan: RowPlan, item: ReplenishmentItem, parameters: ReplenishmentParameters): string {
  const segments = [
    `Base: sales_30d=${plan.row.sales30d}, avg_daily_sales_30d=${item.avgDailySales30d.toFixed(3)}, ` +
      `wb_stock_total=${item.wbStockTotal}, coverage_current=${item.coverageDaysCurrent.toFixed(1)}, ` +
      `projected_stock_at_arrival=${item.projectedStockAtArrival}.`,
    `Strategy: ${parameters.strategy}, target_coverage_days=${parameters.targetCoverageDays}, ` +
      `coverage_factor=${(coverageFactorTenths(parameters.strategy) / 10).toFixed(2)}, base_required=${plan.baseRequired}.`,
  ];
  if (item.limitedByNskStock) segments.push(`Limited by NSC stock: only ${item.nskStockAvailable} available.`);
  if (item.limitedByMaxCoverage) {
    segments.push(`Limited by max_coverage_days_after=${parameters.maxCoverageDaysAfter} or the per-article cap.`);
  }
  if (item.ignoredDueToZeroSales) segments.push('Excluded by zero_sales_policy=ignore: no sales in the window.');
  segments.push(
    `Result: recommended_qty=${item.recommendedQty}, coverage_after_transfer=${item.coverageAfterTransfer.toFixed(1)}, ` +
      `nsk_stock_after_transfer=${item.nskStockAfterTransfer}, oos_risk_before=${item.oosRiskBefore}, oos_risk_after=${item.oosRiskAfter}.`,
  );
  return segments.join(' ');
}
