import { createTestApp, TestApp } from '../support/test-app';
import { emptyShipmentTables, seedItem, seedShipment, seedSku, seedStock, SHIPMENT_PATH, SkuRef } from './shipments-seed';

const FINAL = 'Cannot modify a shipment in final status';
const NON_DRAFT = 'Cannot modify items of a non-draft shipment';

describe('WB shipment editor: spec 04 §6 item editor and status machine', () => {
  let t: TestApp;
  let sku: SkuRef;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await emptyShipmentTables(t.db);
    sku = await seedSku(t.db, 'SHIP');
  });

  const patchHeader = (id: number | string, body: unknown) => t.http.patch(`${SHIPMENT_PATH}/${id}`).send(body as object);
  const patchItem = (id: number | string, itemId: number | string, body: unknown) =>
    t.http.patch(`${SHIPMENT_PATH}/${id}/items/${itemId}`).send(body as object);
  const storedStatus = async (id: number) => (await t.db.query<{ status: string }>('SELECT status FROM wb_shipment WHERE id = $1', [id]))[0].status;

  describe('item editor', () => {
    it('scenario 23: final_qty above the NSC snapshot is refused; equal to it is stored', async () => {
      const id = await seedShipment(t.db);
      const itemId = await seedItem(t.db, id, sku, { recommendedQty: 20, finalQty: 20, nskStockAvailable: 50 });
      const refused = await patchItem(id, itemId, { final_qty: 60 }).expect(400);
      expect(refused.body).toEqual({ detail: 'final_qty exceeds available NSC stock' });
      const ok = await patchItem(id, itemId, { final_qty: 50 }).expect(200);
      expect(ok.body.id).toBe(id);
      expect(ok.body.items).toHaveLength(1);
      expect(ok.body.items[0]).toMatchObject({ id: itemId, final_qty: 50, recommended_qty: 20, nsk_stock_available: 50 });
    });

    it('scenario 24: edits store both values, and every successful call moves updated_at, even {}', async () => {
      const id = await seedShipment(t.db);
      const itemId = await seedItem(t.db, id, sku, { finalQty: 3, nskStockAvailable: 100 });
      const before = (await t.http.get(`${SHIPMENT_PATH}/${id}`).expect(200)).body.updated_at;
      const first = await patchItem(id, itemId, { final_qty: 2, explanation: 'Manual adjustment' }).expect(200);
      expect(first.body.items[0]).toMatchObject({ final_qty: 2, explanation: 'Manual adjustment' });
      expect(first.body.updated_at).not.toBe(before);
      const second = await patchItem(id, itemId, {}).expect(200);
      expect(second.body.updated_at).not.toBe(first.body.updated_at);
      expect(Date.parse(second.body.updated_at)).toBeGreaterThan(Date.parse(first.body.updated_at));
      const cleared = await patchItem(id, itemId, { explanation: null }).expect(200);
      expect(cleared.body.items[0]).toMatchObject({ final_qty: 2, explanation: null });
    });

    it('scenario 25: unknown shipment and unknown item are 404s with their own messages', async () => {
      const id = await seedShipment(t.db);
      const other = await seedShipment(t.db);
      const otherItem = await seedItem(t.db, other, sku);
      expect((await patchItem(999999, 1, {}).expect(404)).body).toEqual({ detail: 'WbShipment not found' });
      expect((await patchItem(id, 999999, {}).expect(404)).body).toEqual({ detail: 'WbShipmentItem not found' });
      expect((await patchItem(id, otherItem, {}).expect(404)).body).toEqual({ detail: 'WbShipmentItem not found' });
    });

    it('scenario 26: once approved, item edits are refused before the item is even looked up', async () => {
      const id = await seedShipment(t.db);
      const itemId = await seedItem(t.db, id, sku, { finalQty: 5 });
      await seedStock(t.db, sku, 100);
      await patchHeader(id, { status: 'approved' }).expect(200);
      expect((await patchItem(id, itemId, { final_qty: 1 }).expect(400)).body).toEqual({ detail: NON_DRAFT });
      expect((await patchItem(id, 999999, {}).expect(400)).body).toEqual({ detail: NON_DRAFT });
      const [row] = await t.db.query('SELECT final_qty FROM wb_shipment_item WHERE id = $1', [itemId]);
      expect(row.final_qty).toBe(5);
    });

    it.each(['shipped', 'cancelled'])('a %s shipment refuses item edits too', async (status) => {
      const id = await seedShipment(t.db, { status });
      const itemId = await seedItem(t.db, id, sku);
      expect((await patchItem(id, itemId, { explanation: 'x' }).expect(400)).body).toEqual({ detail: NON_DRAFT });
    });

    it.each([
      ['negative', { final_qty: -5 }],
      ['null', { final_qty: null }],
      ['fractional', { final_qty: 7.5 }],
      ['a non-numeric string', { final_qty: 'abc' }],
      ['a numeric string', { final_qty: '7' }],
    ])('scenario 27: final_qty %s is 422 at body.final_qty and nothing changes', async (_, body) => {
      const id = await seedShipment(t.db);
      const itemId = await seedItem(t.db, id, sku, { finalQty: 4 });
      const res = await patchItem(id, itemId, body).expect(422);
      expect(res.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'final_qty'] })]);
      const [row] = await t.db.query('SELECT final_qty FROM wb_shipment_item WHERE id = $1', [itemId]);
      expect(row.final_qty).toBe(4);
    });

    it('an invalid body sent to an unknown shipment is 422, not 404', async () => {
      await patchItem(999999, 1, { final_qty: -1 }).expect(422);
    });

    it('a non-integer path id is 422 at path', async () => {
      const res = await patchItem('abc', 1, {}).expect(422);
      expect(res.body.detail[0].loc).toEqual(['path', 'shipmentId']);
    });
  });

  describe('status machine', () => {
    it('scenario 28: draft → approved → shipped, then every change is refused as final', async () => {
      const id = await seedShipment(t.db);
      expect((await patchHeader(id, { status: 'approved' }).expect(200)).body.status).toBe('approved');
      expect((await patchHeader(id, { status: 'shipped' }).expect(200)).body.status).toBe('shipped');
      for (const body of [{ status: 'draft' }, { status: 'approved' }, { status: 'cancelled' }, { status: 'shipped' }, { comment: 'late' }, {}]) {
        expect((await patchHeader(id, body).expect(400)).body).toEqual({ detail: FINAL });
      }
      expect(await storedStatus(id)).toBe('shipped');
    });

    it('scenario 29: a cancelled shipment refuses every status', async () => {
      const id = await seedShipment(t.db);
      expect((await patchHeader(id, { status: 'cancelled' }).expect(200)).body.status).toBe('cancelled');
      for (const status of ['draft', 'approved', 'shipped', 'cancelled', 'weird']) {
        expect((await patchHeader(id, { status }).expect(400)).body).toEqual({ detail: FINAL });
      }
      expect(await storedStatus(id)).toBe('cancelled');
    });

    it('scenario 30: draft → shipped and approved → draft are invalid transitions', async () => {
      const draft = await seedShipment(t.db);
      const approved = await seedShipment(t.db, { status: 'approved' });
      expect((await patchHeader(draft, { status: 'shipped' }).expect(400)).body).toEqual({
        detail: "Invalid status transition from 'draft' to 'shipped'",
      });
      expect((await patchHeader(approved, { status: 'draft' }).expect(400)).body).toEqual({
        detail: "Invalid status transition from 'approved' to 'draft'",
      });
      expect(await storedStatus(draft)).toBe('draft');
      expect(await storedStatus(approved)).toBe('approved');
    });

    it('approved → cancelled is allowed, and a same-status request is a no-op that keeps updated_at', async () => {
      const id = await seedShipment(t.db, { status: 'approved' });
      const before = (await t.http.get(`${SHIPMENT_PATH}/${id}`).expect(200)).body.updated_at;
      expect((await patchHeader(id, { status: 'approved' }).expect(200)).body.updated_at).toBe(before);
      const draft = await seedShipment(t.db);
      expect((await patchHeader(draft, { status: 'draft' }).expect(200)).body.status).toBe('draft');
      expect((await patchHeader(id, { status: 'cancelled' }).expect(200)).body.status).toBe('cancelled');
    });

    it('scenario 31: an unknown or null status is 400 Invalid status, and the comment sent with it is not applied', async () => {
      const id = await seedShipment(t.db, { comment: 'kept' });
      const weird = await patchHeader(id, { status: 'weird', comment: 'lost' }).expect(400);
      expect(weird.body).toEqual({ detail: "Invalid status 'weird', must be one of: ['approved', 'cancelled', 'draft', 'shipped']" });
      const nulled = await patchHeader(id, { status: null }).expect(400);
      expect(nulled.body.detail).toBe("Invalid status 'null', must be one of: ['approved', 'cancelled', 'draft', 'shipped']");
      const [row] = await t.db.query('SELECT status, comment FROM wb_shipment WHERE id = $1', [id]);
      expect(row).toEqual({ status: 'draft', comment: 'kept' });
    });

    it('scenario 32: updated_at moves only when the comment really changes', async () => {
      const id = await seedShipment(t.db, { comment: null });
      const created = (await t.http.get(`${SHIPMENT_PATH}/${id}`).expect(200)).body.updated_at;
      const updated = await patchHeader(id, { comment: 'Updated by test' }).expect(200);
      expect(updated.body.comment).toBe('Updated by test');
      expect(updated.body.updated_at).not.toBe(created);
      const empty = await patchHeader(id, {}).expect(200);
      expect(empty.body.updated_at).toBe(updated.body.updated_at);
      const same = await patchHeader(id, { comment: 'Updated by test' }).expect(200);
      expect(same.body.updated_at).toBe(updated.body.updated_at);
      const cleared = await patchHeader(id, { comment: null }).expect(200);
      expect(cleared.body.comment).toBeNull();
      expect(cleared.body.updated_at).not.toBe(updated.body.updated_at);
    });

    it('scenario 33: PATCH of an unknown shipment is 404', async () => {
      expect((await patchHeader(999999, { comment: 'x' }).expect(404)).body).toEqual({ detail: 'WbShipment not found' });
    });

    it('a comment of the wrong type or longer than 1000 characters is 422', async () => {
      const id = await seedShipment(t.db);
      expect((await patchHeader(id, { comment: 5 }).expect(422)).body.detail[0].loc).toEqual(['body', 'comment']);
      await patchHeader(id, { comment: 'x'.repeat(1001) }).expect(422);
      await patchHeader(id, { comment: 'x'.repeat(1000) }).expect(200);
    });

    it('the PATCH answers the whole shipment with every key', async () => {
      const id = await seedShipment(t.db, { comment: 'c' });
      await seedItem(t.db, id, sku);
      const res = await patchHeader(id, { comment: 'd' }).expect(200);
      expect(Object.keys(res.body).sort()).toEqual(
        [
          'id', 'status', 'target_date', 'wb_arrival_date', 'comment', 'strategy', 'zero_sales_policy', 'target_coverage_days',
          'min_coverage_days', 'max_coverage_days_after', 'max_replenishment_per_article', 'created_at', 'updated_at', 'items',
        ].sort(),
      );
      expect(res.body.max_replenishment_per_article).toBeNull();
      expect(res.body.updated_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    });
  });
});
