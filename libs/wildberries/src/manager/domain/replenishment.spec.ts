import { DashboardRow } from './online-dashboard';
import { computeReplenishment, ReplenishmentInput, ReplenishmentParameters } from './replenishment';

const DEFAULTS: ReplenishmentParameters = {
  targetCoverageDays: 30,
  minCoverageDays: 7,
  strategy: 'normal',
  zeroSalesPolicy: 'ignore',
  maxCoverageDaysAfter: 60,
  maxReplenishmentPerArticle: null,
  daysUntilArrival: 0,
  explanation: true,
};

/** A SKU unit row with just the figures the proposal reads. */
function row(figures: { articleId?: number; skuUnitId?: number; sales30d: number; wbStock: number; nsc: number }): ReplenishmentInput {
  const base: Partial<DashboardRow> = {
    skuUnitId: figures.skuUnitId ?? 1,
    articleId: figures.articleId ?? 1,
    articleCode: 'A',
    colorId: 1,
    colorInnerCode: 'C',
    sizeId: 1,
    sizeLabel: 'S',
    wbSku: 'WB-A',
    wbStockTotal: figures.wbStock,
    sales30d: figures.sales30d,
  };
  return { ...(base as DashboardRow), nscStock: figures.nsc };
}

const propose = (rows: ReplenishmentInput[], parameters: Partial<ReplenishmentParameters> = {}) =>
  computeReplenishment(rows, { ...DEFAULTS, ...parameters });

describe('replenishment proposal (04 §5.3)', () => {
  it('normal strategy: 1.0/day × 30 × 0.8 − 10 in stock = 14', () => {
    const [item] = propose([row({ sales30d: 30, wbStock: 10, nsc: 100 })]);
    expect(item).toMatchObject({ recommendedQty: 14, coverageAfterTransfer: 24, nskStockAfterTransfer: 86, articleTotalDeficit: 14 });
  });

  it('projection truncates exactly: 21 sales over 90 days in transit use up 63 units, not 62', () => {
    const [item] = propose([row({ sales30d: 21, wbStock: 100, nsc: 1000 })], { daysUntilArrival: 90 });
    expect(item.projectedStockAtArrival).toBe(37);
  });

  it('requirement truncates exactly: 0.7/day × 90 days × 1.0 − 37 = 26', () => {
    const [item] = propose([row({ sales30d: 21, wbStock: 100, nsc: 1000 })], {
      daysUntilArrival: 90,
      targetCoverageDays: 90,
      strategy: 'aggressive',
      maxCoverageDaysAfter: 90,
    });
    expect(item.recommendedQty).toBe(26);
    expect(item.limitedByMaxCoverage).toBe(false);
  });

  it('NSC stock limits the recommendation and raises its flag', () => {
    const [item] = propose([row({ sales30d: 150, wbStock: 0, nsc: 10 })], { strategy: 'aggressive', targetCoverageDays: 60 });
    expect(item).toMatchObject({ recommendedQty: 10, limitedByNskStock: true, articleTotalDeficit: 300, articleTotalRecommended: 10 });
  });

  it('no NSC stock gives nothing and leaves the NSC flag false, as the original', () => {
    const [item] = propose([row({ sales30d: 30, wbStock: 0, nsc: -3 })]);
    expect(item).toMatchObject({ recommendedQty: 0, limitedByNskStock: false, nskStockAfterTransfer: 0, articleTotalDeficit: 24 });
  });

  it('the coverage cap allows exactly up to max_coverage_days_after', () => {
    const [item] = propose([row({ sales30d: 30, wbStock: 0, nsc: 10000 })], {
      strategy: 'aggressive',
      targetCoverageDays: 120,
      maxCoverageDaysAfter: 30,
    });
    expect(item).toMatchObject({ recommendedQty: 30, limitedByMaxCoverage: true, coverageAfterTransfer: 30 });
  });

  it('the article cap scales each row by cap / total, truncated', () => {
    const rows = [row({ skuUnitId: 1, sales30d: 30, wbStock: 0, nsc: 100 }), row({ skuUnitId: 2, sales30d: 30, wbStock: 0, nsc: 100 })];
    const items = propose(rows, { strategy: 'aggressive', maxReplenishmentPerArticle: 45 });
    expect(items.map((item) => [item.recommendedQty, item.limitedByMaxCoverage, item.articleTotalDeficit, item.articleTotalRecommended])).toEqual([
      [22, true, 60, 44],
      [22, true, 60, 44],
    ]);
  });

  it('article totals are per article', () => {
    const items = propose([row({ articleId: 1, sales30d: 30, wbStock: 0, nsc: 100 }), row({ articleId: 2, sales30d: 60, wbStock: 0, nsc: 100 })]);
    expect(items.map((item) => item.articleTotalRecommended)).toEqual([24, 48]);
  });

  it.each([
    ['ignore', true],
    ['keep', false],
    ['light', false],
  ] as const)('zero sales with policy %s: nothing, ignored flag %s', (policy, ignored) => {
    const [item] = propose([row({ sales30d: 0, wbStock: 10, nsc: 100 })], { zeroSalesPolicy: policy });
    expect(item).toMatchObject({ recommendedQty: 0, ignoredDueToZeroSales: ignored, coverageDaysCurrent: 9999, coverageAfterTransfer: 9999 });
  });

  it('net negative sales count as no sales', () => {
    const [item] = propose([row({ sales30d: -4, wbStock: 0, nsc: 100 })]);
    expect(item).toMatchObject({ avgDailySales30d: 0, recommendedQty: 0, oosRiskBefore: 'green', coverageDaysCurrent: 0 });
  });

  it('explanations follow the request: segments when asked, null otherwise', () => {
    const [explained] = propose([row({ sales30d: 150, wbStock: 0, nsc: 10 })]);
    expect(explained.explanation).toMatch(/^Base: sales_30d=150.*Strategy: normal.*coverage_factor=0\.80.*Limited by NSC stock.*Result: recommended_qty=10/);
    const [silent] = propose([row({ sales30d: 150, wbStock: 0, nsc: 10 })], { explanation: false });
    expect(silent.explanation).toBeNull();
  });
});
