import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures } from './analytics-fixtures';

/* GET /api/v1/planning/health-portfolio (02 §3.8, §4.10, examples 53–58 end to end). */
describe('Planning health portfolio', () => {
  // Far from UTC, so "today" in the business zone differs from the UTC date for half of the day.
  const zone = 'Pacific/Kiritimati';
  const day = '2025-01-31';
  const url = '/api/v1/planning/health-portfolio';
  let t: TestApp;
  let seed: AnalyticsFixtures;
  const health = (query: Record<string, string | string[]> = {}) => t.http.get(url).query({ target_date: day, ...query });

  beforeAll(async () => {
    t = await createTestApp({ env: { PLANNING_TIME_ZONE: zone } });
    seed = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  /**
   * The article of example 50 (strictness 1.5, horizon 60, 9 singles in an internal warehouse,
   * a mapping without bundle type selling 10 on `saleDate`) plus a bundle type with recipe {its
   * colour} (example 57).
   */
  async function example57(code: string, options: { isActive?: boolean; saleDate?: string } = {}) {
    const article = await seed.article(code);
    const color = await seed.color(`${code}-C`);
    const size = await seed.size(`${code}-S`, 1);
    const sku = await seed.sku(article, color, size);
    await seed.balance(sku, await seed.warehouse(`${code}-WH`, 'internal'), 9);
    await seed.planningSettings(article, { strictness: 1.5, isActive: options.isActive });
    await seed.mapping(article, `${code}-W`);
    await seed.sale(`${code}-W`, options.saleDate ?? day, 10);
    const bundleType = await seed.bundleType(`${code}-BT`, `${code} bundle`);
    await seed.recipe(article, bundleType, [color]);
    return { article, color, size, bundleType };
  }

  const thresholds = (article: number, safety: number, alert: number) =>
    t.db.query('UPDATE planning_settings SET safety_stock_days = $2, alert_threshold_days = $3 WHERE article_id = $1', [article, safety, alert]);

  it('an empty database answers an empty portfolio, with or without ids', async () => {
    expect((await t.http.get(url).expect(200)).body).toEqual({ items: [] });
    expect((await health({ article_ids: ['1', '2'] }).expect(200)).body).toEqual({ items: [] });
  });

  it('a non-integer article id or date is 422 at its own loc', async () => {
    const ids = await t.http.get(url).query({ article_ids: ['1', 'abc'] }).expect(422);
    expect(ids.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'article_ids', 1]]);
    const comma = await t.http.get(url).query({ article_ids: '1,2' }).expect(422);
    expect(comma.body.detail[0].loc).toEqual(['query', 'article_ids', 0]);
    const date = await t.http.get(url).query({ target_date: '2025-02-30' }).expect(422);
    expect(date.body.detail[0].loc).toEqual(['query', 'target_date']);
  });

  it('example 57: overstock without bundle sales while 900 units are proposed (strictness dominates)', async () => {
    const { article, bundleType } = await example57('HLT');
    expect((await health().expect(200)).body).toEqual({
      items: [
        {
          article_id: article,
          article_code: 'HLT',
          worst_risk_level: 'overstock',
          worst_risk_bundle_type_id: bundleType,
          worst_risk_bundle_type_name: 'HLT bundle',
          days_of_cover: null,
          avg_daily_sales: 0,
          total_available_bundles: 9,
          total_final_order_qty: 900,
          dominant_limiting_constraint: 'strictness',
          has_critical: false,
          has_warning: false,
        },
      ],
    });
  });

  it('the worst entry is the most severe one, not the lowest bundle type; the flags see every entry', async () => {
    const { article, color, size, bundleType: overstocked } = await example57('MIX');
    await thresholds(article, 7, 14);
    // 9 bundles selling 2 a day over 10 days: 4.5 days of cover, critical.
    const critical = await seed.bundleType('MIX-CRIT', 'critical bundle');
    await seed.recipe(article, critical, [color]);
    await seed.mapping(article, 'MIX-CRIT-W', critical, size);
    await seed.dailySales('MIX-CRIT-W', '2025-01-01', 10, 2);
    expect(overstocked).toBeLessThan(critical);

    const [item] = (await health().expect(200)).body.items;
    expect(item).toMatchObject({
      worst_risk_level: 'critical',
      worst_risk_bundle_type_id: critical,
      worst_risk_bundle_type_name: 'critical bundle',
      days_of_cover: 4.5,
      avg_daily_sales: 2,
      total_available_bundles: 9,
      has_critical: true,
      has_warning: false,
    });
  });

  it('an article without settings or recipes, named explicitly, has null risk fields and no order (example 56)', async () => {
    const article = await seed.article('PLAIN');
    expect((await health({ article_ids: String(article) }).expect(200)).body.items).toEqual([
      {
        article_id: article,
        article_code: 'PLAIN',
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

  it('example 58: active articles by default, explicit ids include inactive ones, unknown ids skipped, ascending article id', async () => {
    const active = await example57('ACT');
    const inactive = await example57('INACT', { isActive: false });
    const byDefault = (await health().expect(200)).body.items;
    expect(byDefault.map((item: { article_id: number }) => item.article_id)).toEqual([active.article]);

    const named = (await health({ article_ids: [String(inactive.article), '999', String(active.article), String(inactive.article)] }).expect(200)).body.items;
    expect(named.map((item: { article_id: number; total_final_order_qty: number }) => [item.article_id, item.total_final_order_qty])).toEqual([
      [active.article, 900],
      // An inactive article gets no proposal, hence no order reasons.
      [inactive.article, 0],
    ]);
    expect(named[1].worst_risk_level).toBe('overstock');
  });

  it('target_date drives the order side; without it the business today of PLANNING_TIME_ZONE is used (W-BUG-2)', async () => {
    const [{ today }] = await t.db.query<{ today: string }>(`SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS today`, [zone]);
    await example57('TODAY', { saleDate: today });
    const total = async (query: Record<string, string>) =>
      (await t.http.get(url).query(query).expect(200)).body.items[0].total_final_order_qty as number;
    expect(await total({})).toBe(900);
    expect(await total({ target_date: today })).toBe(900);
    expect(await total({ target_date: day })).toBe(0);
  });

  it('W-BUG-6: an article whose rows lost their bundle type and colour (no foreign keys) never fails the portfolio', async () => {
    await t.db.query(
      `ALTER TABLE bundle_recipe DROP CONSTRAINT IF EXISTS bundle_recipe_bundle_type_id_fkey, DROP CONSTRAINT IF EXISTS bundle_recipe_color_id_fkey;
       ALTER TABLE sku_unit DROP CONSTRAINT IF EXISTS sku_unit_color_id_fkey`,
    );
    const good = await example57('GOOD');
    const broken = await example57('BROKEN');
    await t.db.query('DELETE FROM bundle_type WHERE id = $1', [broken.bundleType]);
    await t.db.query('DELETE FROM color WHERE id = $1', [broken.color]);
    const items = (await health().expect(200)).body.items;
    expect(items.map((item: Record<string, unknown>) => [item.article_id, item.worst_risk_level, item.total_available_bundles, item.total_final_order_qty])).toEqual([
      [good.article, 'overstock', 9, 900],
      // The missing bundle type counts no capacity; the proposal of the colourless SKU is still made.
      [broken.article, 'no_data', 0, 900],
    ]);
    const explanation = await t.http.get('/api/v1/planning/order-explanation-portfolio').query({ target_date: day, article_ids: [String(broken.article)] }).expect(200);
    expect(explanation.body.items[0].reasons.map((reason: Record<string, unknown>) => [reason.color_id, reason.color_name, reason.final_order_qty])).toEqual([
      [broken.color, null, 900],
    ]);
  });

  it('costs the same number of SQL statements, at most 15, for 5 and for 200 articles (W-PERF)', async () => {
    const statementsFor = async () => (await countStatements(() => health().expect(200))).statements;
    for (let index = 0; index < 5; index++) await example57(`CNT-${index}`);
    const forFive = await statementsFor();
    await seed.example57Articles('BULK', 195, day);
    const res = await health().expect(200);
    expect(res.body.items).toHaveLength(200);
    expect(res.body.items.every((item: { total_final_order_qty: number; worst_risk_level: string }) => item.total_final_order_qty === 900 && item.worst_risk_level === 'overstock')).toBe(true);
    expect(await statementsFor()).toBe(forFive);
    expect(forFive).toBeLessThanOrEqual(15);
    // Without target_date the business today is read too, still within the budget.
    expect((await countStatements(() => t.http.get(url).expect(200))).statements).toBeLessThanOrEqual(15);
  });
});
