import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { COMMON_OVERRIDES, COMMON_REQUEST, days, EXAMPLE_ONE_REQUEST, PlanningCoreFixtures } from './planning-core-fixtures';

const DIRECT = '/api/v1/planning/core/production-order/proposal';
const FROM_WB = '/api/v1/planning/core/production-order/proposal/from-wb';

interface Line {
  color_id: number;
  size_id: number;
  recommended_qty: number;
  source_reason: string;
  breakdown: Record<string, unknown>;
}

/** Worked examples of spec 05 §5, end to end: data through SQL, answers through HTTP. */
describe('Planning Core proposals: worked examples over HTTP', () => {
  let app: TestApp;
  let fixtures: PlanningCoreFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    fixtures = new PlanningCoreFixtures(app.db);
  });
  afterAll(() => app.close());


  it('Example 1: plain order-up-to, loose stock subtracted once', async () => {
    await fixtures.exampleOne();
    const res = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
    const body = res.body;
    expect(body).toMatchObject({ source: 'direct', status: 'ok', risk_level: 'critical', days_of_cover_estimate: 0, lead_time_days_total: 10, order_by_date: '2026-03-02' });
    expect(body.recommendation).toMatchObject({ action: 'order_with_buffer', target_arrival_date: '2026-03-12', total_units: 340, capital_required: null });
    const lines = (body.recommendation.lines as Line[]).map((line) => [line.color_id, line.size_id, line.recommended_qty, line.source_reason, line.breakdown.cover_days_at_arrival, line.breakdown.risk_level]);
    expect(lines).toEqual([
      [1, 1, 100, 'net_requirement', 20, 'critical'],
      [1, 2, 90, 'net_requirement', 20, 'warning'],
      [2, 1, 50, 'net_requirement', 20, 'warning'],
      [2, 2, 100, 'net_requirement', 20, 'critical'],
    ]);
    expect(body.arrival_projection).toMatchObject({
      status: 'shortage_before_arrival',
      demand_units_until_arrival: 200,
      projected_supply_units_before_arrival: 140,
      projected_shortage_before_arrival: 60,
      projected_availability_at_arrival: 60,
      ready_bundle_units_now: 0,
      raw_bundle_capacity_now: 40,
      in_flight_bundle_capacity_at_arrival: 0,
      projected_cover_days_at_arrival: 0,
    });
    const alternatives = Object.fromEntries((body.alternatives as Array<Record<string, unknown>>).map((alt) => [alt.action, alt]));
    expect(alternatives.wait).toMatchObject({ total_units: 0, projected_lost_units: 125, stockout_days: 15 });
    expect(alternatives.order_minimum_only).toMatchObject({ total_units: 340, projected_lost_units: 60, stockout_days: 10, cover_days_at_arrival: 20 });
    expect((body.warnings as Array<{ code: string }>).map((w) => w.code)).toEqual(['stockout_before_arrival', 'available_capital_not_set']);
    expect(body.warnings[0].params).toMatchObject({ first_stockout_date: '2026-03-02', lost_units: 60, sku_count: 2 });
    expect((body.explanation.reasons as Array<{ code: string }>).map((r) => r.code)).toEqual([
      'demand_signal',
      'binding_sku',
      'order_now_breach_before_next_arrival',
      'stockout_before_arrival_unavoidable',
      'alternative_consequence',
      'alternative_consequence',
    ]);
    expect(body.proposal_id).toEqual(expect.any(Number));
    expect(body.proposal_id).toBeGreaterThanOrEqual(1);
  });

  it('Regression 1: 70 instead of 60 pieces of C1-M lowers only that line, to 80', async () => {
    await fixtures.exampleOne();
    await fixtures.query('UPDATE stock_balance SET quantity = 70 WHERE sku_unit_id = 2');
    const res = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
    expect((res.body.recommendation.lines as Line[]).map((line) => line.recommended_qty)).toEqual([100, 80, 50, 100]);
  });

  it('Example 1 with explainability compact nulls the SKU projection and assorti meta only', async () => {
    await fixtures.exampleOne();
    const full = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
    const compact = await app.http.post(DIRECT).send({ ...EXAMPLE_ONE_REQUEST, explainability_mode: 'compact' }).expect(200);
    expect(full.body.explanation.meta.sku_projection).toHaveLength(4);
    expect(compact.body.explanation.meta).toMatchObject({ sku_projection: null, assorti: null });
    expect(compact.body.recommendation).toEqual(full.body.recommendation);
  });

  it('Example 2: ready bundles from the request cover the demand ⇒ wait with an order-by date', async () => {
    await fixtures.common();
    for (const [color, size] of [[1, 1], [1, 2], [2, 1], [2, 2]]) await fixtures.sku(color, size, 0);
    await fixtures.bundleType(1, [1, 2]);
    const res = await app.http
      .post(DIRECT)
      .send({ ...EXAMPLE_ONE_REQUEST, bundle_stock: [{ bundle_type_id: 1, wb_qty: 150, local_qty: 30, in_transit_to_wb_qty: 20 }] })
      .expect(200);
    expect(res.body).toMatchObject({ risk_level: 'warning', days_of_cover_estimate: 20, order_by_date: '2026-03-12' });
    expect(res.body.recommendation).toMatchObject({ action: 'wait', total_units: 0, lines: [] });
    expect(res.body.arrival_projection).toMatchObject({ status: 'safe_cover_until_arrival', ready_bundle_units_now: 200 });
  });

  it('from-WB reads stored NSC bundles: a bundle_stock_balance row changes ready_bundle_units_now (regression 12)', async () => {
    await fixtures.common();
    for (const [color, size] of [[1, 1], [1, 2], [2, 1], [2, 2]]) await fixtures.sku(color, size, 0);
    await fixtures.bundleType(1, [1, 2]);
    await fixtures.mapping('WB-2P', 1, null);
    await fixtures.sales('WB-2P', days('2026-02-21', 10).map((day) => [day, 10] as [string, number]));
    const request = { article_id: 1, ...COMMON_REQUEST, observation_window_days: 10 };
    const before = await app.http.post(FROM_WB).send(request).expect(200);
    expect(before.body.arrival_projection.ready_bundle_units_now).toBe(0);
    await fixtures.query(`INSERT INTO bundle_stock_balance (article_id, bundle_type_id, size_id, warehouse_id, quantity) VALUES (1, 1, 1, 1, 30), (1, 1, 2, 1, 20)`);
    const after = await app.http.post(FROM_WB).send(request).expect(200);
    expect(after.body.arrival_projection.ready_bundle_units_now).toBe(50);
    expect(after.body.source).toBe('from_wb');
  });

  it('Example 13: from-WB stock-out-aware demand, then the plain window mean without stock history', async () => {
    await fixtures.common();
    await fixtures.sku(1, 1, 0);
    await fixtures.sku(1, 2, 0);
    await fixtures.bundleType(1, [1]);
    await fixtures.mapping('WB-2P', 1, null);
    await fixtures.sales('WB-2P', days('2026-02-20', 9).map((day, k) => [day, [4, 5, 3, 6, 4, 2, 5, 4, 3][k]] as [string, number]));
    await fixtures.sales('WB-OTHER', [['2026-03-05', 1]]);
    await fixtures.stockDaily('WB-2P', days('2026-03-01', 5).map((day) => [day, 0] as [string, number]));
    const request = { article_id: 1, as_of_date: '2026-03-05', observation_window_days: 14, overrides: COMMON_OVERRIDES };
    const res = await app.http.post(FROM_WB).send(request).expect(200);
    expect(res.body.explanation.meta.bundle_demand[0]).toMatchObject({
      bundle_type_id: 1,
      bundles_per_day: 4,
      method: 'in_stock_days_mean',
      window_start: '2026-02-20',
      window_end: '2026-03-05',
      in_stock_days: 9,
    });
    expect(res.body.explanation.meta.bundle_demand[0].std_dev).toBeCloseTo(1.2247, 4);
    expect(res.body.explanation.meta.freshness).toMatchObject({ import_watermark: '2026-03-05', window_start: '2026-02-20', window_end: '2026-03-05' });

    await fixtures.query('DELETE FROM wb_stock_daily');
    const flat = await app.http.post(FROM_WB).send(request).expect(200);
    expect(flat.body.explanation.meta.bundle_demand[0]).toMatchObject({ method: 'window_mean' });
    expect(flat.body.explanation.meta.bundle_demand[0].bundles_per_day).toBeCloseTo(2.5714, 4);
    expect((flat.body.warnings as Array<{ code: string }>).map((w) => w.code)).toContain('demand_stock_history_missing');
  });

  describe('Example 11: freshness gate against the business today', () => {
    let today: string;
    const shift = (offset: number) => new Date(Date.parse(`${today}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

    beforeEach(async () => {
      today = (await app.db.query<{ today: string }>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`))[0].today;
      await fixtures.common();
      for (const [color, size] of [[1, 1], [1, 2], [2, 1], [2, 2]]) await fixtures.sku(color, size, 10);
      await fixtures.bundleType(1, [1, 2]);
      await fixtures.mapping('WB-2P-S', 1, 1);
      await fixtures.mapping('WB-2P-M', 1, 2);
      await fixtures.sales('WB-2P-S', [[shift(-5), 3]]);
      await fixtures.sales('WB-2P-M', [[shift(-6), 2]]);
      await fixtures.wbStock('WB-2P-S', 5, `${shift(-1)}T12:00:00Z`);
      await fixtures.wbStock('WB-2P-M', 5, `${shift(-1)}T12:00:00Z`);
    });

    it('strict: stale sales ⇒ 400 wb_data_freshness_failed, with every documented key', async () => {
      const res = await app.http.post(FROM_WB).send({ article_id: 1, freshness_mode: 'strict' }).expect(400);
      expect(res.body.detail).toMatchObject({
        code: 'wb_data_freshness_failed',
        field: 'freshness_mode',
        freshness_mode: 'strict',
        freshness_status: 'stale',
        sales_age_days: 5,
        stock_oldest_age_days: 1,
        threshold_days: { sales: 3, stock: 2 },
        threshold_source: { sales: 'default', stock: 'default' },
        stale_components: ['sales'],
        blocker: 'stale_wb_sales_data',
        next_steps: ['run_wb_sales_daily_sync_live'],
        allowed_statuses: ['fresh', 'missing_stock_data'],
      });
    });

    it('strict with a 5-day sales threshold ⇒ fresh ⇒ 200', async () => {
      const res = await app.http.post(FROM_WB).send({ article_id: 1, freshness_mode: 'strict', freshness_sales_stale_after_days: 5 }).expect(200);
      expect(res.body.explanation.meta.freshness).toMatchObject({ status: 'fresh', sales_age_days: 5 });
    });

    it('warn ⇒ 200 with warning wb_data_freshness_degraded', async () => {
      const res = await app.http.post(FROM_WB).send({ article_id: 1 }).expect(200);
      const warning = (res.body.warnings as Array<{ code: string; params: Record<string, unknown> }>).find((w) => w.code === 'wb_data_freshness_degraded');
      expect(warning?.params).toMatchObject({ freshness_status: 'stale', sales_age_days: 5 });
    });

    it('a stored article threshold of 7 days is used and reported as article_settings', async () => {
      await fixtures.query('INSERT INTO article_planning_settings (article_id, production_order_freshness_sales_stale_after_days) VALUES (1, 7)');
      const res = await app.http.post(FROM_WB).send({ article_id: 1, freshness_mode: 'strict' }).expect(200);
      expect(res.body.explanation.meta.freshness.threshold_source.sales).toBe('article_settings');
    });

    it('from-WB issues the same number of statements for a small and a large article (05 §7.1)', async () => {
      const small = await countStatements(() => app.http.post(FROM_WB).send({ article_id: 1 }).expect(200));
      await fixtures.query(`INSERT INTO size (label, sort_order) VALUES ('L', 3), ('XL', 4)`);
      for (const color of [1, 2, 3]) for (const size of [1, 2, 3, 4]) {
        if (color <= 2 && size <= 2) continue;
        await fixtures.sku(color, size, 7);
      }
      await fixtures.bundleType(2, [1, 2, 3]);
      for (let k = 0; k < 12; k++) {
        await fixtures.mapping(`WB-BIG-${k}`, k % 2 === 0 ? 1 : 2, (k % 4) + 1);
        await fixtures.sales(`WB-BIG-${k}`, days(shift(-20), 20).map((day) => [day, k % 5] as [string, number]));
        await fixtures.stockDaily(`WB-BIG-${k}`, days(shift(-20), 20).map((day) => [day, 3] as [string, number]));
        await fixtures.wbStock(`WB-BIG-${k}`, 4, `${shift(-1)}T12:00:00Z`);
      }
      const large = await countStatements(() => app.http.post(FROM_WB).send({ article_id: 1 }).expect(200));
      expect(large.statements).toBe(small.statements);
      // 05 §7.1: at most 22 statements (reads and the stored run) plus START, SET ISOLATION and COMMIT.
      expect(small.statements).toBeLessThanOrEqual(22 + 3);
    });
  });
});
