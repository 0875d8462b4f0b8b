import { createTestApp, TestApp } from '../support/test-app';
import { PlanningCoreFixtures } from './planning-core-fixtures';

const SETTINGS = '/api/v1/planning/core/production-order/settings';

describe('Planning Core settings: GET / PUT …/production-order/settings/{article_id} (05 §3.6)', () => {
  let app: TestApp;
  let fixtures: PlanningCoreFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    fixtures = new PlanningCoreFixtures(app.db);
  });
  afterAll(() => app.close());

  beforeEach(async () => {
    await fixtures.common();
    await fixtures.sku(1, 1, 0); // sku_unit 1: C1-S
    await fixtures.sku(1, 2, 0); // sku_unit 2: C1-M
    await fixtures.sku(2, 1, 0); // sku_unit 3: C2-S
    await fixtures.query(`INSERT INTO elastic_type (code, name) VALUES ('E1', 'Elastic 1'), ('E2', 'Elastic 2')`);
    await fixtures.bundleType(4, [1, 2]);
  });

  it('an article without settings answers empty lists, nulls, included and priority 0, with the default policy', async () => {
    const res = await app.http.get(`${SETTINGS}/1`).expect(200);
    expect(res.body).toMatchObject({
      article_id: 1,
      size_weights: [],
      elastic_bindings: [],
      in_flight_supply_defaults: [],
      assorti_bundle_type_ids: [],
      freshness_sales_stale_after_days: null,
      available_capital: null,
      include_in_planning: true,
      priority: 0,
      target_coverage_days: null,
      lead_time_stage_days: { production: null, china_to_nsk: null, packaging: null, nsk_to_wb: null },
      order_multiple: null,
      fabric_min_batch_overrides: [],
      elastic_type_settings: [],
    });
    expect(res.body.effective_policy.target_coverage_days).toEqual({ value: 60, source: 'default' });
    expect(res.body.effective_policy.lead_time_days_total).toMatchObject({ value: 70 });
  });

  it('404 article_not_found on GET and PUT; 422 for a path id below 1 or not an integer', async () => {
    const expected = { detail: { code: 'article_not_found', message: 'Article not found', field: 'article_id', article_id: 77 } };
    expect((await app.http.get(`${SETTINGS}/77`).expect(404)).body).toEqual(expected);
    expect((await app.http.put(`${SETTINGS}/77`).send({}).expect(404)).body).toEqual(expected);
    expect((await app.http.get(`${SETTINGS}/0`).expect(422)).body.detail[0]).toMatchObject({ loc: ['path', 'article_id'] });
    expect((await app.http.get(`${SETTINGS}/abc`).expect(422)).body.detail[0]).toMatchObject({ type: 'int_parsing' });
  });

  it('PUT stores every field, answers what GET then reads, and the policy follows the stored values', async () => {
    const body = {
      size_weights: [{ size_id: 2, weight: 0.4 }, { size_id: 1, weight: 0.6 }],
      elastic_bindings: [{ elastic_type_id: 1, color_id: 1 }, { elastic_type_id: 1, sku_unit_id: 3 }],
      in_flight_supply_defaults: [{ color_id: 1, size_id: 2, qty: 30, eta_days: 6, stage: 'china_to_nsk' }],
      assorti_bundle_type_ids: [4],
      freshness_sales_stale_after_days: 5,
      production_cost_per_unit: 2.5,
      available_capital: 1000,
      include_in_planning: false,
      priority: 7,
      target_coverage_days: 45,
      lead_time_stage_days: { production: 20, china_to_nsk: 25 },
      review_period_days: 14,
      safety_stock_method: 'service_level',
      order_multiple: 12,
      fabric_min_batch_overrides: [{ color_id: 2, fabric_min_batch_qty: 3000 }],
      elastic_type_settings: [{ elastic_type_id: 2, elastic_min_batch_qty: 200 }],
    };
    const put = await app.http.put(`${SETTINGS}/1`).send(body).expect(200);
    const get = await app.http.get(`${SETTINGS}/1`).expect(200);
    expect(put.body).toEqual(get.body);
    expect(get.body).toMatchObject({
      size_weights: [{ size_id: 1, weight: 0.6 }, { size_id: 2, weight: 0.4 }],
      elastic_bindings: [
        { elastic_type_id: 1, color_id: null, sku_unit_id: 3, is_active: true },
        { elastic_type_id: 1, color_id: 1, sku_unit_id: null, is_active: true },
      ],
      in_flight_supply_defaults: [{ color_id: 1, size_id: 2, qty: 30, eta_days: 6, stage: 'china_to_nsk', is_active: true }],
      assorti_bundle_type_ids: [4],
      freshness_sales_stale_after_days: 5,
      production_cost_per_unit: 2.5,
      include_in_planning: false,
      priority: 7,
      target_coverage_days: 45,
      lead_time_stage_days: { production: 20, china_to_nsk: 25, packaging: null, nsk_to_wb: null },
      review_period_days: 14,
      safety_stock_method: 'service_level',
      order_multiple: 12,
      fabric_min_batch_overrides: [{ color_id: 2, fabric_min_batch_qty: 3000 }],
      elastic_type_settings: [{ elastic_type_id: 2, elastic_min_batch_qty: 200 }],
    });
    expect(get.body.effective_policy).toMatchObject({
      target_coverage_days: { value: 45, source: 'article_settings' },
      review_period_days: { value: 14, source: 'article_settings' },
      lead_time_days_total: { value: 20 + 25 + 3 + 7 },
      include_in_planning: { value: false, source: 'article_settings' },
    });
  });

  it('earlier fields left out are reset, new fields left out are kept, null clears a new field', async () => {
    await app.http
      .put(`${SETTINGS}/1`)
      .send({ size_weights: [{ size_id: 1, weight: 2 }], production_cost_per_unit: 3, order_multiple: 6, priority: 3, fabric_min_batch_overrides: [{ color_id: 1, fabric_min_batch_qty: 500 }] })
      .expect(200);
    const res = await app.http.put(`${SETTINGS}/1`).send({ review_period_days: 10, order_multiple: null }).expect(200);
    expect(res.body).toMatchObject({
      size_weights: [],
      production_cost_per_unit: null,
      priority: 3,
      review_period_days: 10,
      order_multiple: null,
      fabric_min_batch_overrides: [{ color_id: 1, fabric_min_batch_qty: 500 }],
    });
  });

  it('schema 422: duplicate sizes, a binding without colour or SKU, a non-positive weight, a null boolean, reversed layer5 thresholds', async () => {
    const cases: Array<[Record<string, unknown>, Array<string | number>]> = [
      [{ size_weights: [{ size_id: 1, weight: 1 }, { size_id: 1, weight: 2 }] }, ['body', 'size_weights']],
      [{ elastic_bindings: [{ elastic_type_id: 1 }] }, ['body', 'elastic_bindings', 0, 'elastic_type_id']],
      [{ size_weights: [{ size_id: 1, weight: 0 }] }, ['body', 'size_weights', 0, 'weight']],
      [{ include_in_planning: null }, ['body', 'include_in_planning']],
      [{ layer5_unavoidable_stockout_risk_threshold: 0.5, layer5_accelerate_production_risk_threshold: 0.2 }, ['body', 'layer5_accelerate_production_risk_threshold']],
      [{ priority: 1001 }, ['body', 'priority']],
    ];
    for (const [body, loc] of cases) {
      const res = await app.http.put(`${SETTINGS}/1`).send(body).expect(422);
      expect(res.body.detail[0].loc).toEqual(loc);
    }
  });

  it('every 400 of the PUT, in its documented order, and nothing is written', async () => {
    const put = (body: Record<string, unknown>) => app.http.put(`${SETTINGS}/1`).send(body).expect(400);
    expect((await put({ size_weights: [{ size_id: 9, weight: 1 }], elastic_bindings: [{ elastic_type_id: 9, color_id: 1 }] })).body.detail).toEqual({
      code: 'unknown_size_ids',
      message: expect.any(String),
      field: 'size_weights.size_id',
      invalid_size_ids: [9],
    });
    expect((await put({ elastic_bindings: [{ elastic_type_id: 9, color_id: 1 }] })).body.detail).toMatchObject({
      code: 'unknown_elastic_type_ids',
      field: 'elastic_bindings.elastic_type_id',
      invalid_elastic_type_ids: [9],
    });
    expect((await put({ elastic_type_settings: [{ elastic_type_id: 8 }] })).body.detail).toMatchObject({
      code: 'unknown_elastic_type_ids',
      field: 'elastic_type_settings.elastic_type_id',
      invalid_elastic_type_ids: [8],
    });
    expect((await put({ elastic_bindings: [{ elastic_type_id: 1, color_id: 3 }] })).body.detail).toMatchObject({
      code: 'elastic_binding_color_out_of_article_scope',
      field: 'elastic_bindings.color_id',
      invalid_color_id: 3,
    });
    expect((await put({ elastic_bindings: [{ elastic_type_id: 1, sku_unit_id: 99 }] })).body.detail).toMatchObject({
      code: 'elastic_binding_sku_out_of_article_scope',
      field: 'elastic_bindings.sku_unit_id',
      invalid_sku_unit_id: 99,
    });
    expect((await put({ elastic_bindings: [{ elastic_type_id: 1, color_id: 1, sku_unit_id: 3 }] })).body.detail).toMatchObject({
      code: 'elastic_binding_sku_color_mismatch',
      field: 'elastic_bindings.color_id',
      sku_unit_id: 3,
      requested_color_id: 1,
      sku_color_id: 2,
    });
    expect((await put({ in_flight_supply_defaults: [{ color_id: 2, size_id: 2, qty: 5, eta_days: 1 }] })).body.detail).toMatchObject({
      code: 'in_flight_default_out_of_article_sku_scope',
      field: 'in_flight_supply_defaults',
      color_id: 2,
      size_id: 2,
    });
    expect((await put({ assorti_bundle_type_ids: [4, 55] })).body.detail).toMatchObject({
      code: 'unknown_assorti_bundle_type_ids',
      field: 'assorti_bundle_type_ids',
      invalid_bundle_type_ids: [55],
    });
    expect((await put({ fabric_min_batch_overrides: [{ color_id: 3, fabric_min_batch_qty: 100 }] })).body.detail).toMatchObject({
      code: 'fabric_override_color_out_of_article_scope',
      field: 'fabric_min_batch_overrides.color_id',
      invalid_color_id: 3,
    });
    expect(await app.db.query('SELECT * FROM article_planning_settings')).toEqual([]);
  });

  it('the settings feed the proposal: an excluded article is skipped', async () => {
    await app.http.put(`${SETTINGS}/1`).send({ include_in_planning: false }).expect(200);
    const res = await app.http
      .post('/api/v1/planning/core/production-order/proposal')
      .send({ article_id: 1, as_of_date: '2026-03-02', bundle_daily_sales: [{ bundle_type_id: 4, daily_sales: 1 }] })
      .expect(200);
    expect(res.body.status).toBe('skipped');
  });
});
