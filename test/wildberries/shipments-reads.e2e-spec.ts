import { createTestApp, TestApp } from '../support/test-app';
import { emptyShipmentTables, seedItem, seedShipment, seedSku, SHIPMENT_PATH, SkuRef } from './shipments-seed';

describe('WB shipment reads: spec 04 §6 status list and reading shipments', () => {
  let t: TestApp;
  let a1: SkuRef;
  let a2: SkuRef;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await emptyShipmentTables(t.db);
    a1 = await seedSku(t.db, 'A1');
    a2 = await seedSku(t.db, 'A2');
  });

  const ids = (body: Array<{ id: number }>) => body.map((s) => s.id);

  it('scenario 1: the status list is constant, in display order', async () => {
    const res = await t.http.get(`${SHIPMENT_PATH}/status-list`).expect(200);
    expect(res.body).toEqual({ statuses: ['draft', 'approved', 'shipped', 'cancelled'] });
  });

  it('scenario 34: one shipment by id with its comment; unknown id 404; non-integer id 422', async () => {
    const id = await seedShipment(t.db, { comment: 'Test get', targetDate: '2025-01-31', wbArrivalDate: '2025-02-03' });
    const second = await seedItem(t.db, id, a2, { finalQty: 7, oosRiskBefore: 'red' });
    const first = await seedItem(t.db, id, a1, { finalQty: 3 });
    const res = await t.http.get(`${SHIPMENT_PATH}/${id}`).expect(200);
    expect(res.body).toMatchObject({ id, status: 'draft', comment: 'Test get', target_date: '2025-01-31', wb_arrival_date: '2025-02-03' });
    expect(res.body.items.map((item: { id: number }) => item.id)).toEqual([second, first].sort((x, y) => x - y));
    expect(res.body.items.find((item: { id: number }) => item.id === second)).toEqual({
      id: second,
      shipment_id: id,
      article_id: a2.articleId,
      color_id: a2.colorId,
      size_id: a2.sizeId,
      wb_sku: 'WB-X',
      recommended_qty: 7,
      final_qty: 7,
      nsk_stock_available: 50,
      oos_risk_before: 'red',
      oos_risk_after: 'green',
      limited_by_nsk_stock: false,
      limited_by_max_coverage: false,
      ignored_due_to_zero_sales: false,
      below_min_coverage_threshold: false,
      article_total_deficit: 7,
      article_total_recommended: 7,
      explanation: 'seeded',
    });
    expect((await t.http.get(`${SHIPMENT_PATH}/999999`).expect(404)).body).toEqual({ detail: 'WbShipment not found' });
    expect((await t.http.get(`${SHIPMENT_PATH}/99999999999`).expect(404)).body).toEqual({ detail: 'WbShipment not found' });
    expect((await t.http.get(`${SHIPMENT_PATH}/abc`).expect(422)).body.detail[0].loc).toEqual(['path', 'shipmentId']);
  });

  it('scenario 35: list filters by status, article (with all items), dates; unknown status is []', async () => {
    const s1 = await seedShipment(t.db, { status: 'draft', targetDate: '2025-01-01' });
    await seedItem(t.db, s1, a1);
    await seedItem(t.db, s1, a2);
    const s2 = await seedShipment(t.db, { status: 'approved', targetDate: '2025-01-02' });
    await seedItem(t.db, s2, a2);
    const all = await t.http.get(`${SHIPMENT_PATH}/`).expect(200);
    expect(ids(all.body)).toEqual([s1, s2]);
    expect(all.body.map((s: { status: string }) => s.status)).toEqual(['draft', 'approved']);
    expect(ids((await t.http.get(SHIPMENT_PATH).expect(200)).body)).toEqual([s1, s2]);
    expect(ids((await t.http.get(`${SHIPMENT_PATH}/?status=draft`).expect(200)).body)).toEqual([s1]);
    const byArticle = await t.http.get(`${SHIPMENT_PATH}/?article_id=${a1.articleId}`).expect(200);
    expect(ids(byArticle.body)).toEqual([s1]);
    expect(byArticle.body[0].items).toHaveLength(2);
    expect(ids((await t.http.get(`${SHIPMENT_PATH}/?date_from=2025-01-02&date_to=2025-01-02`).expect(200)).body)).toEqual([s2]);
    expect((await t.http.get(`${SHIPMENT_PATH}/?status=bogus`).expect(200)).body).toEqual([]);
    await t.http.get(`${SHIPMENT_PATH}/?date_from=2025-02-30`).expect(422);
    await t.http.get(`${SHIPMENT_PATH}/?article_id=x`).expect(422);
  });

  it('an empty database lists nothing', async () => {
    expect((await t.http.get(`${SHIPMENT_PATH}/`).expect(200)).body).toEqual([]);
    expect((await t.http.get(`${SHIPMENT_PATH}/headers`).expect(200)).body).toEqual([]);
  });

  it('scenario 36: headers carry live aggregates and no items; a shipment without items has zeros', async () => {
    const id = await seedShipment(t.db, { targetDate: '2025-01-01', wbArrivalDate: '2025-01-02', comment: 'Header test' });
    await seedItem(t.db, id, a1, { finalQty: 10, oosRiskBefore: 'red' });
    await seedItem(t.db, id, a1, { finalQty: 20, oosRiskBefore: 'yellow' });
    await seedItem(t.db, id, a2, { finalQty: 30, oosRiskBefore: 'green' });
    const empty = await seedShipment(t.db);
    const res = await t.http.get(`${SHIPMENT_PATH}/headers?sort_by=id&sort_dir=asc`).expect(200);
    expect(res.body).toEqual([
      {
        id,
        status: 'draft',
        target_date: '2025-01-01',
        wb_arrival_date: '2025-01-02',
        comment: 'Header test',
        created_at: expect.any(String),
        updated_at: expect.any(String),
        total_items: 3,
        total_final_qty: 60,
        red_risk_count: 1,
        yellow_risk_count: 1,
      },
      expect.objectContaining({ id: empty, total_items: 0, total_final_qty: 0, red_risk_count: 0, yellow_risk_count: 0 }),
    ]);
  });

  it('scenario 37: header filters by status and by article, aggregating over all items of the match', async () => {
    const five = await seedShipment(t.db, { status: 'draft' });
    await seedItem(t.db, five, a1, { finalQty: 1 });
    await seedItem(t.db, five, a1, { finalQty: 2 });
    await seedItem(t.db, five, a2, { finalQty: 4 });
    const seven = await seedShipment(t.db, { status: 'approved' });
    await seedItem(t.db, seven, a2, { finalQty: 8 });
    expect(ids((await t.http.get(`${SHIPMENT_PATH}/headers?status=draft`).expect(200)).body)).toEqual([five]);
    const byArticle = await t.http.get(`${SHIPMENT_PATH}/headers?article_id=${a1.articleId}`).expect(200);
    expect(byArticle.body).toEqual([expect.objectContaining({ id: five, total_items: 3, total_final_qty: 7 })]);
    expect((await t.http.get(`${SHIPMENT_PATH}/headers?status=bogus`).expect(200)).body).toEqual([]);
  });

  it('scenario 38: headers sort, page and break ties by id in the sort direction', async () => {
    const s1 = await seedShipment(t.db, { comment: 'S1', targetDate: '2025-01-05' });
    const s2 = await seedShipment(t.db, { comment: 'S2', targetDate: '2025-01-05' });
    const s3 = await seedShipment(t.db, { comment: 'S3', targetDate: '2025-01-01' });
    const comments = (body: Array<{ comment: string }>) => body.map((s) => s.comment);
    const page1 = await t.http.get(`${SHIPMENT_PATH}/headers?sort_by=created_at&sort_dir=asc&limit=2&offset=0`).expect(200);
    expect(comments(page1.body)).toEqual(['S1', 'S2']);
    const page2 = await t.http.get(`${SHIPMENT_PATH}/headers?sort_by=created_at&sort_dir=asc&limit=2&offset=2`).expect(200);
    expect(comments(page2.body)).toEqual(['S3']);
    expect(comments((await t.http.get(`${SHIPMENT_PATH}/headers`).expect(200)).body)).toEqual(['S3', 'S2', 'S1']);
    expect(comments((await t.http.get(`${SHIPMENT_PATH}/headers?sort_dir=ASC`).expect(200)).body)).toEqual(['S1', 'S2', 'S3']);
    expect(ids((await t.http.get(`${SHIPMENT_PATH}/headers?sort_by=target_date&sort_dir=desc`).expect(200)).body)).toEqual([s2, s1, s3]);
    expect(ids((await t.http.get(`${SHIPMENT_PATH}/headers?sort_by=target_date&sort_dir=asc`).expect(200)).body)).toEqual([s3, s1, s2]);
  });

  it('headers paging: limit defaults to 50 and caps at 500', async () => {
    await t.db.query(
      `INSERT INTO wb_shipment (status, target_date, wb_arrival_date, strategy, zero_sales_policy, target_coverage_days,
         min_coverage_days, max_coverage_days_after)
       SELECT 'draft', '2025-01-01', '2025-01-01', 'normal', 'ignore', 30, 7, 60 FROM generate_series(1, 60)`,
    );
    expect((await t.http.get(`${SHIPMENT_PATH}/headers`).expect(200)).body).toHaveLength(50);
    expect((await t.http.get(`${SHIPMENT_PATH}/headers?limit=500`).expect(200)).body).toHaveLength(60);
    expect((await t.http.get(`${SHIPMENT_PATH}/headers?limit=1`).expect(200)).body).toHaveLength(1);
    expect((await t.http.get(`${SHIPMENT_PATH}/headers?offset=59`).expect(200)).body).toHaveLength(1);
  });

  it.each([
    ['limit', 'limit=0'],
    ['limit', 'limit=501'],
    ['limit', 'limit=-1'],
    ['limit', 'limit=abc'],
    ['offset', 'offset=-1'],
    ['offset', 'offset=1.5'],
  ])('headers paging out of bounds is 422 at query.%s (%s)', async (field, query) => {
    const res = await t.http.get(`${SHIPMENT_PATH}/headers?${query}`).expect(422);
    expect(res.body.detail).toEqual([expect.objectContaining({ loc: ['query', field] })]);
  });

  it('scenario 39: invalid sort_by and sort_dir are the documented 400s, sort_by checked first', async () => {
    const bySortBy = await t.http.get(`${SHIPMENT_PATH}/headers?sort_by=nonexistent_field&sort_dir=sideways`).expect(400);
    expect(bySortBy.body).toEqual({
      detail: "Invalid sort_by 'nonexistent_field', must be one of: ['created_at', 'id', 'status', 'target_date', 'updated_at', 'wb_arrival_date']",
    });
    const bySortDir = await t.http.get(`${SHIPMENT_PATH}/headers?sort_dir=sideways`).expect(400);
    expect(bySortDir.body).toEqual({ detail: "Invalid sort_dir, must be 'asc' or 'desc'" });
  });

  it('scenario 40: aggregates of one shipment; unknown id is 404', async () => {
    const id = await seedShipment(t.db, { status: 'approved' });
    await seedItem(t.db, id, a1, { finalQty: 10, oosRiskBefore: 'red' });
    await seedItem(t.db, id, a1, { finalQty: 20, oosRiskBefore: 'yellow' });
    await seedItem(t.db, id, a2, { finalQty: 30, oosRiskBefore: 'green' });
    const res = await t.http.get(`${SHIPMENT_PATH}/${id}/aggregates`).expect(200);
    expect(res.body).toEqual({
      shipment_id: id,
      status: 'approved',
      created_at: expect.stringMatching(/Z$/),
      updated_at: expect.stringMatching(/Z$/),
      total_items: 3,
      total_final_qty: 60,
      red_risk_count: 1,
      yellow_risk_count: 1,
    });
    expect((await t.http.get(`${SHIPMENT_PATH}/999999/aggregates`).expect(404)).body).toEqual({ detail: 'WbShipment not found' });
  });

  it('scenario 41: item summary renames id to item_id; wrong shipment or unknown ids are 404s', async () => {
    const s1 = await seedShipment(t.db);
    const s2 = await seedShipment(t.db);
    const item = await seedItem(t.db, s1, a1, { finalQty: 9, explanation: null });
    const res = await t.http.get(`${SHIPMENT_PATH}/${s1}/items/${item}/summary`).expect(200);
    expect(res.body).toMatchObject({ item_id: item, shipment_id: s1, article_id: a1.articleId, final_qty: 9, explanation: null });
    expect(res.body).not.toHaveProperty('id');
    expect(Object.keys(res.body)).toHaveLength(18);
    expect((await t.http.get(`${SHIPMENT_PATH}/${s2}/items/${item}/summary`).expect(404)).body).toEqual({ detail: 'WbShipmentItem not found' });
    expect((await t.http.get(`${SHIPMENT_PATH}/999999/items/${item}/summary`).expect(404)).body).toEqual({ detail: 'WbShipment not found' });
    await t.http.get(`${SHIPMENT_PATH}/${s1}/items/x/summary`).expect(422);
  });

  it('static segments are never read as an id, with or without a trailing slash', async () => {
    await t.http.get(`${SHIPMENT_PATH}/headers/`).expect(200);
    await t.http.get(`${SHIPMENT_PATH}/status-list/`).expect(200);
    await t.http.get(`${SHIPMENT_PATH}/preset?target_date=2025-02-01`).expect(200);
  });

  it('an unsupported method on a shipment path is 405 naming the allowed ones', async () => {
    const res = await t.http.delete(`${SHIPMENT_PATH}/1`).expect(405);
    expect(res.body).toEqual({ detail: 'Method Not Allowed' });
    expect(res.headers.allow).toContain('PATCH');
    expect(res.headers.allow).toContain('GET');
  });

  it('the full list loads items in a constant number of queries', async () => {
    const { countStatements } = await import('../support/statement-counter');
    for (let n = 0; n < 5; n++) await seedItem(t.db, await seedShipment(t.db), a1);
    const few = await countStatements(() => t.http.get(`${SHIPMENT_PATH}/`).expect(200));
    for (let n = 0; n < 10; n++) await seedItem(t.db, await seedShipment(t.db), a2);
    const many = await countStatements(() => t.http.get(`${SHIPMENT_PATH}/`).expect(200));
    expect(many.result.body).toHaveLength(15);
    expect(many.statements).toBe(few.statements);
  });
});
