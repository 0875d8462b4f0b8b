import { createTestApp, TestApp } from '../support/test-app';
import { PlanningCoreFixtures } from './planning-core-fixtures';

const SETTINGS = '/api/v1/planning/core/production-order/settings';

/** The business date follows PLANNING_TIME_ZONE; concurrent settings PUTs of one article serialise. */
describe('Planning Core with PLANNING_TIME_ZONE far from UTC', () => {
  let app: TestApp;
  let fixtures: PlanningCoreFixtures;
  const ZONE = 'Pacific/Kiritimati'; // UTC+14: its date differs from UTC's for most of the day

  beforeAll(async () => {
    app = await createTestApp({ env: { PLANNING_TIME_ZONE: ZONE } });
    fixtures = new PlanningCoreFixtures(app.db);
    await fixtures.common();
    await fixtures.sku(1, 1, 0);
    await fixtures.sku(2, 1, 0);
  });
  afterAll(async () => {
    await app.close();
    delete process.env.PLANNING_TIME_ZONE;
  });

  it('wb_stock_daily rows are dated with the business date of the import', async () => {
    await app.http.post('/api/v1/wb/stock/import').send({ items: [{ wb_sku: 'TZ-1', warehouse_id: 1, stock_qty: 5 }] }).expect(200);
    const [row] = await app.db.query<{ matches: boolean }>(
      `SELECT date = (now() AT TIME ZONE $1)::date AS matches FROM wb_stock_daily WHERE wb_sku = 'TZ-1'`,
      [ZONE],
    );
    expect(row).toEqual({ matches: true });
  });

  it('a proposal without as_of_date starts on the business today', async () => {
    await fixtures.bundleType(1, [1, 2]);
    const [{ today }] = await app.db.query<{ today: string }>(`SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS today`, [ZONE]);
    const res = await app.http
      .post('/api/v1/planning/core/production-order/proposal')
      .send({ article_id: 1, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 1 }] })
      .expect(200);
    expect(res.body.as_of_date).toBe(today);
  });

  it('ten concurrent settings PUTs of one article all succeed and leave one of the written states', async () => {
    const bodies = Array.from({ length: 10 }, (_, k) => ({
      size_weights: [{ size_id: 1, weight: k + 1 }],
      fabric_min_batch_overrides: [{ color_id: 1 + (k % 2), fabric_min_batch_qty: 100 + k }],
      priority: k,
    }));
    const answers = await Promise.all(bodies.map((body) => app.http.put(`${SETTINGS}/1`).send(body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    const final = (await app.http.get(`${SETTINGS}/1`).expect(200)).body;
    const k = final.priority as number;
    expect(final.size_weights).toEqual([{ size_id: 1, weight: k + 1 }]);
    expect(final.fabric_min_batch_overrides).toEqual([{ color_id: 1 + (k % 2), fabric_min_batch_qty: 100 + k }]);
  });
});
