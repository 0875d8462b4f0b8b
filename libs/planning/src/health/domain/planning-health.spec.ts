import {
  buildArticleDashboard,
  buildHealthPortfolio,
  dominantLimitingConstraint,
  HealthOrderInput,
  HealthRiskInput,
  HealthRiskLevel,
} from './planning-health';

const risk = (overrides: Partial<HealthRiskInput> & { risk_level: HealthRiskLevel; bundle_type_id: number }): HealthRiskInput => ({
  article_id: 1,
  article_code: 'ART-1',
  bundle_type_name: `BT-${overrides.bundle_type_id}`,
  days_of_cover: null,
  avg_daily_sales: 0,
  total_available_bundles: 0,
  ...overrides,
});

const order = (reasons: Array<[number, string | null]>, articleId = 1, code = 'ART-1'): HealthOrderInput => ({
  article_id: articleId,
  article_code: code,
  reasons: reasons.map(([final_order_qty, limiting_constraint]) => ({ final_order_qty, limiting_constraint })),
});

describe('planning health portfolio (02 §5.7)', () => {
  it('53: one warning entry and one strictness reason make one full summary', () => {
    const entry = risk({ risk_level: 'warning', bundle_type_id: 10, avg_daily_sales: 2.5, total_available_bundles: 50, days_of_cover: 20 });
    expect(buildHealthPortfolio([entry], [order([[30, 'strictness']])])).toEqual([
      {
        article_id: 1,
        article_code: 'ART-1',
        worst_risk_level: 'warning',
        worst_risk_bundle_type_id: 10,
        worst_risk_bundle_type_name: 'BT-10',
        days_of_cover: 20,
        avg_daily_sales: 2.5,
        total_available_bundles: 50,
        total_final_order_qty: 30,
        dominant_limiting_constraint: 'strictness',
        has_critical: false,
        has_warning: true,
      },
    ]);
  });

  it('54: the critical entry is the worst; no reasons give total 0 and no dominant constraint', () => {
    const entries = [
      risk({ risk_level: 'ok', bundle_type_id: 1, days_of_cover: 10 }),
      risk({ risk_level: 'warning', bundle_type_id: 2, days_of_cover: 5 }),
      risk({ risk_level: 'critical', bundle_type_id: 3, days_of_cover: 3 }),
    ];
    const [summary] = buildHealthPortfolio(entries, [order([])]);
    expect(summary).toMatchObject({
      worst_risk_level: 'critical',
      worst_risk_bundle_type_id: 3,
      days_of_cover: 3,
      has_critical: true,
      has_warning: true,
      total_final_order_qty: 0,
      dominant_limiting_constraint: null,
    });
  });

  it('severity ranks critical > warning > ok > overstock > no_data; ties keep the first entry', () => {
    const worstOf = (levels: HealthRiskLevel[]) =>
      buildHealthPortfolio(levels.map((level, index) => risk({ risk_level: level, bundle_type_id: index + 1 })), [])[0].worst_risk_bundle_type_id;
    expect(worstOf(['no_data', 'overstock'])).toBe(2);
    expect(worstOf(['overstock', 'ok'])).toBe(2);
    expect(worstOf(['ok', 'warning'])).toBe(2);
    expect(worstOf(['warning', 'critical'])).toBe(2);
    expect(worstOf(['ok', 'ok'])).toBe(1);
    expect(worstOf(['critical', 'warning', 'critical'])).toBe(1);
  });

  it('55: counts reasons per constraint and sums the final quantities', () => {
    const [summary] = buildHealthPortfolio([], [order([[10, 'fabric_min_batch'], [5, 'fabric_min_batch'], [3, 'none'], [2, 'elastic_min_batch']])]);
    expect(summary.total_final_order_qty).toBe(20);
    expect(summary.dominant_limiting_constraint).toBe('fabric_min_batch');
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
        article_id: 7,
        article_code: 'NO-PS',
        worst_risk_level: null,
        worst_risk_bundle_type_id: null,
        worst_risk_bundle_type_name: null,
        days_of_cover: null,
        avg_daily_sales: null,
        total_available_bundles: null,
        total_final_order_qty: 0,
        dominant_limiting_constraint: null,
        has_critical: false,
        has_warning: false,
      },
    ]);
  });

  it('58: items are the union of both inputs in ascending article id; empty inputs give no items', () => {
    const items = buildHealthPortfolio(
      [risk({ article_id: 9, article_code: 'NINE', risk_level: 'ok', bundle_type_id: 1 })],
      [order([], 5, 'FIVE'), order([[4, 'none']], 9, 'NINE-ORDER')],
    );
    expect(items.map((item) => [item.article_id, item.article_code, item.total_final_order_qty])).toEqual([
      [5, 'FIVE', 0],
      [9, 'NINE', 4],
    ]);
    expect(buildHealthPortfolio([], [])).toEqual([]);
  });
});

describe('article dashboard (02 §5.8)', () => {
  it('59: code from the order block, bundle type from the risk block, all blocks present', () => {
    const entry = risk({ article_code: 'RISK-CODE', risk_level: 'ok', bundle_type_id: 4 });
    const dashboard = buildArticleDashboard(1, [entry], [order([[12, 'none']], 1, 'ORDER-CODE')]);
    expect(dashboard).toMatchObject({ article_id: 1, article_code: 'ORDER-CODE', bundle_type_id: 4, bundle_type_name: 'BT-4', risk: entry });
    expect(dashboard?.order?.article_code).toBe('ORDER-CODE');
    expect(dashboard?.health).toMatchObject({ worst_risk_level: 'ok', total_final_order_qty: 12 });
  });

  it('W-INC-11: the risk block is the worst entry, not the lowest bundle type', () => {
    const entries = [risk({ risk_level: 'ok', bundle_type_id: 1 }), risk({ risk_level: 'critical', bundle_type_id: 2 })];
    const dashboard = buildArticleDashboard(1, entries, [order([])]);
    expect(dashboard?.risk?.bundle_type_id).toBe(2);
    expect(dashboard?.bundle_type_id).toBe(2);
    expect(dashboard?.health?.worst_risk_bundle_type_id).toBe(2);
  });

  it('60: only a risk entry: order null, code and bundle type from the risk entry', () => {
    const dashboard = buildArticleDashboard(1, [risk({ article_code: 'ONLY-RISK', risk_level: 'warning', bundle_type_id: 3 })], []);
    expect(dashboard).toMatchObject({ article_code: 'ONLY-RISK', bundle_type_id: 3, bundle_type_name: 'BT-3', order: null });
  });

  it('61: no risk entries: bundle type null, empty order, empty health', () => {
    const dashboard = buildArticleDashboard(2, [], [order([], 2, 'PLAIN')]);
    expect(dashboard).toMatchObject({ article_id: 2, article_code: 'PLAIN', bundle_type_id: null, bundle_type_name: null, risk: null });
    expect(dashboard?.order).toEqual({ article_id: 2, article_code: 'PLAIN', reasons: [] });
    expect(dashboard?.health).toMatchObject({ worst_risk_level: null, total_final_order_qty: 0, dominant_limiting_constraint: null, has_critical: false });
  });

  it('62: nothing about the article gives no dashboard; other articles are ignored', () => {
    expect(buildArticleDashboard(999, [risk({ risk_level: 'ok', bundle_type_id: 1 })], [order([])])).toBeNull();
  });
});
