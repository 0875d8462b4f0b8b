import { CatalogSeeder } from './catalog/catalog-test-kit';
import { countStatements } from './support/statement-counter';
import { createTestApp, TestApp } from './support/test-app';

const PO = '/api/v1/purchase-order';

interface SeededOrder {
  id: number;
  items: number[];
}

describe('Purchase orders: list, read and edit (01 §3.13, §4.1; conventions §6–§7)', () => {
  let t: TestApp;
  let ref: { articleId: number; colorId: number; sizeIds: number[] };

  beforeAll(async () => {
    t = await createTestApp();
    const seeder = new CatalogSeeder(t.http);
    const [article, color, ...sizes] = await Promise.all([
      seeder.article('PO-A'),
      seeder.color('PO-C'),
      ...Array.from({ length: 12 }, (_, index) => seeder.size(`PO-S${index}`, index)),
    ]);
    ref = { articleId: article.id, colorId: color.id, sizeIds: sizes.map((size) => size.id) };
  });
  afterAll(() => t.close());

  /** A purchase order written directly, as the spec's "seeded" scenarios do, with `lineCount` lines. */
  async function seedOrder(options: { status?: string; targetDate?: string; comment?: string | null; lineCount?: number } = {}): Promise<SeededOrder> {
    const [order] = await t.db.query<{ id: number }>(
      `INSERT INTO purchase_order (status, target_date, comment, created_at, updated_at)
       VALUES ($1, $2, $3, date_trunc('milliseconds', now()) - interval '1 hour', date_trunc('milliseconds', now()) - interval '1 hour')
       RETURNING id`,
      [options.status ?? 'draft', options.targetDate ?? '2025-01-31', options.comment ?? null],
    );
    const items: number[] = [];
    for (let index = 0; index < (options.lineCount ?? 0); index++) {
      const [line] = await t.db.query<{ id: number }>(
        `INSERT INTO purchase_order_item (purchase_order_id, article_id, color_id, size_id, quantity) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [order.id, ref.articleId, ref.colorId, ref.sizeIds[index], 10 + index],
      );
      items.push(line.id);
    }
    return { id: order.id, items };
  }

  const getOrder = async (id: number) => (await t.http.get(`${PO}/${id}`).expect(200)).body;
  const storedUpdatedAt = async (id: number) =>
    (await t.db.query<{ u: Date }>('SELECT updated_at AS u FROM purchase_order WHERE id = $1', [id]))[0].u.toISOString();

  describe('GET /purchase-order/ (list)', () => {
    let draft: SeededOrder;
    let approved: SeededOrder;

    beforeAll(async () => {
      await t.db.query('TRUNCATE purchase_order CASCADE');
      draft = await seedOrder({ status: 'draft', targetDate: '2025-01-01', lineCount: 2 });
      approved = await seedOrder({ status: 'approved', targetDate: '2025-01-02' });
    });

    it('PO-5 lists every order, ascending id, filtered by exact status', async () => {
      const all = (await t.http.get(`${PO}/`).expect(200)).body;
      expect(all.map((order: { id: number; status: string }) => [order.id, order.status])).toEqual([
        [draft.id, 'draft'],
        [approved.id, 'approved'],
      ]);
      expect((await t.http.get(`${PO}/?status=draft`).expect(200)).body.map((o: { id: number }) => o.id)).toEqual([draft.id]);
      expect((await t.http.get(`${PO}/?status=approved`).expect(200)).body.map((o: { id: number }) => o.id)).toEqual([approved.id]);
    });

    it('PO-5 an unknown status matches nothing; limit and offset page in id order', async () => {
      expect((await t.http.get(`${PO}/?status=unknown`).expect(200)).body).toEqual([]);
      expect((await t.http.get(`${PO}/?limit=1`).expect(200)).body.map((o: { id: number }) => o.id)).toEqual([draft.id]);
      expect((await t.http.get(`${PO}/?limit=1&offset=1`).expect(200)).body.map((o: { id: number }) => o.id)).toEqual([approved.id]);
      expect((await t.http.get(`${PO}/?offset=2`).expect(200)).body).toEqual([]);
    });

    it('answers the same without the trailing slash, with every key and the lines by ascending id', async () => {
      const [first, second] = (await t.http.get(PO).expect(200)).body;
      expect(first).toEqual({
        id: draft.id,
        status: 'draft',
        target_date: '2025-01-01',
        comment: null,
        external_ref: null,
        created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        updated_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
        items: draft.items.map((id, index) => ({
          id,
          purchase_order_id: draft.id,
          article_id: ref.articleId,
          color_id: ref.colorId,
          size_id: ref.sizeIds[index],
          quantity: 10 + index,
          source: 'auto',
          notes: null,
        })),
      });
      expect(second.items).toEqual([]);
    });

    it.each([
      ['limit=0', 'limit'],
      ['limit=501', 'limit'],
      ['limit=-1', 'limit'],
      ['limit=abc', 'limit'],
      ['limit=1.5', 'limit'],
      ['offset=-1', 'offset'],
      ['offset=x', 'offset'],
    ])('?%s → 422 at ["query","%s"]', async (query, field) => {
      const res = await t.http.get(`${PO}/?${query}`).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', field]]);
    });

    it('limit=500 and a large offset are accepted', async () => {
      expect((await t.http.get(`${PO}/?limit=500&offset=0`).expect(200)).body).toHaveLength(2);
      expect((await t.http.get(`${PO}/?offset=2147483647`).expect(200)).body).toEqual([]);
    });
  });

  describe('list paging and query count', () => {
    beforeAll(async () => {
      await t.db.query('TRUNCATE purchase_order CASCADE');
      for (let index = 0; index < 55; index++) await seedOrder({ lineCount: index % 3 });
    });

    it('returns 50 orders without a limit', async () => {
      const page = (await t.http.get(`${PO}/`).expect(200)).body;
      expect(page).toHaveLength(50);
      const ids = page.map((order: { id: number }) => order.id);
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    });

    it('loads the lines of all listed orders in one statement: the count does not grow with the page', async () => {
      const small = await countStatements(() => t.http.get(`${PO}/?limit=2`).expect(200));
      const large = await countStatements(() => t.http.get(`${PO}/?limit=50`).expect(200));
      expect(large.result.body.flatMap((order: { items: unknown[] }) => order.items).length).toBeGreaterThan(40);
      expect(large.statements).toBe(small.statements);
    });
  });

  describe('GET /purchase-order/{order_id}', () => {
    it('PO-6 answers a seeded order by id, 404 for an unknown one', async () => {
      const order = await seedOrder({ comment: 'Test get', lineCount: 1 });
      const body = await getOrder(order.id);
      expect(body).toMatchObject({ id: order.id, comment: 'Test get', status: 'draft', items: [{ id: order.items[0] }] });
      expect((await t.http.get(`${PO}/999999`).expect(404)).body).toEqual({ detail: 'PurchaseOrder not found' });
      expect((await t.http.get(`${PO}/99999999999`).expect(404)).body).toEqual({ detail: 'PurchaseOrder not found' });
      await t.http.get(`${PO}/${order.id}/`).expect(200);
    });

    it('a non-integer id is 422, including GET /purchase-order/from-proposal', async () => {
      for (const id of ['abc', 'from-proposal', '1.5']) {
        const res = await t.http.get(`${PO}/${id}`).expect(422);
        expect(res.body.detail[0].loc).toEqual(['path', 'order_id']);
      }
    });
  });

  describe('PATCH /purchase-order/{order_id} (header)', () => {
    it('PO-7 sets status, comment and external_ref together; an unknown status is a 400 with the full message', async () => {
      const { id } = await seedOrder();
      const res = await t.http.patch(`${PO}/${id}`).send({ status: 'approved', comment: 'Approved by test', external_ref: 'PO-123' }).expect(200);
      expect(res.body).toMatchObject({ id, status: 'approved', comment: 'Approved by test', external_ref: 'PO-123' });
      const weird = await t.http.patch(`${PO}/${id}`).send({ status: 'something-weird' }).expect(400);
      expect(weird.body).toEqual({ detail: "Invalid status 'something-weird', must be one of: ['approved', 'cancelled', 'draft']" });
    });

    it('PO-8 draft → approved → cancelled', async () => {
      const { id } = await seedOrder();
      expect((await t.http.patch(`${PO}/${id}`).send({ status: 'approved' }).expect(200)).body.status).toBe('approved');
      expect((await t.http.patch(`${PO}/${id}`).send({ status: 'cancelled' }).expect(200)).body.status).toBe('cancelled');
    });

    it('PO-9 approved → draft, cancelled → approved and cancelled → draft are refused', async () => {
      const approved = await seedOrder({ status: 'approved' });
      expect((await t.http.patch(`${PO}/${approved.id}`).send({ status: 'draft' }).expect(400)).body).toEqual({
        detail: "Invalid status transition from 'approved' to 'draft'",
      });
      const cancelled = await seedOrder({ status: 'cancelled' });
      expect((await t.http.patch(`${PO}/${cancelled.id}`).send({ status: 'approved' }).expect(400)).body).toEqual({
        detail: "Invalid status transition from 'cancelled' to 'approved'",
      });
      expect((await t.http.patch(`${PO}/${cancelled.id}`).send({ status: 'draft' }).expect(400)).body).toEqual({
        detail: "Invalid status transition from 'cancelled' to 'draft'",
      });
      expect((await getOrder(cancelled.id)).status).toBe('cancelled');
    });

    it('PO-10 a comment change moves updated_at forward; created_at stays', async () => {
      const { id } = await seedOrder();
      const before = await getOrder(id);
      const res = await t.http.patch(`${PO}/${id}`).send({ comment: 'Updated by test' }).expect(200);
      expect(res.body.comment).toBe('Updated by test');
      expect(Date.parse(res.body.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
      expect(res.body.created_at).toBe(before.created_at);
      expect(await storedUpdatedAt(id)).toBe(res.body.updated_at);
    });

    it('PO-12 a same-value status, an empty body and an ignored target_date leave updated_at as it was', async () => {
      const { id } = await seedOrder({ comment: 'same' });
      const before = await getOrder(id);
      for (const body of [{ status: 'draft' }, {}, { target_date: '2026-01-01' }, { comment: 'same' }]) {
        const res = await t.http.patch(`${PO}/${id}`).send(body).expect(200);
        expect(res.body).toEqual(before);
      }
    });

    it('PO-13 status null is a 400 that renders null as null', async () => {
      const { id } = await seedOrder();
      const res = await t.http.patch(`${PO}/${id}`).send({ status: null }).expect(400);
      expect(res.body).toEqual({ detail: "Invalid status 'null', must be one of: ['approved', 'cancelled', 'draft']" });
    });

    it('a status error aborts the whole request: comment and external_ref stay', async () => {
      const { id } = await seedOrder({ status: 'approved', comment: 'keep' });
      const before = await getOrder(id);
      await t.http.patch(`${PO}/${id}`).send({ status: 'draft', comment: 'lost', external_ref: 'lost' }).expect(400);
      await t.http.patch(`${PO}/${id}`).send({ status: 'bogus', comment: 'lost' }).expect(400);
      expect(await getOrder(id)).toEqual(before);
    });

    it('comment and external_ref are editable in every status and null clears them', async () => {
      const { id } = await seedOrder({ status: 'cancelled', comment: 'old' });
      const set = await t.http.patch(`${PO}/${id}`).send({ comment: 'new', external_ref: 'ERP-1' }).expect(200);
      expect(set.body).toMatchObject({ status: 'cancelled', comment: 'new', external_ref: 'ERP-1' });
      const cleared = await t.http.patch(`${PO}/${id}`).send({ comment: null, external_ref: null }).expect(200);
      expect(cleared.body).toMatchObject({ comment: null, external_ref: null });
      expect(Date.parse(cleared.body.updated_at)).toBeGreaterThan(Date.parse(set.body.updated_at));
    });

    it('404 for an unknown order; 422 for wrong types and lengths, before the lookup', async () => {
      expect((await t.http.patch(`${PO}/999999`).send({ comment: 'x' }).expect(404)).body).toEqual({ detail: 'PurchaseOrder not found' });
      const res = await t.http.patch(`${PO}/999999`).send({ comment: 5, external_ref: 'r'.repeat(256), status: 7 }).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual(
        expect.arrayContaining([
          ['body', 'comment'],
          ['body', 'external_ref'],
          ['body', 'status'],
        ]),
      );
      const { id } = await seedOrder();
      await t.http.patch(`${PO}/${id}`).send({ comment: 'c'.repeat(1001) }).expect(422);
      await t.http.patch(`${PO}/${id}`).send({ comment: 'c'.repeat(1000) }).expect(200);
    });
  });

  describe('PATCH /purchase-order/{order_id}/items/{item_id} (line)', () => {
    it('PO-11 edits a line of a draft, answers the whole order and moves its updated_at; 404s; 400 once approved', async () => {
      const order = await seedOrder({ lineCount: 2 });
      const before = await getOrder(order.id);
      const res = await t.http
        .patch(`${PO}/${order.id}/items/${order.items[0]}`)
        .send({ quantity: 999, notes: 'Manual adjustment in test' })
        .expect(200);
      expect(res.body.id).toBe(order.id);
      expect(res.body.items).toEqual([
        { ...before.items[0], quantity: 999, notes: 'Manual adjustment in test' },
        before.items[1],
      ]);
      expect(Date.parse(res.body.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
      const body = { quantity: 999, notes: 'Manual adjustment in test' };
      expect((await t.http.patch(`${PO}/999999/items/1`).send(body).expect(404)).body).toEqual({ detail: 'PurchaseOrder not found' });
      expect((await t.http.patch(`${PO}/${order.id}/items/999999`).send(body).expect(404)).body).toEqual({ detail: 'PurchaseOrderItem not found' });
      await t.http.patch(`${PO}/${order.id}`).send({ status: 'approved' }).expect(200);
      expect((await t.http.patch(`${PO}/${order.id}/items/${order.items[0]}`).send(body).expect(400)).body).toEqual({
        detail: 'Cannot modify items of a non-draft purchase order',
      });
    });

    it("a line of another order is not found", async () => {
      const mine = await seedOrder({ lineCount: 1 });
      const other = await seedOrder({ lineCount: 1 });
      const res = await t.http.patch(`${PO}/${mine.id}/items/${other.items[0]}`).send({ quantity: 1 }).expect(404);
      expect(res.body).toEqual({ detail: 'PurchaseOrderItem not found' });
      expect((await getOrder(other.id)).items[0].quantity).toBe(10);
    });

    it('PO-14 a cancelled order with an unknown line is 400, not 404', async () => {
      const { id } = await seedOrder({ status: 'cancelled' });
      const res = await t.http.patch(`${PO}/${id}/items/999999`).send({ quantity: 1 }).expect(400);
      expect(res.body).toEqual({ detail: 'Cannot modify items of a non-draft purchase order' });
    });

    it('PO-15 an array body or no body is 422; {} changes only the order updated_at', async () => {
      const order = await seedOrder({ lineCount: 1 });
      expect((await t.http.patch(`${PO}/${order.id}/items/${order.items[0]}`).send([1]).expect(422)).body.detail[0].loc).toEqual(['body']);
      expect((await t.http.patch(`${PO}/${order.id}/items/${order.items[0]}`).expect(422)).body.detail[0].loc).toEqual(['body']);
      const before = await getOrder(order.id);
      const res = await t.http.patch(`${PO}/${order.id}/items/${order.items[0]}`).send({}).expect(200);
      expect(res.body.items).toEqual(before.items);
      expect({ ...res.body, updated_at: before.updated_at }).toEqual(before);
      expect(Date.parse(res.body.updated_at)).toBeGreaterThan(Date.parse(before.updated_at));
    });

    it('typed body: quantity an integer ≥ 0, notes a string or null of at most 1000; other keys ignored', async () => {
      const order = await seedOrder({ lineCount: 1 });
      const line = `${PO}/${order.id}/items/${order.items[0]}`;
      for (const quantity of [-1, 3.7, '12', null, 2147483648]) {
        const res = await t.http.patch(line).send({ quantity }).expect(422);
        expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['body', 'quantity']]);
      }
      for (const notes of [5, 'n'.repeat(1001), { a: 1 }]) {
        const res = await t.http.patch(line).send({ notes }).expect(422);
        expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['body', 'notes']]);
      }
      const ok = await t.http.patch(line).send({ quantity: 0, notes: 'n'.repeat(1000), source: 'manual' }).expect(200);
      expect(ok.body.items[0]).toMatchObject({ quantity: 0, notes: 'n'.repeat(1000), source: 'auto' });
      const cleared = await t.http.patch(line).send({ notes: null }).expect(200);
      expect(cleared.body.items[0]).toMatchObject({ quantity: 0, notes: null });
    });

    it('an invalid body sent to an unknown order is 422, not 404', async () => {
      await t.http.patch(`${PO}/999999/items/1`).send({ quantity: -5 }).expect(422);
      await t.http.patch(`${PO}/abc/items/1`).send({ quantity: 1 }).expect(422);
    });
  });

  describe('optimistic concurrency (conventions §7)', () => {
    it('If-Unmodified-Since equal to updated_at applies; an older one is 409 and changes nothing', async () => {
      const order = await seedOrder({ lineCount: 1 });
      const read = await getOrder(order.id);
      const applied = await t.http.patch(`${PO}/${order.id}`).set('If-Unmodified-Since', read.updated_at).send({ comment: 'first' }).expect(200);
      const stale = await t.http.patch(`${PO}/${order.id}`).set('If-Unmodified-Since', read.updated_at).send({ comment: 'second' }).expect(409);
      expect(stale.body).toEqual({ detail: 'PurchaseOrder was modified by another request' });
      const staleLine = await t.http
        .patch(`${PO}/${order.id}/items/${order.items[0]}`)
        .set('If-Unmodified-Since', read.updated_at)
        .send({ quantity: 1 })
        .expect(409);
      expect(staleLine.body).toEqual({ detail: 'PurchaseOrder was modified by another request' });
      expect(await getOrder(order.id)).toEqual(applied.body);
      await t.http.patch(`${PO}/${order.id}/items/${order.items[0]}`).set('If-Unmodified-Since', applied.body.updated_at).send({ quantity: 1 }).expect(200);
    });

    it('checks run in order: an unknown line is 404 and a non-draft order 400 even with a stale header', async () => {
      const order = await seedOrder({ lineCount: 1 });
      const stale = '2000-01-01T00:00:00.000Z';
      await t.http.patch(`${PO}/${order.id}/items/999999`).set('If-Unmodified-Since', stale).send({ quantity: 1 }).expect(404);
      await t.http.patch(`${PO}/${order.id}/items/${order.items[0]}`).set('If-Unmodified-Since', stale).send({ quantity: 1 }).expect(409);
      await t.http.patch(`${PO}/${order.id}`).set('If-Unmodified-Since', stale).send({ status: 'bogus' }).expect(400);
      await t.http.patch(`${PO}/${order.id}`).send({ status: 'approved' }).expect(200);
      await t.http.patch(`${PO}/${order.id}/items/${order.items[0]}`).set('If-Unmodified-Since', stale).send({ quantity: 1 }).expect(400);
      await t.http.patch(`${PO}/999999`).set('If-Unmodified-Since', stale).send({}).expect(404);
    });

    it('an HTTP-date is compared at whole seconds', async () => {
      const { id } = await seedOrder();
      const updatedAt = new Date((await getOrder(id)).updated_at);
      const sameSecond = new Date(Math.floor(updatedAt.getTime() / 1000) * 1000).toUTCString();
      const secondBefore = new Date(Math.floor(updatedAt.getTime() / 1000) * 1000 - 1000).toUTCString();
      await t.http.patch(`${PO}/${id}`).set('If-Unmodified-Since', secondBefore).send({ comment: 'x' }).expect(409);
      await t.http.patch(`${PO}/${id}`).set('If-Unmodified-Since', sameSecond).send({ comment: 'x' }).expect(200);
    });

    it('an unparsable If-Unmodified-Since is 422 at ["header","If-Unmodified-Since"]', async () => {
      const order = await seedOrder({ lineCount: 1 });
      for (const url of [`${PO}/${order.id}`, `${PO}/${order.id}/items/${order.items[0]}`]) {
        const res = await t.http.patch(url).set('If-Unmodified-Since', 'yesterday').send({}).expect(422);
        expect(res.body.detail[0].loc).toEqual(['header', 'If-Unmodified-Since']);
      }
    });

    it('two parallel edits from the same read: exactly one applies, the other is 409', async () => {
      const order = await seedOrder({ lineCount: 2 });
      const read = await getOrder(order.id);
      const results = await Promise.all(
        order.items.map((item, index) =>
          t.http
            .patch(`${PO}/${order.id}/items/${item}`)
            .set('If-Unmodified-Since', read.updated_at)
            .send({ quantity: 100 + index }),
        ),
      );
      expect(results.map((res) => res.status).sort()).toEqual([200, 409]);
    });

    it('parallel line edits without the header all apply, each with its own strictly later updated_at', async () => {
      const order = await seedOrder({ lineCount: 10 });
      const before = await getOrder(order.id);
      const results = await Promise.all(
        order.items.map((item, index) => t.http.patch(`${PO}/${order.id}/items/${item}`).send({ quantity: 500 + index, notes: `n${index}` })),
      );
      expect(results.map((res) => res.status)).toEqual(Array(10).fill(200));
      const stamps = results.map((res) => Date.parse(res.body.updated_at));
      expect(new Set(stamps).size).toBe(10);
      expect(Math.min(...stamps)).toBeGreaterThan(Date.parse(before.updated_at));
      const after = await getOrder(order.id);
      expect(after.items.map((item: { quantity: number; notes: string }) => [item.quantity, item.notes])).toEqual(
        order.items.map((_item, index) => [500 + index, `n${index}`]),
      );
      expect(Date.parse(after.updated_at)).toBe(Math.max(...stamps));
    });
  });
});
