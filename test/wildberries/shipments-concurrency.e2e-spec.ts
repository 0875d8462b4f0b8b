import { createTestApp, TestApp } from '../support/test-app';
import { emptyShipmentTables, seedItem, seedShipment, seedSku, seedStock, SHIPMENT_PATH, SkuRef } from './shipments-seed';

const MODIFIED = { detail: 'WbShipment was modified by another request' };

describe('WB shipment editor: optimistic concurrency (W3) and the approval stock re-check (W8)', () => {
  let t: TestApp;
  let sku: SkuRef;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await emptyShipmentTables(t.db);
    sku = await seedSku(t.db, 'CC');
  });

  const read = async (id: number) => (await t.http.get(`${SHIPMENT_PATH}/${id}`).expect(200)).body;
  const patchHeader = (id: number, body: object, since?: string) => {
    const request = t.http.patch(`${SHIPMENT_PATH}/${id}`);
    return (since === undefined ? request : request.set('If-Unmodified-Since', since)).send(body);
  };
  const patchItem = (id: number, itemId: number, body: object, since?: string) => {
    const request = t.http.patch(`${SHIPMENT_PATH}/${id}/items/${itemId}`);
    return (since === undefined ? request : request.set('If-Unmodified-Since', since)).send(body);
  };

  describe('If-Unmodified-Since', () => {
    it('the updated_at the client read lets the edit through, and the answer carries the new one', async () => {
      const id = await seedShipment(t.db, { comment: 'a' });
      const itemId = await seedItem(t.db, id, sku);
      const first = await patchHeader(id, { comment: 'b' }, (await read(id)).updated_at).expect(200);
      expect(first.body.comment).toBe('b');
      const second = await patchItem(id, itemId, { final_qty: 3 }, first.body.updated_at).expect(200);
      expect(second.body.items[0].final_qty).toBe(3);
      expect(Date.parse(second.body.updated_at)).toBeGreaterThan(Date.parse(first.body.updated_at));
    });

    it('a stale header edit is 409 and changes nothing', async () => {
      const id = await seedShipment(t.db, { comment: 'a' });
      const stale = (await read(id)).updated_at;
      const fresh = await patchHeader(id, { comment: 'b' }).expect(200);
      expect((await patchHeader(id, { comment: 'c', status: 'cancelled' }, stale).expect(409)).body).toEqual(MODIFIED);
      const now = await read(id);
      expect(now).toMatchObject({ comment: 'b', status: 'draft', updated_at: fresh.body.updated_at });
    });

    it('an item edit moves the shipment version, so a header edit based on the older read is 409', async () => {
      const id = await seedShipment(t.db);
      const itemId = await seedItem(t.db, id, sku, { finalQty: 5 });
      const before = (await read(id)).updated_at;
      await patchItem(id, itemId, { final_qty: 4 }).expect(200);
      expect((await patchHeader(id, { comment: 'x' }, before).expect(409)).body).toEqual(MODIFIED);
      expect((await patchItem(id, itemId, { final_qty: 1 }, before).expect(409)).body).toEqual(MODIFIED);
      const [row] = await t.db.query('SELECT final_qty FROM wb_shipment_item WHERE id = $1', [itemId]);
      expect(row.final_qty).toBe(4);
      expect((await read(id)).comment).toBeNull();
    });

    it('an HTTP-date is compared at whole seconds', async () => {
      const id = await seedShipment(t.db);
      await t.db.query(`UPDATE wb_shipment SET updated_at = '2030-01-01T10:00:05.250Z' WHERE id = $1`, [id]);
      await patchHeader(id, { comment: 'late' }, 'Tue, 01 Jan 2030 10:00:04 GMT').expect(409);
      expect((await read(id)).comment).toBeNull();
      await patchHeader(id, { comment: 'same second' }, 'Tue, 01 Jan 2030 10:00:05 GMT').expect(200);
    });

    it('an ISO value is compared at milliseconds', async () => {
      const id = await seedShipment(t.db);
      await t.db.query(`UPDATE wb_shipment SET updated_at = '2030-01-01T10:00:05.250Z' WHERE id = $1`, [id]);
      await patchHeader(id, { comment: 'x' }, '2030-01-01T10:00:05.249Z').expect(409);
      await patchHeader(id, { comment: 'x' }, '2030-01-01T13:00:05.250+03:00').expect(200);
    });

    it('an unparsable value is 422 on the header and changes nothing', async () => {
      const id = await seedShipment(t.db, { comment: 'a' });
      const itemId = await seedItem(t.db, id, sku);
      const res = await patchHeader(id, { comment: 'b' }, 'yesterday').expect(422);
      expect(res.body.detail).toEqual([expect.objectContaining({ loc: ['header', 'If-Unmodified-Since'] })]);
      const item = await patchItem(id, itemId, { final_qty: 1 }, '2025-13-01T00:00:00Z').expect(422);
      expect(item.body.detail[0].loc).toEqual(['header', 'If-Unmodified-Since']);
      expect((await read(id)).comment).toBe('a');
    });
  });

  describe('parallel edits', () => {
    it('two PATCHes of one item based on the same read: one wins, the other is 409, no update is lost', async () => {
      const id = await seedShipment(t.db);
      const itemId = await seedItem(t.db, id, sku, { finalQty: 10 });
      const since = (await read(id)).updated_at;
      const answers = await Promise.all([patchItem(id, itemId, { final_qty: 7 }, since), patchItem(id, itemId, { final_qty: 8 }, since)]);
      const statuses = answers.map((res) => res.status).sort();
      expect(statuses).toEqual([200, 409]);
      const winner = answers.find((res) => res.status === 200)!;
      const [row] = await t.db.query('SELECT final_qty FROM wb_shipment_item WHERE id = $1', [itemId]);
      expect(row.final_qty).toBe(winner.body.items[0].final_qty);
    });

    it('parallel edits of different fields both land, each with its own strictly later updated_at', async () => {
      const id = await seedShipment(t.db);
      const itemId = await seedItem(t.db, id, sku, { finalQty: 10 });
      const [a, b] = await Promise.all([patchItem(id, itemId, { final_qty: 6 }), patchItem(id, itemId, { explanation: 'both' })]);
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      expect(a.body.updated_at).not.toBe(b.body.updated_at);
      const item = (await read(id)).items[0];
      expect(item).toMatchObject({ final_qty: 6, explanation: 'both' });
    });

    it('an item edit racing an approval either lands before it or is refused, never after', async () => {
      await seedStock(t.db, sku, 100);
      for (let round = 0; round < 3; round++) {
        const id = await seedShipment(t.db);
        const itemId = await seedItem(t.db, id, sku, { finalQty: 10 });
        const [approval, edit] = await Promise.all([patchHeader(id, { status: 'approved' }), patchItem(id, itemId, { final_qty: 9 })]);
        expect(approval.status).toBe(200);
        const [row] = await t.db.query('SELECT final_qty FROM wb_shipment_item WHERE id = $1', [itemId]);
        if (edit.status === 200) {
          expect(row.final_qty).toBe(9);
          expect(approval.body.items[0].final_qty).toBe(9);
        } else {
          expect(edit.body).toEqual({ detail: 'Cannot modify items of a non-draft shipment' });
          expect(row.final_qty).toBe(10);
        }
      }
    });
  });

  describe('approval re-checks live NSC stock minus other open shipments', () => {
    it('409 naming the item when internal stock minus other drafts no longer covers final_qty; then it fits', async () => {
      await seedStock(t.db, sku, 10);
      await seedStock(t.db, sku, 500, 'external');
      const other = await seedShipment(t.db, { status: 'draft' });
      await seedItem(t.db, other, sku, { finalQty: 4 });
      const id = await seedShipment(t.db);
      const itemId = await seedItem(t.db, id, sku, { finalQty: 7, nskStockAvailable: 50 });
      const refused = await patchHeader(id, { status: 'approved', comment: 'not applied' }).expect(409);
      expect(refused.body.detail).toContain(`item ${itemId}`);
      expect(refused.body.detail).toContain('available 6');
      expect(await read(id)).toMatchObject({ status: 'draft', comment: null });
      await patchItem(id, itemId, { final_qty: 6 }).expect(200);
      expect((await patchHeader(id, { status: 'approved' }).expect(200)).body.status).toBe('approved');
    });

    it('shipped and cancelled shipments no longer hold stock; approved ones do', async () => {
      await seedStock(t.db, sku, 10);
      for (const status of ['shipped', 'cancelled']) await seedItem(t.db, await seedShipment(t.db, { status }), sku, { finalQty: 10 });
      const first = await seedShipment(t.db);
      await seedItem(t.db, first, sku, { finalQty: 10 });
      await patchHeader(first, { status: 'approved' }).expect(200);
      const second = await seedShipment(t.db);
      await seedItem(t.db, second, sku, { finalQty: 1 });
      await patchHeader(second, { status: 'approved' }).expect(409);
    });

    it('items with final_qty 0 need no stock, and approved → shipped does not re-check', async () => {
      const bare = await seedSku(t.db, 'NOSTOCK');
      const id = await seedShipment(t.db);
      await seedItem(t.db, id, bare, { finalQty: 0 });
      await patchHeader(id, { status: 'approved' }).expect(200);
      const approved = await seedShipment(t.db, { status: 'approved' });
      await seedItem(t.db, approved, bare, { finalQty: 5 });
      await patchHeader(approved, { status: 'shipped' }).expect(200);
    });

    it('two drafts planning the same stock block each other until one is cancelled', async () => {
      await seedStock(t.db, sku, 10);
      const a = await seedShipment(t.db);
      await seedItem(t.db, a, sku, { finalQty: 0 });
      const b = await seedShipment(t.db);
      await seedItem(t.db, b, sku, { finalQty: 0 });
      // Each plans 6 of the 10, and an open draft counts against the other's approval.
      await t.db.query('UPDATE wb_shipment_item SET final_qty = 6');
      const answers = await Promise.all([patchHeader(a, { status: 'approved' }), patchHeader(b, { status: 'approved' })]);
      expect(answers.map((res) => res.status)).toEqual([409, 409]);
      await t.db.query(`UPDATE wb_shipment SET status = 'cancelled' WHERE id = $1`, [b]);
      await patchHeader(a, { status: 'approved' }).expect(200);
    });
  });
});
