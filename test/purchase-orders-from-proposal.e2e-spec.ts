import { AnalyticsFixtures } from './planning/analytics-fixtures';
import { createTestApp, TestApp } from './support/test-app';

const PO = '/api/v1/purchase-order';
const FROM_PROPOSAL = `${PO}/from-proposal`;
const TARGET_DATE = '2025-01-31';

interface Line {
  article_id: number;
  color_id: number;
  size_id: number;
  quantity: number;
}

const quantities = (lines: Line[]) => Object.fromEntries(lines.map((line) => [`${line.article_id}/${line.color_id}/${line.size_id}`, line.quantity]));

describe('POST /purchase-order/from-proposal (01 §3.13.1, §5.1; conventions §7)', () => {
  let t: TestApp;
  let fx: AnalyticsFixtures;

  beforeAll(async () => {
    t = await createTestApp();
    fx = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());

  /** F-PO of 01 §5.1: one SKU unit, 10 sales on the target date, no marketplace stock, 10 days of cover. */
  async function seedNonZeroProposal(withWbData = true) {
    await fx.reset();
    const article = await fx.article('PO-api-A');
    const size = await fx.size('S', 1);
    const color = await fx.color('C-api-A');
    await fx.sku(article, color, size);
    await fx.globalDefaults();
    await fx.articleCoverage(article, 10);
    await fx.planningSettings(article);
    if (withWbData) {
      await fx.mapping(article, 'SKU-PO-api-A');
      await fx.sale('SKU-PO-api-A', TARGET_DATE, 10);
      await fx.wbStock('SKU-PO-api-A', 0);
    }
    return { article, color, size };
  }

  /** PO-16 / PO-17 data: one article, two colours, the given sizes, every SKU unit, 20 sales. */
  async function seedTwoColours(sizeLabels: string[], withWbData = true) {
    await fx.reset();
    const article = await fx.article('E2E-ART-1');
    const colors = [await fx.color('E2E-C1'), await fx.color('E2E-C2')];
    const sizes: Record<string, number> = {};
    for (const [index, label] of sizeLabels.entries()) sizes[label] = await fx.size(label, index + 1);
    for (const color of colors) for (const label of sizeLabels) await fx.sku(article, color, sizes[label]);
    await fx.globalDefaults();
    await fx.articleCoverage(article, 10);
    await fx.planningSettings(article);
    if (withWbData) {
      await fx.mapping(article, 'SKU-END2END-1');
      await fx.sale('SKU-END2END-1', TARGET_DATE, 20);
      await fx.wbStock('SKU-END2END-1', 0);
    }
    return { article, colors, sizes };
  }

  const storedLines = async (orderId: number) =>
    (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM purchase_order_item WHERE purchase_order_id = $1', [orderId]))[0].n;
  const orderCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM purchase_order'))[0].n;

  it('PO-1 creates a draft holding the proposal: one line of 100, created_at = updated_at', async () => {
    const { article, color, size } = await seedNonZeroProposal();
    const res = await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE, comment: 'Test PO from proposal', explanation: true }).expect(201);
    expect(res.body).toEqual({
      id: expect.any(Number),
      status: 'draft',
      target_date: TARGET_DATE,
      comment: 'Test PO from proposal',
      external_ref: null,
      created_at: expect.stringMatching(/\.\d{3}Z$/),
      updated_at: res.body.created_at,
      items: [
        { id: expect.any(Number), purchase_order_id: res.body.id, article_id: article, color_id: color, size_id: size, quantity: 100, source: 'auto', notes: null },
      ],
    });
    expect(await storedLines(res.body.id)).toBe(res.body.items.length);
    expect((await t.http.get(`${PO}/${res.body.id}`).expect(200)).body).toEqual(res.body);
  });

  it('PO-2 the lines mirror GET /planning/order-proposal for the same date', async () => {
    await seedTwoColours(['S', 'M', 'L']);
    const proposal = (await t.http.get(`/api/v1/planning/order-proposal?target_date=${TARGET_DATE}`).expect(200)).body;
    const order = (await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE }).expect(201)).body;
    expect(order.items).toHaveLength(proposal.items.length);
    expect(quantities(order.items)).toEqual(quantities(proposal.items));
    expect(order.items.every((item: { source: string; notes: null }) => item.source === 'auto' && item.notes === null)).toBe(true);
  });

  it('PO-3 an empty proposal still creates an order, without lines', async () => {
    await seedNonZeroProposal(false);
    const res = await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE }).expect(201);
    expect(res.body).toMatchObject({ status: 'draft', comment: null, items: [] });
    expect((await t.http.get(`${PO}/${res.body.id}`).expect(200)).body.items).toEqual([]);
  });

  it('PO-4 the explanation flag never changes the lines', async () => {
    await seedNonZeroProposal();
    const withTexts = (await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE, comment: 'with explanation', explanation: true }).expect(201)).body;
    const without = (await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE, comment: 'without', explanation: false }).expect(201)).body;
    expect(without.id).not.toBe(withTexts.id);
    expect(quantities(without.items)).toEqual(quantities(withTexts.items));
    expect(without.items).toHaveLength(withTexts.items.length);
  });

  it('PO-11 a line of a created order is editable until the order is approved', async () => {
    await seedNonZeroProposal();
    const order = (await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE, comment: 'For item patch' }).expect(201)).body;
    const line = `${PO}/${order.id}/items/${order.items[0].id}`;
    const edited = await t.http.patch(line).send({ quantity: 999, notes: 'Manual adjustment in test' }).expect(200);
    expect(edited.body.items[0]).toMatchObject({ quantity: 999, notes: 'Manual adjustment in test' });
    expect(edited.body.updated_at).not.toBe(order.updated_at);
    await t.http.patch(`${PO}/${order.id}`).send({ status: 'approved' }).expect(200);
    expect((await t.http.patch(line).send({ quantity: 1 }).expect(400)).body).toEqual({ detail: 'Cannot modify items of a non-draft purchase order' });
  });

  it('PO-16 two colours × two sizes: a deficit of 200 gives 50 to each SKU unit', async () => {
    const { article, colors, sizes } = await seedTwoColours(['S', 'M']);
    const order = (await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE, comment: 'End-to-end PO test' }).expect(201)).body;
    expect(order.status).toBe('draft');
    const expected = Object.fromEntries(colors.flatMap((color) => ['S', 'M'].map((label) => [`${article}/${color}/${sizes[label]}`, 50])));
    expect(quantities(order.items)).toEqual(expected);
  });

  it('PO-17 remainders go to the smallest sizes: S 34, M 33, L 33 per colour', async () => {
    const { article, colors, sizes } = await seedTwoColours(['S', 'M', 'L']);
    const order = (await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE }).expect(201)).body;
    const expected = Object.fromEntries(
      colors.flatMap((color) => [
        [`${article}/${color}/${sizes.S}`, 34],
        [`${article}/${color}/${sizes.M}`, 33],
        [`${article}/${color}/${sizes.L}`, 33],
      ]),
    );
    expect(quantities(order.items)).toEqual(expected);
    expect(order.items.reduce((sum: number, item: Line) => sum + item.quantity, 0)).toBe(200);
  });

  it('PO-18 without marketplace data the order is created empty', async () => {
    await seedTwoColours(['S', 'M'], false);
    const res = await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE, comment: 'End-to-end zero-demand PO' }).expect(201);
    expect(res.body).toMatchObject({ status: 'draft', comment: 'End-to-end zero-demand PO', items: [] });
  });

  it.each([
    ['no target_date', {}, ['body', 'target_date']],
    ['an impossible date', { target_date: '2025-02-30' }, ['body', 'target_date']],
    ['a datetime for the date', { target_date: '2025-01-31T00:00:00Z' }, ['body', 'target_date']],
    ['a comment over 1000 characters', { target_date: TARGET_DATE, comment: 'c'.repeat(1001) }, ['body', 'comment']],
    ['a non-boolean explanation', { target_date: TARGET_DATE, explanation: 'yes' }, ['body', 'explanation']],
  ])('422 for %s, and nothing is created', async (_name, body, loc) => {
    const before = await orderCount();
    const res = await t.http.post(FROM_PROPOSAL).send(body).expect(422);
    expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([loc]);
    expect(await orderCount()).toBe(before);
  });

  describe('Idempotency-Key', () => {
    beforeAll(() => seedNonZeroProposal());

    it('without a key every call creates an order', async () => {
      const before = await orderCount();
      await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE }).expect(201);
      await t.http.post(FROM_PROPOSAL).send({ target_date: TARGET_DATE }).expect(201);
      expect(await orderCount()).toBe(before + 2);
    });

    it('the same key and body again: 200 with the current state of the first order, nothing created', async () => {
      const body = { target_date: TARGET_DATE, comment: 'keyed' };
      const first = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-key-1').send(body).expect(201);
      const before = await orderCount();
      await t.http.patch(`${PO}/${first.body.id}`).send({ external_ref: 'ERP-9' }).expect(200);
      // Key order and an explicitly sent default do not make another request.
      const repeat = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-key-1').send({ explanation: true, comment: 'keyed', target_date: TARGET_DATE }).expect(200);
      expect(repeat.body).toEqual((await t.http.get(`${PO}/${first.body.id}`).expect(200)).body);
      expect(repeat.body.external_ref).toBe('ERP-9');
      expect(await orderCount()).toBe(before);
    });

    it('the same key with another body is a 422 on the header', async () => {
      await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-key-2').send({ target_date: TARGET_DATE, comment: 'one' }).expect(201);
      const before = await orderCount();
      const res = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-key-2').send({ target_date: TARGET_DATE, comment: 'two' }).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['header', 'Idempotency-Key']]);
      expect(await orderCount()).toBe(before);
    });

    it.each([
      ['empty', ''],
      ['longer than 255', 'k'.repeat(256)],
      ['with a space', 'a key'],
    ])('a key that is %s is a 422 on the header', async (_name, key) => {
      const before = await orderCount();
      const res = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', key).send({ target_date: TARGET_DATE }).expect(422);
      expect(res.body.detail[0].loc).toEqual(['header', 'Idempotency-Key']);
      expect(await orderCount()).toBe(before);
    });

    it('10 parallel calls with one key create one order: one 201, nine 200 with the same order', async () => {
      const before = await orderCount();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-parallel').send({ target_date: TARGET_DATE, comment: 'parallel' })),
      );
      expect(results.map((res) => res.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
      expect(new Set(results.map((res) => res.body.id)).size).toBe(1);
      expect(await orderCount()).toBe(before + 1);
    });

    it('after 24 hours the key creates a new order', async () => {
      const body = { target_date: TARGET_DATE, comment: 'expiring' };
      const first = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-expiring').send(body).expect(201);
      await t.db.query(`UPDATE idempotency_keys SET created_at = created_at - interval '24 hours' WHERE idempotency_key = 'po-expiring'`);
      const second = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-expiring').send(body).expect(201);
      expect(second.body.id).not.toBe(first.body.id);
      expect((await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-expiring').send(body).expect(200)).body.id).toBe(second.body.id);
    });

    it('a call that fails validation stores no key: the retry runs afresh', async () => {
      await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-invalid-first').send({ target_date: TARGET_DATE, comment: 'c'.repeat(1001) }).expect(422);
      await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'po-invalid-first').send({ target_date: TARGET_DATE, comment: 'fixed' }).expect(201);
    });
  });
});
