import type { ArticleBundleSnapshot, BundleCoverage } from '../../analytics';
import { classifyRisk, RiskLevel, RiskThresholds } from './risk-level';

/** One (article, bundle type) of the bundle-risk portfolio (02 §3.6). */
export interface BundleRiskEntry {
  articleId: number;
  articleCode: string;
  bundleTypeId: number;
  bundleTypeName: string;
  avgDailySales: number;
  totalAvailableBundles: number;
  daysOfCover: number | null;
  riskLevel: RiskLevel;
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
  overstockThresholdDays: number | null;
  /** Null when the caller asked for no texts (internal consumers). */
  explanation: string | null;
}

const fixed2 = (value: number | null): string => (value === null ? 'null' : value.toFixed(2));

function explain(coverage: BundleCoverage, thresholds: RiskThresholds, level: RiskLevel): string {
  return (
    `avg_daily_sales=${fixed2(coverage.avgDailySales)}, total_available_bundles=${coverage.totalAvailableBundles}, ` +
    `days_of_cover=${fixed2(coverage.daysOfCover)}, safety_stock_days=${thresholds.safetyStockDays}, ` +
    `alert_threshold_days=${thresholds.alertThresholdDays}, overstock_threshold_days=${thresholds.overstockThresholdDays} ` +
    `-> status=${level}`
  );
}

export function bundleRiskEntry(
  article: { articleId: number; articleCode: string },
  coverage: BundleCoverage,
  thresholds: RiskThresholds,
  withExplanation: boolean,
): BundleRiskEntry {
  const riskLevel = classifyRisk(
    { totalAvailableBundles: coverage.totalAvailableBundles, unitsSold: coverage.salesWindow.unitsSold, salesDays: coverage.salesWindow.days },
    thresholds,
  );
  return {
    articleId: article.articleId,
    articleCode: article.articleCode,
    bundleTypeId: coverage.bundleTypeId,
    bundleTypeName: coverage.bundleTypeName,
    avgDailySales: coverage.avgDailySales ?? 0,
    totalAvailableBundles: coverage.totalAvailableBundles,
    daysOfCover: coverage.daysOfCover,
    riskLevel,
    safetyStockDays: thresholds.safetyStockDays,
    alertThresholdDays: thresholds.alertThresholdDays,
    overstockThresholdDays: thresholds.overstockThresholdDays,
    explanation: withExplanation ? explain(coverage, thresholds, riskLevel) : null,
  };
}

/**
 * A recipe whose bundle type no longer exists can only come from data written without the foreign
 * keys (W-BUG-6): its capacity from singles counts 0 instead of failing the portfolio.
 */
export function withoutCapacityFromSingles(coverage: BundleCoverage): BundleCoverage {
  const total = coverage.wbReadyBundles + coverage.nscReadyBundles;
  const perDay = coverage.avgDailySales;
  return {
    ...coverage,
    potentialBundlesFromSingles: 0,
    totalAvailableBundles: total,
    daysOfCover: perDay > 0 ? (total > 0 ? total / perDay : 0) : null,
  };
}

/**
 * C7 for one article (02 §4.7): every coverage entry of its snapshot classified, by ascending
 * bundle type id. A recipe type in `missingBundleTypes` counts no capacity from singles (W-BUG-6);
 * `onMissingBundleType` lets the caller log it.
 */
export function articleRiskEntries(
  snapshot: Pick<ArticleBundleSnapshot, 'articleId' | 'articleCode' | 'bundleCoverage'>,
  thresholds: RiskThresholds,
  missingBundleTypes: ReadonlySet<number>,
  withExplanation: boolean,
  onMissingBundleType: (bundleTypeId: number) => void = () => undefined,
): BundleRiskEntry[] {
  return snapshot.bundleCoverage.map((coverage) => {
    if (missingBundleTypes.has(coverage.bundleTypeId)) {
      onMissingBundleType(coverage.bundleTypeId);
      coverage = withoutCapacityFromSingles(coverage);
    }
    return bundleRiskEntry(snapshot, coverage, thresholds, withExplanation);
  });
}
