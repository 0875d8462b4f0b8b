import { createTestApp, TestApp } from '../support/test-app';
import { emptyWbData, SeededArticle, T, WbSeeder } from './manager-test-kit';

const FROM_PROPOSAL = '/api/v1/wb/manager/shipment/from-proposal';
const BASE = { target_date: T, wb_arrival_date: T, comment: 'Test shipment' };

/** The item fields the shipment freezes from the proposal (§5.4). */
const FROZEN_FIELDS = [
  'article_id',
  'color_id',
  'size_id',
  'wb_sku',
  'recommended_qty',
  'nsk_stock_available',
  'oos_risk_before',
  'oos_risk_after',
  'limited_by_nsk_stock',
  'limited_by_max_coverage',
  'ignored_due_to_zero_sales',
  'below_min_coverage_threshold',
  'article_total_deficit',
  'article_total_recommended',
  'explanation',
] as const;

describe('WB shipment from proposal (POST /wb/manager/shipment/from-proposal)', () => {
  let t: TestApp;
  let seed: WbSeeder;
  let ship: SeededArticle;
  beforeAll(async () => {
    t = await createTestApp();
    seed = new WbSeeder(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await emptyWbData(t.db);
    seed.reset();
    // Scenario 21's data: single-SKU article SHIP, sales 10 on T, WB stock 5 at (1, "MSK"), NSC 100.
    ship = await seed.mappedArticle('SHIP');
    await seed.sales('WB-SHIP', T, 10);
    await seed.wbStock('WB-SHIP', 1, 'MSK', 5);
    await seed.nscStock(ship.skus[0].id, 100);
  });

  const create = (body: Record<string, unknown>, key?: string) => {
    const request = t.http.post(FROM_PROPOSAL);
    if (key !== undefined) request.set('Idempotency-Key', key);
    return request.send(body);
  };
  const count = async (table: string) => (await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  it('scenario 21: creates a draft with the defaults and one item per proposal row', async () => {
    const res = await create(BASE).expect(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      target_date: T,
      wb_arrival_date: T,
      comment: 'Test shipment',
      strategy: 'normal',
      zero_sales_policy: 'ignore',
      target_coverage_days: 30,
      min_coverage_days: 7,
      max_coverage_days_after: 60,
      max_replenishment_per_article: null,
    });
    expect(res.body.id).toEqual(expect.any(Number));
    expect(res.body.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(res.body.updated_at).toBe(res.body.created_at);
    expect(res.body.items).toHaveLength(1);
    const [item] = res.body.items;
    expect(item).toMatchObject({
      shipment_id: res.body.id,
      article_id: ship.id,
      color_id: ship.skus[0].colorId,
      size_id: ship.skus[0].sizeId,
      wb_sku: 'WB-SHIP',
      recommended_qty: 3,
      final_qty: 3,
      nsk_stock_available: 100,
      oos_risk_before: 'green',
      oos_risk_after: 'green',
      limited_by_nsk_stock: false,
      limited_by_max_coverage: false,
      ignored_due_to_zero_sales: false,
      below_min_coverage_threshold: false,
      article_total_deficit: 3,
      article_total_recommended: 3,
    });
    expect(item.id).toEqual(expect.any(Number));
    expect(item.explanation).toEqual(expect.any(String));
  });

  it('scenario 21: items equal the proposal for the same body, field by field, zero rows included', async () => {
    const other = await seed.article('IDLE', { sizes: 2 });
    await seed.mapping(other.id, 'WB-IDLE');
    const body = { target_date: T, wb_arrival_date: '2025-02-03', replenishment_strategy: 'aggressive', zero_sales_policy: 'keep' };
    const proposal = (await t.http.post('/api/v1/wb/manager/proposal').send(body).expect(200)).body.items;
    const shipment = (await create({ ...body, comment: '' }).expect(201)).body;
    expect(shipment.comment).toBe('');
    expect(shipment.items).toHaveLength(proposal.length);
    expect(proposal).toHaveLength(3);
    const pick = (row: Record<string, unknown>) => Object.fromEntries(FROZEN_FIELDS.map((field) => [field, row[field]]));
    expect(shipment.items.map(pick)).toEqual(proposal.map(pick));
    expect(shipment.items.map((item: { final_qty: number }) => item.final_qty)).toEqual(proposal.map((row: { recommended_qty: number }) => row.recommended_qty));
    const ids = shipment.items.map((item: { id: number }) => item.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(await count('wb_shipment_item')).toBe(3);
  });

  it('stores the parameters exactly as received and the shipment reads back the same', async () => {
    const body = {
      ...BASE,
      replenishment_strategy: 'conservative',
      zero_sales_policy: 'light',
      target_coverage_days: 45,
      min_coverage_days: 10,
      max_coverage_days_after: 90,
      max_replenishment_per_article: 123,
      explanation: false,
    };
    const created = (await create(body).expect(201)).body;
    expect(created).toMatchObject({
      strategy: 'conservative',
      zero_sales_policy: 'light',
      target_coverage_days: 45,
      min_coverage_days: 10,
      max_coverage_days_after: 90,
      max_replenishment_per_article: 123,
    });
    expect(created.items[0].explanation).toBeNull();
    const stored = (await t.http.get(`/api/v1/wb/manager/shipment/${created.id}`).expect(200)).body;
    expect(stored).toEqual(created);
  });

  it('scenario 22: comment missing or null → 422', async () => {
    const missing = await create({ target_date: T, wb_arrival_date: T }).expect(422);
    expect(missing.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['body', 'comment']]);
    const nulled = await create({ ...BASE, comment: null }).expect(422);
    expect(nulled.body.detail[0].loc).toEqual(['body', 'comment']);
    expect(await count('wb_shipment')).toBe(0);
  });

  it('W5: a comment over 1000 characters, a bad enum or range → 422 and nothing stored', async () => {
    await create({ ...BASE, comment: 'x'.repeat(1001) }).expect(422);
    await create({ ...BASE, replenishment_strategy: 'weird' }).expect(422);
    await create({ ...BASE, max_replenishment_per_article: -1 }).expect(422);
    await create({ ...BASE, comment: 'x'.repeat(1000) }).expect(201);
    expect(await count('wb_shipment')).toBe(1);
  });

  it('scenario 22: an arrival before the target date → 400 and nothing stored', async () => {
    const res = await create({ ...BASE, wb_arrival_date: '2025-01-01' }).expect(400);
    expect(res.body).toEqual({ detail: 'wb_arrival_date cannot be earlier than target_date' });
    expect(await count('wb_shipment')).toBe(0);
  });

  it('scenario 22: an empty proposal still creates the shipment, with no items', async () => {
    const res = await create({ ...BASE, article_ids: [999999] }).expect(201);
    expect(res.body.items).toEqual([]);
    expect(await count('wb_shipment')).toBe(1);
    expect(await count('wb_shipment_item')).toBe(0);
  });

  it('without an Idempotency-Key every call creates a shipment, as in the original', async () => {
    const first = (await create(BASE).expect(201)).body;
    const second = (await create(BASE).expect(201)).body;
    expect(second.id).not.toBe(first.id);
    expect(await count('wb_shipment')).toBe(2);
  });

  it('20 parallel calls with distinct Idempotency-Keys create 20 shipments without an error', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => create({ ...BASE, comment: `parallel ${i}` }, `parallel-key-${i}`)));
    expect(responses.map((res) => res.status)).toEqual(Array(20).fill(201));
    expect(new Set(responses.map((res) => res.body.id)).size).toBe(20);
    expect(await count('wb_shipment')).toBe(20);
    expect(await count('wb_shipment_item')).toBe(20);
  });

  describe('Idempotency-Key (00 §7)', () => {
    it('the same key and body again → 200 with the first shipment as it is now, nothing created', async () => {
      const first = await create(BASE, 'key-1').expect(201);
      await t.db.query(`UPDATE wb_shipment_item SET final_qty = 2`);
      const repeat = await create({ comment: 'Test shipment', wb_arrival_date: T, target_date: T }, 'key-1').expect(200);
      expect(repeat.body.id).toBe(first.body.id);
      expect(repeat.body.items[0].final_qty).toBe(2);
      expect(await count('wb_shipment')).toBe(1);
    });

    it('the same key with another body → 422 on the header, nothing created', async () => {
      await create(BASE, 'key-2').expect(201);
      const res = await create({ ...BASE, comment: 'changed' }, 'key-2').expect(422);
      expect(res.body.detail[0].loc).toEqual(['header', 'Idempotency-Key']);
      expect(await count('wb_shipment')).toBe(1);
    });

    it('concurrent repeats of one key create one shipment', async () => {
      const responses = await Promise.all(Array.from({ length: 5 }, () => create(BASE, 'key-3')));
      expect(responses.map((res) => res.status).sort()).toEqual([200, 200, 200, 200, 201]);
      expect(new Set(responses.map((res) => res.body.id)).size).toBe(1);
      expect(await count('wb_shipment')).toBe(1);
    });

    it('a failed call stores no key, so a corrected retry with it creates', async () => {
      await create({ ...BASE, wb_arrival_date: '2025-01-01' }, 'key-4').expect(400);
      await create(BASE, 'key-4').expect(201);
      expect(await count('wb_shipment')).toBe(1);
    });

    it('an invalid key → 422 on the header', async () => {
      const res = await create(BASE, 'has space').expect(422);
      expect(res.body.detail[0].loc).toEqual(['header', 'Idempotency-Key']);
      await create(BASE, 'k'.repeat(256)).expect(422);
      expect(await count('wb_shipment')).toBe(0);
    });
  });
});
