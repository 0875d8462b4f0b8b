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

/** Worked examples of 05 §5 that exercise stored supply data: pipeline defaults, Pantone codes, assorti types. */
describe('Planning Core proposals: receipts, fabric groups, service level and assorti over HTTP', () => {
  let app: TestApp;
  let fixtures: PlanningCoreFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    fixtures = new PlanningCoreFixtures(app.db);
  });
  afterAll(() => app.close());

  const lines = (body: { recommendation: { lines: Line[] } }) => body.recommendation.lines.map((line) => [line.color_id, line.size_id, line.recommended_qty]);

  it('Example 3: in-flight defaults stored through the settings PUT are credited by date', async () => {
    await fixtures.common();
    await fixtures.sku(1, 2, 20);
    await fixtures.bundleType(1, [1]);
    await app.http
      .put(`${SETTINGS}/1`)
      .send({
        in_flight_supply_defaults: [
          { color_id: 1, size_id: 2, qty: 30, eta_days: 6, stage: 'china_to_nsk' },
          { color_id: 1, size_id: 2, qty: 40, eta_days: 18, stage: 'production' },
        ],
      })
      .expect(200);
    const res = await app.http.post(DIRECT).send({ article_id: 1, ...COMMON_REQUEST, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }] }).expect(200);
    expect(lines(res.body)).toEqual([[1, 2, 50]]);
    expect(res.body.recommendation.lines[0].breakdown).toMatchObject({ receipts_before_arrival: 30, receipts_in_window: 40, cover_days_now: 4, cover_days_at_arrival: 20 });
    const credited = res.body.explanation.reasons.find((reason: { code: string }) => reason.code === 'receipts_credited');
    expect(credited.params).toMatchObject({ source: 'admin_defaults', units_before_arrival: 30, units_in_coverage_window: 40, units_after_window: 0 });
    // A request pipeline replaces the stored one (variant C: no receipts after arrival).
    const requested = await app.http
      .post(DIRECT)
      .send({
        article_id: 1,
        ...COMMON_REQUEST,
        bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }],
        in_flight_supply: [{ article_id: 1, color_id: 1, size_id: 2, qty: 30, eta_days: 6, stage: 'china_to_nsk' }],
      })
      .expect(200);
    expect(lines(requested.body)).toEqual([[1, 2, 90]]);
  });

  it('Example 5: colours whose stored Pantone codes normalise to one key share one fabric minimum', async () => {
    await fixtures.common();
    await fixtures.query(`UPDATE color SET pantone_code = '19-4052 TCX' WHERE id = 1`);
    await fixtures.query(`UPDATE color SET pantone_code = '19-4052  tcx' WHERE id = 2`);
    await fixtures.sku(1, 2, 80);
    await fixtures.sku(2, 2, 40);
    await fixtures.bundleType(1, [1, 2]);
    await fixtures.bundleType(2, [1]);
    const res = await app.http
      .post(DIRECT)
      .send({
        article_id: 1,
        ...COMMON_REQUEST,
        overrides: { ...COMMON_OVERRIDES, fabric_min_batch_qty_default: 300 },
        bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 3 }, { bundle_type_id: 2, daily_sales: 3 }],
      })
      .expect(200);
    expect(lines(res.body)).toEqual([
      [1, 2, 200],
      [2, 2, 100],
    ]);
    expect(res.body.order_by_date).toBe('2026-03-05');
    expect(res.body.constraints_applied.fabric_min_batches).toEqual([
      {
        pantone_code: '19-4052 TCX',
        required: 150,
        applied_min: 300,
        shared_pool_required: null,
        sibling_proxy_required: 0,
        article_required: 150,
        uplift: 150,
        source: 'request',
        status: 'uplifted',
        color_ids: [1, 2],
        article_ids: [1],
        budget_status: null,
        units_after_budget: 300,
        skip_option: null,
      },
    ]);
  });

  it('Example 8: service-level safety stock from the request’s standard deviation', async () => {
    await fixtures.common();
    await fixtures.sku(1, 2, 150);
    await fixtures.bundleType(1, [1]);
    const res = await app.http
      .post(DIRECT)
      .send({
        article_id: 1,
        ...COMMON_REQUEST,
        overrides: { ...COMMON_OVERRIDES, review_period_days: 6, safety_stock_method: 'service_level', service_level_percent: 95 },
        bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10, daily_sales_std_dev: 4 }],
      })
      .expect(200);
    expect(res.body.recommendation.lines[0].breakdown).toMatchObject({ net_requirement: 150, safety_stock: 27, recommended_qty: 177, safety_stock_target: 26.32, cover_days_at_arrival: 22.7 });
    expect(res.body).toMatchObject({ order_by_date: '2026-03-04', risk_level: 'warning' });
  });

  it('Example 10: an assorti type flagged in bundle_type takes surplus colours first', async () => {
    await fixtures.common();
    await fixtures.sku(1, 2, 200);
    await fixtures.sku(2, 2, 0);
    await fixtures.sku(3, 2, 0);
    await fixtures.bundleType(1, [2, 3]);
    await fixtures.bundleType(9, [1, 2, 3], { assorti: true, pieces: 2 });
    const res = await app.http
      .post(DIRECT)
      .send({ article_id: 1, ...COMMON_REQUEST, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 4 }, { bundle_type_id: 9, daily_sales: 3 }] })
      .expect(200);
    expect(lines(res.body)).toEqual([
      [2, 2, 110],
      [3, 2, 110],
    ]);
    expect(res.body.risk_level).toBe('critical');
    const assorti = res.body.explanation.reasons.find((reason: { code: string }) => reason.code === 'assorti_served_from_surplus');
    expect(assorti.params).toMatchObject({ bundle_type_id: 9, pieces_per_day: 6, from_surplus_per_day: 3 });
  });
});
