import { BundleCoverage } from '../../analytics';
import { bundleRiskEntry, withoutCapacityFromSingles } from './bundle-risk';
import { riskThresholds } from './risk-level';

const article = { articleId: 3, articleCode: 'ART-3' };

function coverage(overrides: Partial<BundleCoverage> = {}): BundleCoverage {
  return {
    bundleTypeId: 5,
    bundleTypeName: '4pack',
    avgDailySales: 2,
    salesWindow: { unitsSold: 20, days: 10, perDay: 2 },
    wbReadyBundles: 3,
    nscReadyBundles: 0,
    potentialBundlesFromSingles: 5,
    totalAvailableBundles: 8,
    daysOfCover: 4,
    observationWindowDays: 30,
    ...overrides,
  };
}

describe('bundle risk entry (02 §3.6)', () => {
  it('copies the coverage figures unchanged and adds the thresholds, level and trace', () => {
    expect(bundleRiskEntry(article, coverage(), riskThresholds(undefined), true)).toEqual({
      articleId: 3,
      articleCode: 'ART-3',
      bundleTypeId: 5,
      bundleTypeName: '4pack',
      avgDailySales: 2,
      totalAvailableBundles: 8,
      daysOfCover: 4,
      riskLevel: 'critical',
      safetyStockDays: 7,
      alertThresholdDays: 14,
      overstockThresholdDays: 42,
      explanation:
        'avg_daily_sales=2.00, total_available_bundles=8, days_of_cover=4.00, safety_stock_days=7, ' +
        'alert_threshold_days=14, overstock_threshold_days=42 -> status=critical',
    });
  });

  it('example 35: no sales shows avg 0 and null days of cover, classified overstock', () => {
    const entry = bundleRiskEntry(
      article,
      coverage({ avgDailySales: 0, salesWindow: { unitsSold: 0, days: 0, perDay: 0 }, totalAvailableBundles: 50, daysOfCover: null }),
      riskThresholds({ safetyStockDays: 7, alertThresholdDays: 14 }),
      true,
    );
    expect([entry.avgDailySales, entry.daysOfCover, entry.riskLevel]).toEqual([0, null, 'overstock']);
    expect(entry.explanation).toContain('days_of_cover=null');
    expect(entry.explanation).toContain('-> status=overstock');
  });

  it('builds no text when none is asked for', () => {
    expect(bundleRiskEntry(article, coverage(), riskThresholds(undefined), false).explanation).toBeNull();
  });
});

describe('capacity of a recipe whose bundle type is missing (W-BUG-6)', () => {
  it('counts 0: the total is the ready bundles and days of cover follow', () => {
    const adjusted = withoutCapacityFromSingles(coverage());
    expect([adjusted.potentialBundlesFromSingles, adjusted.totalAvailableBundles, adjusted.daysOfCover]).toEqual([0, 3, 1.5]);
  });

  it('keeps days of cover 0 without stock and null without sales', () => {
    expect(withoutCapacityFromSingles(coverage({ wbReadyBundles: 0 })).daysOfCover).toBe(0);
    expect(withoutCapacityFromSingles(coverage({ avgDailySales: 0 })).daysOfCover).toBeNull();
  });
});
