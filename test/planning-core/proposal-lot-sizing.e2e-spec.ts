import { createTestApp, TestApp } from '../support/test-app';
import { COMMON_OVERRIDES, COMMON_REQUEST, PlanningCoreFixtures } from './planning-core-fixtures';

const DIRECT = '/api/v1/planning/core/production-order/proposal';
const SETTINGS = '/api/v1/planning/core/production-order/settings';

interface Line {
  color_id: number;
  size_id: number;
  recommended_qty: number;
  source_reason: string;
  breakdown: Record<string, number | string | null>;
}

/** Worked examples of 05 §5 whose minimums, budget and policy come from stored settings or overrides. */
describe('Planning Core proposals: lot sizing, budget and policy examples over HTTP', () => {
  let app: TestApp;
  let fixtures: PlanningCoreFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    fixtures = new PlanningCoreFixtures(app.db);
  });
  afterAll(() => app.close());

  const lines = (body: { recommendation: { lines: Line[] } }) => body.recommendation.lines.map((line) => [line.color_id, line.size_id, line.recommended_qty]);

  it('Example 6: elastic minimum, stored through the settings PUT, uplifts only the bound C1 lines', async () => {
    await fixtures.common();
    await fixtures.sku(1, 1, 40);
    await fixtures.sku(1, 2, 30);
    await fixtures.sku(2, 1, 60);
    await fixtures.sku(2, 2, 40);
    await fixtures.bundleType(1, [1, 2]);
    await fixtures.query(`INSERT INTO elastic_type (id, code, name) VALUES (7, 'E7', 'Elastic 7')`);
    await app.http
      .put(`${SETTINGS}/1`)
      .send({ elastic_type_settings: [{ elastic_type_id: 7, elastic_min_batch_qty: 200 }], elastic_bindings: [{ elastic_type_id: 7, color_id: 1 }] })
      .expect(200);
    const res = await app.http
      .post(DIRECT)
      .send({ article_id: 1, ...COMMON_REQUEST, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }], size_weights: { '1': 0.6, '2': 0.4 } })
      .expect(200);
    expect(lines(res.body)).toEqual([
      [1, 1, 122],
      [1, 2, 78],
      [2, 1, 30],
      [2, 2, 20],
    ]);
    expect(res.body.recommendation.lines.map((line: Line) => line.breakdown.elastic_uplift)).toEqual([72, 48, 0, 0]);
    expect(res.body).toMatchObject({ risk_level: 'warning', order_by_date: '2026-03-05' });
    expect(res.body.recommendation).toMatchObject({ action: 'order_with_buffer', total_units: 250 });
    expect(res.body.constraints_applied.elastic_min_batches).toEqual([
      { article_id: 1, elastic_type_id: 7, required: 80, applied_min: 200, uplift: 120, source: 'elastic_settings', status: 'uplifted', article_ids: [1] },
    ]);
  });

  it('Example 7: order multiple 40 rounds each line up', async () => {
    await fixtures.common();
    await fixtures.sku(1, 1, 40);
    await fixtures.sku(1, 2, 60);
    await fixtures.sku(2, 1, 100);
    await fixtures.sku(2, 2, 0);
    await fixtures.bundleType(1, [1, 2]);
    const res = await app.http
      .post(DIRECT)
      .send({ article_id: 1, ...COMMON_REQUEST, overrides: { ...COMMON_OVERRIDES, order_multiple: 40 }, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] })
      .expect(200);
    expect(lines(res.body)).toEqual([
      [1, 1, 120],
      [1, 2, 120],
      [2, 1, 80],
      [2, 2, 120],
    ]);
    expect(res.body.recommendation.total_units).toBe(440);
    expect(res.body.recommendation.lines[0].source_reason).toBe('net_requirement|order_multiple');
  });

  it('Example 9: the budget drops a whole Pantone group rather than leaving it below its minimum', async () => {
    await fixtures.common();
    await fixtures.query(`UPDATE color SET pantone_code = 'PA' WHERE id = 1`);
    await fixtures.query(`UPDATE color SET pantone_code = 'PB' WHERE id = 2`);
    await fixtures.sku(1, 2, 24);
    await fixtures.sku(2, 2, 36);
    await fixtures.bundleType(1, [1]);
    await fixtures.bundleType(2, [2]);
    const res = await app.http
      .post(DIRECT)
      .send({
        article_id: 1,
        ...COMMON_REQUEST,
        overrides: { ...COMMON_OVERRIDES, fabric_min_batch_qty_default: 100, production_cost_per_unit: 1.0, available_capital: 180 },
        bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 6 }, { bundle_type_id: 2, daily_sales: 4 }],
      })
      .expect(200);
    expect(lines(res.body)).toEqual([[1, 2, 120]]);
    expect(res.body.recommendation).toMatchObject({ total_units: 120, capital_required: 120 });
    expect(res.body.explanation.meta.budget).toMatchObject({ status: 'budget_limited_applied' });
    const pb = res.body.constraints_applied.fabric_min_batches.find((group: { pantone_code: string }) => group.pantone_code === 'PB');
    expect(pb).toMatchObject({ budget_status: 'dropped' });
    const budgetCut = res.body.explanation.reasons.find((reason: { code: string }) => reason.code === 'budget_cut');
    expect(budgetCut.params).toMatchObject({ dropped_pantones: ['PB'], reduced_pantones: [] });
  });

  it('Example 14: policy resolution from stored article, legacy and global settings, with sources', async () => {
    await fixtures.common();
    await fixtures.query(`UPDATE color SET pantone_code = 'PX' WHERE id = 1`);
    await fixtures.query(`UPDATE color SET pantone_code = 'PY' WHERE id = 2`);
    await fixtures.sku(1, 1, 10);
    await fixtures.sku(2, 1, 10);
    await fixtures.bundleType(1, [1, 2]);
    await fixtures.query(
      `INSERT INTO global_planning_settings (default_target_coverage_days, default_lead_time_days, default_service_level_percent, default_fabric_min_batch_qty, default_elastic_min_batch_qty)
       VALUES (60, 70, 90, 7000, 3000)`,
    );
    await fixtures.query(`INSERT INTO planning_settings (article_id, min_fabric_batch, min_elastic_batch, alert_threshold_days, safety_stock_days, strictness) VALUES (1, 0, 0, 14, 5, 1)`);
    await app.http.put(`${SETTINGS}/1`).send({ target_coverage_days: 75, lead_time_days: 85, review_period_days: 14, fabric_min_batch_overrides: [{ color_id: 1, fabric_min_batch_qty: 3000 }] }).expect(200);
    const res = await app.http
      .post(DIRECT)
      .send({
        article_id: 1,
        as_of_date: '2026-03-02',
        overrides: { lead_time_days: { china_to_nsk: 25 }, service_level_percent: 95 },
        bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 2 }],
      })
      .expect(200);
    const policy = res.body.explanation.meta.policy;
    expect(policy).toMatchObject({
      target_coverage_days: { value: 75, source: 'article_settings' },
      lead_time_days: {
        production: { value: 45, source: 'article_settings.lead_time_days' },
        china_to_nsk: { value: 25, source: 'request' },
        packaging: { value: 3, source: 'default' },
        nsk_to_wb: { value: 7, source: 'default' },
      },
      lead_time_days_total: { value: 80 },
      review_period_days: { value: 14, source: 'article_settings' },
      safety_stock_days: { value: 5, source: 'planning_settings' },
      service_level_percent: { value: 95, source: 'request' },
      alert_threshold_days: { value: 14, source: 'planning_settings' },
      overstock_cover_days: { value: 150, source: 'derived' },
      order_multiple: { value: 1, source: 'default' },
    });
    expect(res.body.lead_time_days_total).toBe(80);
    expect(res.body.explanation.meta.projection_days).toBe(169);
    const settings = await app.http.get(`${SETTINGS}/1`).expect(200);
    expect(settings.body.effective_policy.lead_time_days_total.value).toBe(85);
  });
});
