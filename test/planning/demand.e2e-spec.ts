import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures } from './analytics-fixtures';

/* GET /api/v1/planning/demand (02 §3.1, examples 1–8). */
describe('Planning demand', () => {
  let t: TestApp;
  let seed: AnalyticsFixtures;
  const url = '/api/v1/planning/demand';
  const demandOf = (articleId: number | string, targetDate = '2025-01-31') =>
    t.http.get(url).query({ article_id: articleId, target_date: targetDate });

  beforeAll(async () => {
    t = await createTestApp();
    seed = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  it('example 1: an article without mappings has zero demand and the full response shape', async () => {
    const a = await seed.article('DEM-1');
    const res = await demandOf(a).expect(200);
    expect(res.body).toEqual({
      article_id: a,
      avg_daily_sales: 0,
      forecast_demand: 0,
      current_stock: 0,
      coverage_days: 9999,
      deficit: 0,
      target_coverage_days: 60,
      observation_window_days: 30,
      forecast_horizon_days: 60,
      explanation: expect.stringContaining('No WB SKU mappings'),
    });
    expect(res.body.explanation).toContain('No WB sales in the last 30 days');
  });

  it('example 2 [REC]: an unknown article is 404, also on an empty database', async () => {
    expect((await demandOf(9999).expect(404)).body).toEqual({ detail: 'Article not found' });
    expect((await demandOf('99999999999').expect(404)).body).toEqual({ detail: 'Article not found' });
  });

  it('example 3: WB stock without sales', async () => {
    const a = await seed.article('DEM-3');
    await seed.mapping(a, 'SKU-st');
    await seed.wbStock('SKU-st', 100);
    const res = await demandOf(a).expect(200);
    expect(res.body).toMatchObject({ avg_daily_sales: 0, forecast_demand: 0, current_stock: 100, coverage_days: 9999, deficit: 0 });
    expect(res.body.explanation).toContain('No WB sales in the last 30 days');
    expect(res.body.explanation).not.toContain('No WB SKU mappings');
  });

  it('example 4: a short history with an article-level horizon', async () => {
    await seed.globalDefaults();
    const a = await seed.article('DEM-4');
    await seed.articleCoverage(a, 20);
    await seed.mapping(a, 'X');
    await seed.dailySales('X', '2025-01-22', 10, 5);
    const res = await demandOf(a).expect(200);
    expect(res.body).toMatchObject({
      avg_daily_sales: 5,
      target_coverage_days: 20,
      forecast_horizon_days: 20,
      forecast_demand: 100,
      current_stock: 0,
      coverage_days: 0,
      deficit: 100,
      observation_window_days: 30,
    });
    expect(res.body.explanation).toContain('Sales history is shorter than 30 days');
  });

  it('example 5: the normal case', async () => {
    await seed.globalDefaults(60);
    const a = await seed.article('DEM-5');
    await seed.articleCoverage(a, 10);
    await seed.mapping(a, 'N');
    for (const [day, quantity] of [['31', 2], ['30', 4], ['29', 6], ['28', 8], ['27', 10]] as const) {
      await seed.sale('N', `2025-01-${day}`, quantity);
    }
    await seed.wbStock('N', 20);
    const res = await demandOf(a).expect(200);
    expect(res.body).toMatchObject({ avg_daily_sales: 6, forecast_horizon_days: 10, target_coverage_days: 10, forecast_demand: 60, current_stock: 20, deficit: 40 });
    expect(res.body.coverage_days).toBeCloseTo(3.3333333333333335, 9);
    expect(res.body.explanation).toContain('Using article-specific target_coverage_days');
  });

  it('example 6: window boundaries, zero rows and several listings and WB warehouses', async () => {
    await seed.globalDefaults();
    const a = await seed.article('DEM-6');
    await seed.mapping(a, 'X');
    await seed.mapping(a, 'Y');
    await seed.sale('X', '2025-01-01', 100);
    await seed.sale('X', '2025-01-02', 3);
    await seed.sale('Y', '2025-01-02', 3);
    await seed.sale('X', '2025-02-01', 50);
    await seed.sale('Y', '2025-01-31', 0);
    await seed.wbStock('X', 1, 1);
    await seed.wbStock('X', 2, 2);
    await seed.wbStock('Y', 3, 1);
    const res = await demandOf(a).expect(200);
    expect(res.body).toMatchObject({ avg_daily_sales: 3, forecast_demand: 180, current_stock: 6, coverage_days: 2, deficit: 174, target_coverage_days: 60 });
  });

  it('example 7: a fractional deficit is truncated', async () => {
    const a = await seed.article('DEM-7');
    await seed.articleCoverage(a, 10);
    await seed.mapping(a, 'F');
    await seed.sale('F', '2025-01-29', 3);
    await seed.sale('F', '2025-01-30', 2);
    await seed.sale('F', '2025-01-31', 2);
    const res = await demandOf(a).expect(200);
    expect(res.body.avg_daily_sales).toBeCloseTo(2.3333333333333335, 9);
    expect(res.body.forecast_demand).toBeCloseTo(23.333333333333336, 9);
    expect(res.body).toMatchObject({ coverage_days: 0, deficit: 23 });
  });

  it('example 8: parameter validation is 422 with the parameter location', async () => {
    const a = await seed.article('DEM-8');
    const missingDate = await t.http.get(url).query({ article_id: a }).expect(422);
    expect(missingDate.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'target_date']]);
    await demandOf(a, '2025-13-31').expect(422);
    const badId = await demandOf('x').expect(422);
    expect(badId.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'article_id']]);
    const missingBoth = await t.http.get(url).expect(422);
    expect(missingBoth.body.detail).toHaveLength(2);
  });

  it('answers with and without the trailing slash', async () => {
    const a = await seed.article('DEM-9');
    await t.http.get(`${url}/`).query({ article_id: a, target_date: '2025-01-31' }).expect(200);
  });
});
