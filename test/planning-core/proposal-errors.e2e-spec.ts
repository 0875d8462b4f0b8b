import { createTestApp, TestApp } from '../support/test-app';
import { COMMON_REQUEST, PlanningCoreFixtures } from './planning-core-fixtures';

const DIRECT = '/api/v1/planning/core/production-order/proposal';
const FROM_WB = '/api/v1/planning/core/production-order/proposal/from-wb';

/** Example 1's article: type 1 (C1 + C2), four SKUs, demand 10 bundles/day. */
async function exampleOneArticle(fixtures: PlanningCoreFixtures): Promise<void> {
  await fixtures.common();
  await fixtures.sku(1, 1, 40);
  await fixtures.sku(1, 2, 60);
  await fixtures.sku(2, 1, 100);
  await fixtures.sku(2, 2, 0);
  await fixtures.bundleType(1, [1, 2]);
}

describe('Planning Core proposals: request validation and the error catalogue (05 §3.0–3.1)', () => {
  let app: TestApp;
  let fixtures: PlanningCoreFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    fixtures = new PlanningCoreFixtures(app.db);
  });
  afterAll(() => app.close());

  beforeEach(() => exampleOneArticle(fixtures));

  const direct = (body: Record<string, unknown>) => app.http.post(DIRECT).send({ article_id: 1, ...COMMON_REQUEST, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }], ...body });

  it('health answers ok with the engine version and touches no data', async () => {
    const res = await app.http.get('/api/v1/planning/core/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', engine_version: 'pc-v1' });
  });

  it('schema errors are the usual 422 array, before the article is looked up', async () => {
    const res = await app.http.post(DIRECT).send({ article_id: 999 }).expect(422);
    expect(res.body.detail).toEqual([expect.objectContaining({ type: 'missing', loc: ['body', 'bundle_daily_sales'] })]);
  });

  it('422 on duplicate bundle types, an empty demand list, bad nested values and bad size weights', async () => {
    const duplicate = await direct({ bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 1 }, { bundle_type_id: 1, daily_sales: 2 }] }).expect(422);
    expect(duplicate.body.detail[0]).toMatchObject({ type: 'value_error', loc: ['body', 'bundle_daily_sales'] });
    const empty = await direct({ bundle_daily_sales: [] }).expect(422);
    expect(empty.body.detail[0]).toMatchObject({ type: 'too_short', loc: ['body', 'bundle_daily_sales'] });
    const nested = await direct({ bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: '10' }] }).expect(422);
    expect(nested.body.detail[0]).toMatchObject({ type: 'float_type', loc: ['body', 'bundle_daily_sales', 0, 'daily_sales'] });
    const weights = await direct({ size_weights: { S: 1 } }).expect(422);
    expect(weights.body.detail[0]).toMatchObject({ loc: ['body', 'size_weights'] });
    const lead = await direct({ overrides: { lead_time_days: { production: 400 } } }).expect(422);
    expect(lead.body.detail[0]).toMatchObject({ type: 'less_than_equal', loc: ['body', 'overrides', 'lead_time_days', 'production'] });
  });

  it('422 when the accelerate threshold is below the unavoidable one (schema rule kept)', async () => {
    const res = await direct({
      overrides: { layer5_unavoidable_stockout_risk_threshold: 0.6, layer5_accelerate_production_risk_threshold: 0.4 },
    }).expect(422);
    expect(res.body.detail[0]).toMatchObject({ loc: ['body', 'overrides', 'layer5_accelerate_production_risk_threshold'] });
  });

  it('404 article_not_found on both proposal routes', async () => {
    const expected = { detail: { code: 'article_not_found', message: 'Article not found', field: 'article_id', article_id: 42 } };
    expect((await direct({ article_id: 42 }).expect(404)).body).toEqual(expected);
    expect((await app.http.post(FROM_WB).send({ article_id: 42 }).expect(404)).body).toEqual(expected);
  });

  it('422 missing_available_capital_strict when strict mode finds no budget', async () => {
    const res = await direct({ overrides: { capital_governance_mode: 'strict' } }).expect(422);
    expect(res.body.detail).toMatchObject({ code: 'missing_available_capital_strict', field: 'available_capital', capital_governance_mode: 'strict' });
  });

  it('400 no_bundle_recipe when none of the planned types has a recipe', async () => {
    const res = await direct({ bundle_daily_sales: [{ bundle_type_id: 99, daily_sales: 1 }] }).expect(400);
    expect(res.body.detail).toMatchObject({
      code: 'no_bundle_recipe',
      field: 'bundle_daily_sales.bundle_type_id',
      requested_bundle_type_ids: [99],
      missing_bundle_type_ids: [99],
    });
  });

  it('400 missing_bundle_recipe_bundle_types when some planned types have no recipe', async () => {
    const res = await direct({ bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 1 }, { bundle_type_id: 99, daily_sales: 1 }] }).expect(400);
    expect(res.body.detail).toMatchObject({ code: 'missing_bundle_recipe_bundle_types', requested_bundle_type_ids: [1, 99], missing_bundle_type_ids: [99] });
  });

  it('400 no_sku_units_for_recipe_colors when a planned type cannot be assembled in any size', async () => {
    await fixtures.bundleType(3, [3]);
    const res = await direct({ bundle_daily_sales: [{ bundle_type_id: 3, daily_sales: 1 }] }).expect(400);
    expect(res.body.detail).toMatchObject({ code: 'no_sku_units_for_recipe_colors', bundle_type_ids: [3], recipe_color_ids: [3] });
  });

  it('an excluded article answers 200 skipped before the recipe and capital checks (Example 12)', async () => {
    await fixtures.query('INSERT INTO article_planning_settings (article_id, include_in_planning) VALUES (1, false)');
    const res = await direct({ bundle_daily_sales: [{ bundle_type_id: 99, daily_sales: 10 }], overrides: { ...COMMON_REQUEST.overrides, capital_governance_mode: 'strict' } }).expect(200);
    expect(res.body).toMatchObject({
      proposal_id: expect.any(Number),
      portfolio_run_id: null,
      source: 'direct',
      status: 'skipped',
      article_id: 1,
      as_of_date: '2026-03-02',
      risk_level: 'no_data',
      days_of_cover_estimate: 0,
      lead_time_days_total: 10,
      order_by_date: null,
      recommendation: null,
      constraints_applied: { fabric_min_batches: [], elastic_min_batches: [], resource_allocation: null },
      physical_scope: null,
      arrival_projection: null,
      alternatives: [],
      warnings: [],
      purchase_order_id: null,
      converted_at: null,
    });
    expect(res.body.explanation.reasons).toEqual([expect.objectContaining({ code: 'article_excluded_from_planning', params: { article_id: 1, article_code: 'ART-1' } })]);
    expect(typeof res.body.generated_at).toBe('string');
  });

  it('400 no_wb_mapped_bundle_types: no mapping at all, then mapping rows without a bundle type', async () => {
    const none = await app.http.post(FROM_WB).send({ article_id: 1 }).expect(400);
    expect(none.body.detail).toMatchObject({ code: 'no_wb_mapped_bundle_types', field: 'bundle_type_ids', blocker: 'no_wb_mapping' });
    await fixtures.mapping('WB-X', null, null);
    const untyped = await app.http.post(FROM_WB).send({ article_id: 1 }).expect(400);
    expect(untyped.body.detail).toMatchObject({ code: 'no_wb_mapped_bundle_types', blocker: 'no_bundle_type_in_mapping' });
  });

  it('400 missing_wb_mapping_for_requested_bundle_types for a requested type without mapping', async () => {
    await fixtures.mapping('WB-1', 1, null);
    const res = await app.http.post(FROM_WB).send({ article_id: 1, bundle_type_ids: [1, 2] }).expect(400);
    expect(res.body.detail).toMatchObject({
      code: 'missing_wb_mapping_for_requested_bundle_types',
      field: 'bundle_type_ids',
      requested_bundle_type_ids: [1, 2],
      missing_bundle_type_ids: [2],
    });
  });

  it('400 no_bundle_recipe on from-WB names bundle_type_ids as the field', async () => {
    await fixtures.mapping('WB-9', 9, null);
    await fixtures.query(`INSERT INTO bundle_type (id, code, name) VALUES (9, 'BT-9', 'Type 9')`);
    const res = await app.http.post(FROM_WB).send({ article_id: 1 }).expect(400);
    expect(res.body.detail).toMatchObject({ code: 'no_bundle_recipe', field: 'bundle_type_ids', missing_bundle_type_ids: [9] });
  });
});
