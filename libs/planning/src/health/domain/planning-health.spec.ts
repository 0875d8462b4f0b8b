import {
  buildArticleDashboard,
  buildHealthPortfolio,
  dominantLimitingConstraint,
  HealthOrderInput,
  HealthRiskInput,
  HealthRiskLevel,
} from './planning-health';

const risk = (overrides: Partial<HealthRiskInput> & { riskLevel: HealthRiskLevel; bundleTypeId: number }): HealthRiskInput => ({
  articleId: 1,
  articleCode: 'ART-1',
  bundleTypeName: `BT-${overrides.bundleTypeId}`,
  daysOfCover: null,
  avgDailySales: 0,
  totalAvailableBundles: 0,
  ...overrides,
});

const order = (reasons: Array<[number, string | null]>, articleId = 1, code = 'ART-1'): HealthOrderInput => ({
  article_id: articleId,
  article_code: code,
  reasons: reasons.map(([final_order_qty, limiting_constraint]) => ({ final_order_qty, limiting_constraint })),
});

describe('planning health portfolio (02 §5.7)', () => {
  it('53: one warning entry and one strictness reason make one full summary', () => {
    const entry = risk({ riskLevel: 'warning', bundleTypeId: 10, avgDailySales: 2.5, totalAvailableBundles: 50, daysOfCover: 20 });
    expect(buildHealthPortfolio([entry], [order([[30, 'strictness']])])).toEqual([
      {
        articleId: 1,
        articleCode: 'ART-1',
        worstRiskLevel: 'warning',
        worstRiskBundleTypeId: 10,
        worstRiskBundleTypeName: 'BT-10',
        daysOfCover: 20,
        avgDailySales: 2.5,
        totalAvailableBundles: 50,
        totalFinalOrderQty: 30,
        dominantLimitingConstraint: 'strictness',
        hasCritical: false,
        hasWarning: true,
      },
    ]);
  });

  it('54: the critical entry is the worst; no reasons give total 0 and no dominant constraint', () => {
    const entries = [
      risk({ riskLevel: 'ok', bundleTypeId: 1, daysOfCover: 10 }),
      risk({ riskLevel: 'warning', bundleTypeId: 2, daysOfCover: 5 }),
      risk({ riskLevel: 'critical', bundleTypeId: 3, daysOfCover: 3 }),
    ];
    const [summary] = buildHealthPortfolio(entries, [order([])]);
    expect(summary).toMatchObject({
      worstRiskLevel: 'critical',
      worstRiskBundleTypeId: 3,
      daysOfCover: 3,
      hasCritical: true,
      hasWarning: true,
      totalFinalOrderQty: 0,
      dominantLimitingConstraint: null,
    });
  });

  it('severity ranks critical > warning > ok > overstock > no_data; ties keep the first entry', () => {
    const worstOf = (levels: HealthRiskLevel[]) =>
      buildHealthPortfolio(levels.map((level, index) => risk({ riskLevel: level, bundleTypeId: index + 1 })), [])[0].worstRiskBundleTypeId;
    expect(worstOf(['no_data', 'overstock'])).toBe(2);
    expect(worstOf(['overstock', 'ok'])).toBe(2);
    expect(worstOf(['ok', 'warning'])).toBe(2);
    expect(worstOf(['warning', 'critical'])).toBe(2);
    expect(worstOf(['ok', 'ok'])).toBe(1);
    expect(worstOf(['critical', 'warning', 'critical'])).toBe(1);
  });

  it('55: counts reasons per constraint and sums the final quantities', () => {
    const [summary] = buildHealthPortfolio([], [order([[10, 'fabric_min_batch'], [5, 'fabric_min_batch'], [3, 'none'], [2, 'elastic_min_batch']])]);
    expect(summary.totalFinalOrderQty).toBe(20);
    expect(summary.dominantLimitingConstraint).toBe('fabric_min_batch');
  });

  it('55: only "none" reasons give "none"; a tie goes to the constraint seen first', () => {
    expect(dominantLimitingConstraint(['none', 'none'])).toBe('none');
    expect(dominantLimitingConstraint(['elastic_min_batch', 'fabric_min_batch'])).toBe('elastic_min_batch');
    expect(dominantLimitingConstraint(['none', 'none', 'color_min_batch'])).toBe('color_min_batch');
    expect(dominantLimitingConstraint([null, 'strictness', null])).toBe('strictness');
    expect(dominantLimitingConstraint([null])).toBeNull();
  });

  it('56: an article without risk entries or reasons has null risk fields, false flags, total 0', () => {
    expect(buildHealthPortfolio([], [order([], 7, 'NO-PS')])).toEqual([
      {
        articleId: 7,
        articleCode: 'NO-PS',
        worstRiskLevel: null,
        worstRiskBundleTypeId: null,
        worstRiskBundleTypeName: null,
        daysOfCover: null,
        avgDailySales: null,
        totalAvailableBundles: null,
        totalFinalOrderQty: 0,
        dominantLimitingConstraint: null,
        hasCritical: false,
        hasWarning: false,
      },
    ]);
  });

  it('58: items are the union of both inputs in ascending article id; empty inputs give no items', () => {
    const items = buildHealthPortfolio(
      [risk({ articleId: 9, articleCode: 'NINE', riskLevel: 'ok', bundleTypeId: 1 })],
      [order([], 5, 'FIVE'), order([[4, 'none']], 9, 'NINE-ORDER')],
    );
    expect(items.map((item) => [item.articleId, item.articleCode, item.totalFinalOrderQty])).toEqual([
      [5, 'FIVE', 0],
      [9, 'NINE', 4],
    ]);
    expect(buildHealthPortfolio([], [])).toEqual([]);
  });
});

