import { DashboardRow } from './online-dashboard';
import { compareProducts, truncDiv } from './exact-arithmetic';
import { averageDailySales, coverageBelow, coverageDays, OBSERVATION_WINDOW_DAYS, OosRisk, oosRisk } from './sales-window';
import { replenishmentExplanation } from './replenishment-explanation';
import { coverageFactorTenths, ReplenishmentParameters } from './replenishment-parameters';

export * from './replenishment-parameters';

/** A dashboard row with the SKU unit's own-warehouse (NSC) stock. */
export interface ReplenishmentInput extends DashboardRow {
  nscStock: number;
}

export interface ReplenishmentItem {
  articleId: number;
  articleCode: string;
  colorId: number;
  colorInnerCode: string;
  sizeId: number;
  sizeLabel: string;
  wbSku: string | null;
  wbStockTotal: number;
  avgDailySales30d: number;
  coverageDaysCurrent: number;
  daysUntilArrival: number;
  targetCoverageDays: number;
  projectedStockAtArrival: number;
  projectedCoverageAtArrival: number;
  recommendedQty: number;
  coverageAfterTransfer: number;
  nskStockAvailable: number;
  nskStockAfterTransfer: number;
  oosRiskBefore: OosRisk;
  oosRiskAfter: OosRisk;
  limitedByNskStock: boolean;
  limitedByMaxCoverage: boolean;
  ignoredDueToZeroSales: boolean;
  belowMinCoverageThreshold: boolean;
  articleTotalDeficit: number;
  articleTotalRecommended: number;
  explanation: string | null;
}

/** First-pass figures of one row, before the article cap. */
export interface RowPlan {
  row: ReplenishmentInput;
  projectedStock: number;
  baseRequired: number;
  recommended: number;
  limitedByNsc: boolean;
  limitedByCoverage: boolean;
  ignoredForZeroSales: boolean;
}

/**
 * The replenishment proposal (§5.3) over dashboard rows, in their order. Each `trunc` of the
 * original is evaluated exactly on `sales_30d` (the average is `sales_30d / 30`), the stocks,
 * the day counts and the strategy factor in tenths.
 */
export function computeReplenishment(rows: ReplenishmentInput[], parameters: ReplenishmentParameters): ReplenishmentItem[] {
  const plans = rows.map((row) => planRow(row, parameters));
  if (parameters.maxReplenishmentPerArticle !== null) applyArticleCap(plans, parameters.maxReplenishmentPerArticle);
  const deficits = sumByArticle(plans, (plan) => plan.baseRequired);
  const recommended = sumByArticle(plans, (plan) => plan.recommended);
  return plans.map((plan) => toItem(plan, parameters, deficits.get(plan.row.articleId)!, recommended.get(plan.row.articleId)!));
}

function planRow(row: ReplenishmentInput, parameters: ReplenishmentParameters): RowPlan {
  // Net negative sales count as no sales, as the average does.
  const sales30d = Math.max(row.sales30d, 0);
  const stock = row.wbStockTotal;
  const window = OBSERVATION_WINDOW_DAYS;
  const projectedStock = Math.max(stock - truncDiv(sales30d * parameters.daysUntilArrival, window), 0);
  // A × target × F − P  =  (sales_30d × target × F₁₀ − 300 P) / 300
  const scale = window * 10;
  const required = BigInt(sales30d) * BigInt(parameters.targetCoverageDays) * BigInt(coverageFactorTenths(parameters.strategy));
  const baseRequired = Math.max(truncDiv(required - BigInt(scale) * BigInt(projectedStock), scale), 0);

  let recommended = baseRequired;
  let ignoredForZeroSales = false;
  if (sales30d === 0) {
    recommended = 0;
    ignoredForZeroSales = parameters.zeroSalesPolicy === 'ignore';
  }

  let limitedByNsc = false;
  if (row.nscStock <= 0) {
    // The original leaves the flag false when there is no NSC stock at all (W8).
    recommended = 0;
  } else if (recommended > row.nscStock) {
    recommended = row.nscStock;
    limitedByNsc = true;
  }

  let limitedByCoverage = false;
  const maxAfter = parameters.maxCoverageDaysAfter;
  if (sales30d > 0 && recommended > 0 && compareProducts(projectedStock + recommended, window, maxAfter, sales30d) > 0) {
    const allowed = Math.max(truncDiv(BigInt(sales30d) * BigInt(maxAfter) - BigInt(window) * BigInt(projectedStock), window), 0);
    if (allowed < recommended) {
      recommended = allowed;
      limitedByCoverage = true;
    }
  }

  return { row, projectedStock, baseRequired, recommended: Math.max(recommended, 0), limitedByNsc, limitedByCoverage, ignoredForZeroSales };
}

/** Scales an article's rows down proportionally when their sum exceeds the cap; the coverage flag is reused (W8). */
function applyArticleCap(plans: RowPlan[], cap: number): void {
  const totals = sumByArticle(plans, (plan) => plan.recommended);
  for (const plan of plans) {
    const total = totals.get(plan.row.articleId)!;
    if (total <= cap || total <= 0) continue;
    const scaled = truncDiv(BigInt(plan.recommended) * BigInt(cap), total);
    if (scaled < plan.recommended) {
      plan.recommended = scaled;
      plan.limitedByCoverage = true;
    }
  }
}

function toItem(plan: RowPlan, parameters: ReplenishmentParameters, articleTotalDeficit: number, articleTotalRecommended: number): ReplenishmentItem {
  const { row, projectedStock, recommended } = plan;
  const sales30d = Math.max(row.sales30d, 0);
  const avg = averageDailySales(sales30d);
  const coverageCurrent = coverageDays(row.wbStockTotal, sales30d);
  const stockAfter = projectedStock + recommended;
  const item: ReplenishmentItem = {
    articleId: row.articleId,
    articleCode: row.articleCode,
    colorId: row.colorId,
    colorInnerCode: row.colorInnerCode,
    sizeId: row.sizeId,
    sizeLabel: row.sizeLabel,
    wbSku: row.wbSku,
    wbStockTotal: row.wbStockTotal,
    avgDailySales30d: avg,
    coverageDaysCurrent: coverageCurrent,
    daysUntilArrival: parameters.daysUntilArrival,
    targetCoverageDays: parameters.targetCoverageDays,
    projectedStockAtArrival: projectedStock,
    projectedCoverageAtArrival: avg > 0 ? projectedStock / avg : coverageCurrent,
    recommendedQty: recommended,
    coverageAfterTransfer: avg > 0 ? stockAfter / avg : coverageCurrent,
    nskStockAvailable: row.nscStock,
    nskStockAfterTransfer: Math.max(row.nscStock - recommended, 0),
    oosRiskBefore: oosRisk(row.wbStockTotal, sales30d),
    oosRiskAfter: oosRisk(stockAfter, sales30d),
    limitedByNskStock: plan.limitedByNsc,
    limitedByMaxCoverage: plan.limitedByCoverage,
    ignoredDueToZeroSales: plan.ignoredForZeroSales,
    belowMinCoverageThreshold: coverageBelow(row.wbStockTotal, sales30d, parameters.minCoverageDays),
    articleTotalDeficit,
    articleTotalRecommended,
    explanation: null,
  };
  if (parameters.explanation) item.explanation = replenishmentExplanation(plan, item, parameters);
  return item;
}

function sumByArticle(plans: RowPlan[], value: (plan: RowPlan) => number): Map<number, number> {
  const sums = new Map<number, number>();
  for (const plan of plans) sums.set(plan.row.articleId, (sums.get(plan.row.articleId) ?? 0) + value(plan));
  return sums;
}
