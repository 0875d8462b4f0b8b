import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures } from './analytics-fixtures';

/* GET /api/v1/planning/article-dashboard/{article_id} (02 §3.9, §4.11, examples 59–63, W-INC-11). */
describe('Planning article dashboard', () => {
  const day = '2025-01-31';
  let t: TestApp;
  let seed: AnalyticsFixtures;
  const dashboard = (articleId: number | string, query: Record<string, string> = { target_date: day }) =>
    t.http.get(`/api/v1/planning/article-dashboard/${articleId}`).query(query);

  beforeAll(async () => {
    t = await createTestApp();
    seed = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  /** Example 57's article: strictness 1.5, 9 singles, a bundle type without bundle sales, 10 sold on the evaluation date. */
  async function example57(code: string) {
    const article = await seed.article(code);
    const color = await seed.color(`${code}-C`);
    const size = await seed.size(`${code}-S`, 1);
    const sku = await seed.sku(article, color, size);
    await seed.balance(sku, await seed.warehouse(`${code}-WH`, 'internal'), 9);
    await seed.planningSettings(article, { strictness: 1.5 });
    await seed.mapping(article, `${code}-W`);
    await seed.sale(`${code}-W`, day, 10);
    const bundleType = await seed.bundleType(`${code}-BT`, `${code} bundle`);
    await seed.recipe(article, bundleType, [color]);
    return { article, color, size, bundleType };
  }

  it('examples 59 and 63: risk, order and health blocks of one article', async () => {
    const { article, color, bundleType } = await example57('DASH');
    const res = await dashboard(article).expect(200);
    expect(res.body).toMatchObject({ article_id: article, article_code: 'DASH', bundle_type_id: bundleType, bundle_type_name: 'DASH bundle' });
    expect(res.body.risk).toMatchObject({
      article_id: article,
      bundle_type_id: bundleType,
      risk_level: 'overstock',
      total_available_bundles: 9,
      days_of_cover: null,
      safety_stock_days: 0,
      alert_threshold_days: 0,
      overstock_threshold_days: 0,
    });
    expect(res.body.risk.explanation).toContain('status=overstock');
    expect(res.body.order.article_code).toBe('DASH');
    expect(res.body.order.reasons).toHaveLength(1);
    expect(res.body.order.reasons[0]).toMatchObject({ color_id: color, final_order_qty: 900, limiting_constraint: 'strictness', base_deficit: 600 });
    expect(res.body.health).toMatchObject({ article_id: article, worst_risk_level: 'overstock', total_final_order_qty: 900, dominant_limiting_constraint: 'strictness' });
  });

  it('W-INC-11: the risk block is the most severe entry, even behind a lower bundle type id', async () => {
    const { article, color, size, bundleType: overstocked } = await example57('WORST');
    await t.db.query('UPDATE planning_settings SET safety_stock_days = 7, alert_threshold_days = 14 WHERE article_id = $1', [article]);
    const warning = await seed.bundleType('WORST-WARN', 'warning bundle');
    await seed.recipe(article, warning, [color]);
    await seed.mapping(article, 'WORST-WARN-W', warning, size);
    // 9 bundles selling 0.8 a day (8 over 10 days): 11.25 days of cover, warning.
    await seed.dailySales('WORST-WARN-W', '2025-01-01', 8, 1);
    await seed.sale('WORST-WARN-W', '2025-01-10', 0);
    expect(overstocked).toBeLessThan(warning);

    const res = await dashboard(article).expect(200);
    expect(res.body).toMatchObject({ bundle_type_id: warning, bundle_type_name: 'warning bundle' });
    expect(res.body.risk).toMatchObject({ bundle_type_id: warning, risk_level: 'warning', days_of_cover: 11.25 });
    expect(res.body.health).toMatchObject({ worst_risk_bundle_type_id: warning, has_warning: true, has_critical: false });
  });

  it('example 61: an existing article without settings or recipes', async () => {
    const article = await seed.article('BARE');
    expect((await dashboard(article).expect(200)).body).toEqual({
      article_id: article,
      article_code: 'BARE',
      bundle_type_id: null,
      bundle_type_name: null,
      risk: null,
      order: { article_id: article, article_code: 'BARE', reasons: [] },
      health: {
        article_id: article,
        article_code: 'BARE',
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
    });
  });

  it('an inactive article is shown when named', async () => {
    const { article } = await example57('SLEEP');
    await t.db.query('UPDATE planning_settings SET is_active = false WHERE article_id = $1', [article]);
    const res = await dashboard(article).expect(200);
    expect(res.body.risk.risk_level).toBe('overstock');
    expect(res.body.order.reasons).toEqual([]);
  });

  it('example 62: unknown article 404 without computing anything; 0, negative or non-integer ids 422', async () => {
    const { article } = await example57('KNOWN');
    const full = await countStatements(() => dashboard(article).expect(200));
    const { result, statements } = await countStatements(() => dashboard(999).expect(404));
    expect(result.body).toEqual({ detail: 'Article not found' });
    // Transaction control plus the one existence check; nothing of the computation runs.
    expect(statements).toBeLessThanOrEqual(5);
    expect(statements).toBeLessThan(full.statements / 2);
    expect((await dashboard('99999999999').expect(404)).body).toEqual({ detail: 'Article not found' });

    for (const bad of ['0', '-3', 'abc', '1.5']) {
      const res = await dashboard(bad).expect(422);
      expect(res.body.detail).toHaveLength(1);
      expect(res.body.detail[0].loc).toEqual(['path', 'article_id']);
    }
    const date = await dashboard(1, { target_date: '31.01.2025' }).expect(422);
    expect(date.body.detail[0].loc).toEqual(['query', 'target_date']);
  });

  it('target_date is the evaluation date of the order block', async () => {
    const { article } = await example57('DATED');
    expect((await dashboard(article).expect(200)).body.health.total_final_order_qty).toBe(900);
    const later = await dashboard(article, { target_date: '2025-06-30' }).expect(200);
    expect(later.body.order.reasons).toEqual([]);
    expect(later.body.health.total_final_order_qty).toBe(0);
  });
});
