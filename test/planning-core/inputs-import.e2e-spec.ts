import { createTestApp, TestApp } from '../support/test-app';
import { PlanningCoreFixtures } from './planning-core-fixtures';

const BUNDLE_STOCK = '/api/v1/planning/core/bundle-stock/import';
const WB_STOCK = '/api/v1/wb/stock/import';

describe('Planning Core inputs: NSC bundle-stock import and the daily WB stock history', () => {
  let app: TestApp;
  let fixtures: PlanningCoreFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    fixtures = new PlanningCoreFixtures(app.db);
  });
  afterAll(() => app.close());

  beforeEach(async () => {
    await fixtures.common();
    await fixtures.bundleType(1, []);
  });

  const item = (overrides: Record<string, unknown> = {}) => ({ article_id: 1, bundle_type_id: 1, size_id: 1, warehouse_id: 1, quantity: 5, ...overrides });
  const stored = () =>
    app.db.query('SELECT article_id, bundle_type_id, size_id, warehouse_id, quantity FROM bundle_stock_balance ORDER BY article_id, bundle_type_id, size_id, warehouse_id');

  it('inserts, then updates by key; a repeated key counts as an update and its last occurrence wins', async () => {
    const first = await app.http.post(BUNDLE_STOCK).send({ items: [item(), item({ size_id: 2, quantity: 7 })] }).expect(200);
    expect(first.body).toEqual({ inserted: 2, updated: 0 });
    const second = await app.http.post(BUNDLE_STOCK).send({ items: [item({ quantity: 1 }), item({ quantity: 9 })] }).expect(200);
    expect(second.body).toEqual({ inserted: 0, updated: 2 });
    expect(await stored()).toEqual([
      { article_id: 1, bundle_type_id: 1, size_id: 1, warehouse_id: 1, quantity: 9 },
      { article_id: 1, bundle_type_id: 1, size_id: 2, warehouse_id: 1, quantity: 7 },
    ]);
  });

  it('an empty list writes nothing and answers zeros', async () => {
    expect((await app.http.post(BUNDLE_STOCK).send({ items: [] }).expect(200)).body).toEqual({ inserted: 0, updated: 0 });
  });

  it('422 names the failing row and field; nothing is written', async () => {
    const res = await app.http.post(BUNDLE_STOCK).send({ items: [item(), item({ quantity: 1.5 })] }).expect(422);
    expect(res.body.detail).toEqual([expect.objectContaining({ type: 'int_type', loc: ['body', 'items', 1, 'quantity'] })]);
    expect(await stored()).toEqual([]);
  });

  it('400 unknown_reference names the first item whose id does not exist; nothing is written', async () => {
    const res = await app.http.post(BUNDLE_STOCK).send({ items: [item(), item({ warehouse_id: 8 }), item({ article_id: 9 })] }).expect(400);
    expect(res.body.detail).toMatchObject({ code: 'unknown_reference', field: 'items.warehouse_id', item_index: 1, warehouse_id: 8 });
    expect(await stored()).toEqual([]);
  });

  it('413 above the row limit, before validation', async () => {
    const items = Array.from({ length: 50_001 }, () => ({}));
    await app.http.post(BUNDLE_STOCK).send({ items }).expect(413);
  });

  it('every WB stock import sets today’s wb_stock_daily row of its listings to their summed stock', async () => {
    const today = (await app.db.query<{ today: string }>(`SELECT to_char(current_date, 'YYYY-MM-DD') AS today`))[0].today;
    const daily = () => app.db.query(`SELECT wb_sku, to_char(date, 'YYYY-MM-DD') AS date, stock_qty FROM wb_stock_daily ORDER BY wb_sku, date`);
    await app.http
      .post(WB_STOCK)
      .send({ items: [{ wb_sku: 'A', warehouse_id: 1, stock_qty: 4 }, { wb_sku: 'A', warehouse_id: 2, stock_qty: 6 }, { wb_sku: 'B', warehouse_id: 1, stock_qty: 3 }] })
      .expect(200);
    expect(await daily()).toEqual([
      { wb_sku: 'A', date: today, stock_qty: 10 },
      { wb_sku: 'B', date: today, stock_qty: 3 },
    ]);
    await app.http.post(WB_STOCK).send({ items: [{ wb_sku: 'A', warehouse_id: 2, stock_qty: 1 }] }).expect(200);
    await app.http.post(WB_STOCK).send({ mode: 'replace', items: [{ wb_sku: 'B', warehouse_id: 7, stock_qty: 2 }] }).expect(200);
    expect(await daily()).toEqual([
      { wb_sku: 'A', date: today, stock_qty: 5 },
      { wb_sku: 'B', date: today, stock_qty: 2 },
    ]);
  });

  it('a refused WB stock import writes no history row', async () => {
    await app.http.post(WB_STOCK).send({ items: [{ wb_sku: 'A', warehouse_id: 1, stock_qty: 'x' }] }).expect(422);
    expect(await app.db.query('SELECT * FROM wb_stock_daily')).toEqual([]);
  });
});