describe('article dashboard (02 §5.8)', () => {
  it('59: code from the order block, bundle type from the risk block, all blocks present', () => {
    const entry = risk({ articleCode: 'RISK-CODE', riskLevel: 'ok', bundleTypeId: 4 });
    const dashboard = buildArticleDashboard(1, [entry], [order([[12, 'none']], 1, 'ORDER-CODE')]);
    expect(dashboard).toMatchObject({ articleId: 1, articleCode: 'ORDER-CODE', bundleTypeId: 4, bundleTypeName: 'BT-4', risk: entry });
    expect(dashboard?.order?.article_code).toBe('ORDER-CODE');
    expect(dashboard?.health).toMatchObject({ worstRiskLevel: 'ok', totalFinalOrderQty: 12 });
  });

  it('W-INC-11: the risk block is the worst entry, not the lowest bundle type', () => {
    const entries = [risk({ riskLevel: 'ok', bundleTypeId: 1 }), risk({ riskLevel: 'critical', bundleTypeId: 2 })];
    const dashboard = buildArticleDashboard(1, entries, [order([])]);
    expect(dashboard?.risk?.bundleTypeId).toBe(2);
    expect(dashboard?.bundleTypeId).toBe(2);
    expect(dashboard?.health?.worstRiskBundleTypeId).toBe(2);
  });

  it('60: only a risk entry: 200 with order and health null, code and bundle type from the risk entry', () => {
    const entry = risk({ articleCode: 'ONLY-RISK', riskLevel: 'warning', bundleTypeId: 3 });
    const dashboard = buildArticleDashboard(1, [entry], []);
    expect(dashboard).toEqual({
      articleId: 1,
      articleCode: 'ONLY-RISK',
      bundleTypeId: 3,
      bundleTypeName: 'BT-3',
      risk: entry,
      order: null,
      health: null,
    });
  });

  it('61: no risk entries: bundle type null, empty order, empty health', () => {
    const dashboard = buildArticleDashboard(2, [], [order([], 2, 'PLAIN')]);
    expect(dashboard).toMatchObject({ articleId: 2, articleCode: 'PLAIN', bundleTypeId: null, bundleTypeName: null, risk: null });
    expect(dashboard?.order).toEqual({ article_id: 2, article_code: 'PLAIN', reasons: [] });
    expect(dashboard?.health).toMatchObject({ worstRiskLevel: null, totalFinalOrderQty: 0, dominantLimitingConstraint: null, hasCritical: false });
  });

  it('62: nothing about the article gives no dashboard; other articles are ignored', () => {
    expect(buildArticleDashboard(999, [risk({ riskLevel: 'ok', bundleTypeId: 1 })], [order([])])).toBeNull();
  });
});
