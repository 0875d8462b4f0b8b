import { BundleRiskService } from '@supply-brain/planning';
import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures } from './analytics-fixtures';

interface RiskItem {
  article_id: number;
  article_code: string;
  bundle_type_id: number;
  risk_level: string;
  days_of_cover: number | null;
  total_available_bundles: number;
  [field: string]: unknown;
}

/* GET /api/v1/planning/bundle-risk-portfolio (02 §3.6, §4.7, examples 34–41). */
describe('Planning bundle risk portfolio', () => {
  let t: TestApp;
  let seed: AnalyticsFixtures;
  const portfolio = (query = '') => t.http.get(`/api/v1/planning/bundle-risk-portfolio${query}`);
  const items = async (query = ''): Promise<RiskItem[]> => (await portfolio(query).expect(200)).body.items;

  beforeAll(async () => {
    t = await createTestApp();
    seed = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  const settings = (articleId: number, isActive: boolean, safety: number, alert: number) =>
    t.db.query(
      `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days,
         safety_stock_days, strictness) VALUES ($1, $2, 0, 0, $3, $4, 1.0)`,
      [articleId, isActive, alert, safety],
    );

  /**
   * Fixture R of 02 §5.5: one SKU held in the article's own internal warehouse, one bundle type with a
   * one-colour recipe, a bundle listing with WB stock 0 and `perDay` sales on `days` days from 2025-01-01.
   */
  async function r(
    code: string,
    singles: number,
    perDay: number,
    days: number,
    options: { active?: boolean; safety?: number; alert?: number; withSettings?: boolean } = {},
  ): Promise<{ article: number; bundleType: number }> {
    const article = await seed.article(code);
    const size = await seed.size(`${code}-S`, 1);
    const color = await seed.color(`${code}-C`);
    const warehouse = await seed.warehouse(`${code}-NSC`, 'internal');
    await seed.balance(await seed.sku(article, color, size), warehouse, singles);
    const bundleType = await seed.bundleType(`${code}-T`);
    await seed.recipe(article, bundleType, [color]);
    await seed.mapping(article, `${code}-WB`, bundleType, size);
    await seed.wbStock(`${code}-WB`, 0);
    if (days > 0) await seed.dailySales(`${code}-WB`, '2025-01-01', days, perDay);
    if (options.withSettings ?? true) await settings(article, options.active ?? true, options.safety ?? 7, options.alert ?? 14);
    return { article, bundleType };
  }

  it('example 41: an empty database answers an empty list, with or without article_ids', async () => {
    expect((await portfolio().expect(200)).body).toEqual({ items: [] });
    expect((await portfolio('?article_ids=1&article_ids=2').expect(200)).body).toEqual({ items: [] });
  });

  it('example 34: the four levels, each article classified from its own internal warehouse', async () => {
    const crit = await r('CRIT', 8, 2, 10);
    await r('WARN', 20, 2, 10);
    await r('OK', 30, 2, 10);
    await r('OVER', 100, 2, 10);
    const body = await items();
    expect(body.map((item) => [item.article_code, item.risk_level, item.days_of_cover])).toEqual([
      ['CRIT', 'critical', 4],
      ['WARN', 'warning', 10],
      ['OK', 'ok', 15],
      ['OVER', 'overstock', 50],
    ]);
    expect(body[0]).toEqual({
      article_id: crit.article,
      article_code: 'CRIT',
      bundle_type_id: crit.bundleType,
      bundle_type_name: 'CRIT-T',
      avg_daily_sales: 2,
      total_available_bundles: 8,
      days_of_cover: 4,
      risk_level: 'critical',
      safety_stock_days: 7,
      alert_threshold_days: 14,
      overstock_threshold_days: 42,
      explanation: expect.stringContaining('-> status=critical'),
    });
    for (const item of body) expect([item.avg_daily_sales, item.safety_stock_days, item.alert_threshold_days, item.overstock_threshold_days]).toEqual([2, 7, 14, 42]);
  });

  it('example 35: zero sales with stock is overstock with null days of cover', async () => {
    await r('ZERO', 50, 0, 10);
    expect(await items()).toEqual([
      expect.objectContaining({ total_available_bundles: 50, avg_daily_sales: 0, days_of_cover: null, risk_level: 'overstock' }),
    ]);
  });

  it('example 36: without article_ids only active articles; an inactive one when asked for', async () => {
    await r('ACTIVE', 20, 2, 5);
    const inactive = await r('INACTIVE', 20, 2, 5, { active: false });
    expect((await items()).map((item) => item.article_code)).toEqual(['ACTIVE']);
    expect((await items(`?article_ids=${inactive.article}`)).map((item) => item.article_code)).toEqual(['INACTIVE']);
  });

  it('example 37: unknown ids are skipped, duplicates listed once, the given order kept', async () => {
    const a = await r('A', 20, 2, 5);
    const b = await r('B', 20, 2, 5);
    const codes = async (query: string) => (await items(query)).map((item) => item.article_code);
    expect(await codes(`?article_ids=${a.article}&article_ids=999&article_ids=${a.article}`)).toEqual(['A']);
    expect(await codes(`?article_ids=${b.article}&article_ids=${a.article}&article_ids=99999999999`)).toEqual(['B', 'A']);
  });

  it('example 38: boundaries at 2 bundles a day against 7 / 14 / 42', async () => {
    const totals = [14, 15, 28, 29, 83, 84];
    for (const total of totals) await r(`BND-${total}`, total, 2, 10);
    await r('BND-0', 0, 2, 10);
    expect((await items()).map((item) => [item.total_available_bundles, item.days_of_cover, item.risk_level])).toEqual([
      [14, 7, 'critical'],
      [15, 7.5, 'warning'],
      [28, 14, 'warning'],
      [29, 14.5, 'ok'],
      [83, 41.5, 'ok'],
      [84, 42, 'overstock'],
      [0, 0, 'critical'],
    ]);
  });

  it('example 39: an article without planning settings, asked for, gets 7 / 14 / 42', async () => {
    const plain = await r('PLAIN', 30, 2, 10, { withSettings: false });
    expect(await items()).toEqual([]);
    expect(await items(`?article_ids=${plain.article}`)).toEqual([
      expect.objectContaining({ safety_stock_days: 7, alert_threshold_days: 14, overstock_threshold_days: 42, risk_level: 'ok' }),
    ]);
  });

  it('example 40: zero thresholds', async () => {
    await r('Z-COVER', 1, 2, 10, { safety: 0, alert: 0 });
    await r('Z-EMPTY', 0, 2, 10, { safety: 0, alert: 0 });
    await r('Z-STOCK', 10, 0, 0, { safety: 0, alert: 0 });
    await r('Z-NONE', 0, 0, 0, { safety: 0, alert: 0 });
    expect((await items()).map((item) => [item.article_code, item.overstock_threshold_days, item.days_of_cover, item.risk_level])).toEqual([
      ['Z-COVER', 0, 0.5, 'overstock'],
      ['Z-EMPTY', 0, 0, 'critical'],
      ['Z-STOCK', 0, null, 'overstock'],
      ['Z-NONE', 0, null, 'no_data'],
    ]);
  });

  it('example 41: an active article without bundle coverage is not listed', async () => {
    const article = await seed.article('NO-BUNDLES');
    await settings(article, true, 7, 14);
    expect(await items()).toEqual([]);
    expect(await items(`?article_ids=${article}`)).toEqual([]);
  });

  it('422 for an element that is not an integer, at its index; commas are not split', async () => {
    const bad = await portfolio('?article_ids=1&article_ids=abc').expect(422);
    expect(bad.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'article_ids', 1]]);
    await portfolio('?article_ids=1,2').expect(422);
    await portfolio('?article_ids=').expect(422);
  });

  it('a recipe of a missing bundle type does not fail the portfolio: its capacity counts 0', async () => {
    await t.db.query('ALTER TABLE bundle_recipe DROP CONSTRAINT IF EXISTS bundle_recipe_bundle_type_id_fkey');
    const healthy = await r('HEALTHY', 30, 2, 10);
    const broken = await r('BROKEN', 30, 2, 10);
    await t.db.query('DELETE FROM bundle_type WHERE id = $1', [broken.bundleType]);
    const body = await items();
    expect(body.map((item) => [item.article_id, item.bundle_type_id, item.total_available_bundles, item.risk_level])).toEqual([
      [healthy.article, healthy.bundleType, 30, 'ok'],
      [broken.article, broken.bundleType, 0, 'critical'],
    ]);
  });

  it('the portfolio of 2 and of 20 articles takes the same number of statements', async () => {
    const service = t.app.get(BundleRiskService);
    for (let index = 0; index < 2; index++) await r(`CNT-${index}`, 10 + index, 2, 10);
    const forTwo = await countStatements(() => service.portfolio());
    for (let index = 2; index < 20; index++) await r(`CNT-${index}`, 10 + index, 2, 10);
    const forTwenty = await countStatements(() => service.portfolio());
    expect(forTwenty.result.map((entry) => entry.totalAvailableBundles)).toEqual(Array.from({ length: 20 }, (_, index) => 10 + index));
    expect(forTwenty.statements).toBe(forTwo.statements);
    expect(forTwo.statements).toBeLessThanOrEqual(15);
  });
});
