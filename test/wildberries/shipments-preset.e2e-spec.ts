import { createTestApp, TestApp } from '../support/test-app';
import { emptyShipmentTables, seedItem, seedShipment, seedSku, SHIPMENT_PATH, SkuRef } from './shipments-seed';

const PARAMS = {
  strategy: 'aggressive',
  zeroSalesPolicy: 'keep',
  targetCoverageDays: 45,
  minCoverageDays: 10,
  maxCoverageDaysAfter: 90,
  maxReplenishmentPerArticle: 123,
};

describe('WB shipment preset: spec 04 §6 scenarios 42–50', () => {
  let t: TestApp;
  let sku: SkuRef;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await emptyShipmentTables(t.db);
    sku = await seedSku(t.db, 'P');
  });

  const preset = async (targetDate: string) => (await t.http.get(`${SHIPMENT_PATH}/preset?target_date=${targetDate}`).expect(200)).body;

  /** A shipment with one item of the given total. */
  async function shipment(status: string, targetDate: string, wbArrivalDate: string, total: number, params = PARAMS): Promise<number> {
    const id = await seedShipment(t.db, { status, targetDate, wbArrivalDate, ...params });
    await seedItem(t.db, id, sku, { finalQty: total, nskStockAvailable: total });
    return id;
  }

  it('scenario 42: empty history gives the global defaults and 7 transit days', async () => {
    expect(await preset('2025-02-01')).toEqual({
      target_date: '2025-02-01',
      suggested_wb_arrival_date: '2025-02-08',
      suggested_strategy: 'normal',
      suggested_zero_sales_policy: 'ignore',
      suggested_target_coverage_days: 30,
      suggested_min_coverage_days: 7,
      suggested_max_coverage_days_after: 60,
      suggested_max_replenishment_per_article: null,
      recent_shipments: [],
      avg_total_final_qty_last3: null,
      last_shipment_total_final_qty: null,
      default_comment_template: 'WB shipment for coverage ~30 days (ETA 2025-02-08)',
      explanation: expect.stringContaining('No non-cancelled WB shipments found'),
    });
    expect((await preset('2025-02-01')).explanation).toContain('transit_days=7');
  });

  it('scenario 43: one approved shipment supplies every suggestion', async () => {
    const id = await shipment('approved', '2025-01-01', '2025-01-08', 30);
    const body = await preset('2025-02-01');
    expect(body).toMatchObject({
      suggested_strategy: 'aggressive',
      suggested_zero_sales_policy: 'keep',
      suggested_target_coverage_days: 45,
      suggested_min_coverage_days: 10,
      suggested_max_coverage_days_after: 90,
      suggested_max_replenishment_per_article: 123,
      suggested_wb_arrival_date: '2025-02-08',
      last_shipment_total_final_qty: 30,
      avg_total_final_qty_last3: 30,
      default_comment_template: 'WB shipment for coverage ~45 days (ETA 2025-02-08)',
    });
    expect(body.recent_shipments).toEqual([
      {
        id,
        status: 'approved',
        target_date: '2025-01-01',
        wb_arrival_date: '2025-01-08',
        created_at: expect.any(String),
        updated_at: expect.any(String),
        total_final_qty: 30,
        total_items: 1,
      },
    ]);
    expect(body.explanation).toContain(`#${id}`);
  });

  it('scenario 44: the newer shipment leads the recent list; the mean covers both', async () => {
    await shipment('approved', '2025-01-01', '2025-01-08', 100);
    const newer = await shipment('shipped', '2025-01-02', '2025-01-09', 200);
    const body = await preset('2025-02-01');
    expect(body.suggested_wb_arrival_date).toBe('2025-02-08');
    expect(body.recent_shipments[0]).toMatchObject({ id: newer, total_final_qty: 200, total_items: 1 });
    expect(body.last_shipment_total_final_qty).toBe(200);
    expect(body.avg_total_final_qty_last3).toBe(150);
  });

  it('scenario 45: the median of transits 3, 7, 10 is 7', async () => {
    await shipment('draft', '2025-01-01', '2025-01-04', 1);
    await shipment('approved', '2025-01-01', '2025-01-11', 1);
    await shipment('shipped', '2025-01-01', '2025-01-08', 1);
    expect((await preset('2025-02-01')).suggested_wb_arrival_date).toBe('2025-02-08');
  });

  it('scenario 46: transits outside 1…20 days fall back to 7', async () => {
    await shipment('draft', '2025-01-01', '2025-01-01', 1);
    await shipment('draft', '2025-01-01', '2025-01-26', 1);
    expect((await preset('2025-02-01')).suggested_wb_arrival_date).toBe('2025-02-08');
  });

  it('scenario 47: an even count rounds the middle mean half to even', async () => {
    await shipment('draft', '2025-01-01', '2025-01-04', 1);
    await shipment('approved', '2025-01-03', '2025-01-07', 1);
    expect((await preset('2025-03-01')).suggested_wb_arrival_date).toBe('2025-03-05');
    await emptyShipmentTables(t.db);
    sku = await seedSku(t.db, 'P2');
    await shipment('draft', '2025-01-01', '2025-01-03', 1);
    await shipment('draft', '2025-01-01', '2025-01-04', 1);
    expect((await preset('2025-03-01')).suggested_wb_arrival_date).toBe('2025-03-03');
  });

  it('scenario 48: three shipments of 100, 200, 300: the last is 300 and the mean 200', async () => {
    await shipment('draft', '2025-01-01', '2025-01-02', 100);
    await shipment('draft', '2025-01-01', '2025-01-02', 200);
    const last = await shipment('draft', '2025-01-01', '2025-01-02', 300);
    const body = await preset('2025-02-01');
    expect(body.last_shipment_total_final_qty).toBe(300);
    expect(body.avg_total_final_qty_last3).toBe(200);
    expect(body.recent_shipments.map((s: { id: number }) => s.id)[0]).toBe(last);
    expect(body.recent_shipments).toHaveLength(3);
  });

  it('the recent list stops at three, newest first, ties on created_at broken by the higher id', async () => {
    const same = [];
    for (let n = 0; n < 4; n++) same.push(await seedShipment(t.db, { createdAtSecond: 5 }));
    const body = await preset('2025-02-01');
    expect(body.recent_shipments.map((s: { id: number }) => s.id)).toEqual([same[3], same[2], same[1]]);
  });

  it('scenario 49: cancelled shipments are ignored by every part of the preset', async () => {
    const kept = await shipment('approved', '2025-01-01', '2025-01-04', 40);
    await shipment('cancelled', '2025-01-05', '2025-01-20', 999, { ...PARAMS, strategy: 'conservative', targetCoverageDays: 99 });
    const body = await preset('2025-02-01');
    expect(body.suggested_strategy).toBe('aggressive');
    expect(body.suggested_target_coverage_days).toBe(45);
    expect(body.recent_shipments.map((s: { id: number }) => s.id)).toEqual([kept]);
    expect(body.suggested_wb_arrival_date).toBe('2025-02-04');
    expect(body.last_shipment_total_final_qty).toBe(40);
  });

  it('scenario 50: target_date is required and must be a date', async () => {
    const missing = await t.http.get(`${SHIPMENT_PATH}/preset`).expect(422);
    expect(missing.body.detail[0].loc).toEqual(['query', 'target_date']);
    await t.http.get(`${SHIPMENT_PATH}/preset?target_date=2025-02-30`).expect(422);
  });
});
