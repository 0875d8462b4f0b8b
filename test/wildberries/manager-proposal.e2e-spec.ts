import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { emptyWbData, SeededArticle, T, WbSeeder } from './manager-test-kit';

const PROPOSAL = '/api/v1/wb/manager/proposal';
const SAME_DAY = { target_date: T, wb_arrival_date: T };

describe('WB replenishment proposal (POST /wb/manager/proposal)', () => {
  let t: TestApp;
  let seed: WbSeeder;
  beforeAll(async () => {
    t = await createTestApp();
    seed = new WbSeeder(t.db);
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await emptyWbData(t.db);
    seed.reset();
  });

  const propose = (body: Record<string, unknown>) => t.http.post(PROPOSAL).send(body);

  /** Single-SKU article `X` with `perDay` sales on each of the 3 days ending on T. */
  async function singleSku(options: { perDay?: number; days?: number; wbStock?: number; nsc?: number | null } = {}): Promise<SeededArticle> {
    const article = await seed.mappedArticle('X');
    if (options.perDay) await seed.dailySales('WB-X', options.perDay, options.days ?? 3);
    if (options.wbStock !== undefined) await seed.wbStock('WB-X', 1, 'MSK', options.wbStock);
    if (options.nsc !== null) await seed.nscStock(article.skus[0].id, options.nsc ?? 100);
    return article;
  }

  it('scenario 10: the base case with the normal strategy', async () => {
    const article = await singleSku({ perDay: 10, wbStock: 10, nsc: 100 });
    const res = await propose({ ...SAME_DAY, target_coverage_days: 30, replenishment_strategy: 'normal' }).expect(200);
    expect(res.body.target_date).toBe(T);
    expect(res.body.wb_arrival_date).toBe(T);
    expect(res.body.items).toHaveLength(1);
    const [item] = res.body.items;
    expect(item).toMatchObject({
      article_id: article.id,
      article_code: 'X',
      color_id: article.skus[0].colorId,
      size_id: article.skus[0].sizeId,
      wb_sku: 'WB-X',
      wb_stock_total: 10,
      avg_daily_sales_30d: 1,
      coverage_days_current: 10,
      days_until_arrival: 0,
      target_coverage_days: 30,
      projected_stock_at_arrival: 10,
      projected_coverage_at_arrival: 10,
      recommended_qty: 14,
      coverage_after_transfer: 24,
      nsk_stock_available: 100,
      nsk_stock_after_transfer: 86,
      oos_risk_before: 'green',
      oos_risk_after: 'green',
      limited_by_nsk_stock: false,
      limited_by_max_coverage: false,
      ignored_due_to_zero_sales: false,
      below_min_coverage_threshold: false,
      article_total_deficit: 14,
      article_total_recommended: 14,
    });
    expect(item.explanation).toEqual(expect.stringContaining('recommended_qty=14'));
    expect(typeof item.color_inner_code).toBe('string');
    expect(typeof item.size_label).toBe('string');
  });

  it.each([
    ['aggressive', 20, 30],
    ['normal', 14, 24],
    ['conservative', 8, 18],
  ])('scenario 11: strategy %s recommends %i (coverage after %i)', async (strategy, qty, coverage) => {
    await singleSku({ perDay: 10, wbStock: 10, nsc: 1000 });
    const [item] = (await propose({ ...SAME_DAY, replenishment_strategy: strategy }).expect(200)).body.items;
    expect(item.recommended_qty).toBe(qty);
    expect(item.coverage_after_transfer).toBeCloseTo(coverage, 9);
  });

  it('scenario 11: "explanation": false nulls every explanation', async () => {
    const article = await seed.article('M', { sizes: 2 });
    await seed.mapping(article.id, 'WB-M');
    const items = (await propose({ ...SAME_DAY, explanation: false }).expect(200)).body.items;
    expect(items).toHaveLength(2);
    expect(items.map((item: { explanation: unknown }) => item.explanation)).toEqual([null, null]);
  });

  it('scenario 12: arrival five days later projects the stock down', async () => {
    await singleSku({ perDay: 10, wbStock: 10, nsc: 100 });
    const [item] = (await propose({ target_date: T, wb_arrival_date: '2025-02-05' }).expect(200)).body.items;
    expect(item).toMatchObject({
      days_until_arrival: 5,
      projected_stock_at_arrival: 5,
      projected_coverage_at_arrival: 5,
      recommended_qty: 19,
      coverage_after_transfer: 24,
      nsk_stock_after_transfer: 81,
      article_total_deficit: 19,
    });
  });

  it('scenario 13: limited by NSC stock', async () => {
    await singleSku({ perDay: 50, wbStock: 0, nsc: 10 });
    const [item] = (await propose({ ...SAME_DAY, replenishment_strategy: 'aggressive', target_coverage_days: 60 }).expect(200)).body.items;
    expect(item).toMatchObject({
      recommended_qty: 10,
      limited_by_nsk_stock: true,
      limited_by_max_coverage: false,
      coverage_after_transfer: 2,
      nsk_stock_after_transfer: 0,
      oos_risk_before: 'red',
      oos_risk_after: 'red',
      below_min_coverage_threshold: true,
      article_total_deficit: 300,
      article_total_recommended: 10,
    });
    expect(item.explanation).toContain('Limited by NSC stock');
  });

  it('scenario 14: capped by max_coverage_days_after', async () => {
    await singleSku({ perDay: 10, wbStock: 0, nsc: 10000 });
    const [item] = (
      await propose({ ...SAME_DAY, replenishment_strategy: 'aggressive', target_coverage_days: 120, max_coverage_days_after: 30 }).expect(200)
    ).body.items;
    expect(item).toMatchObject({
      recommended_qty: 30,
      coverage_after_transfer: 30,
      limited_by_max_coverage: true,
      limited_by_nsk_stock: false,
      oos_risk_after: 'green',
      article_total_deficit: 120,
      article_total_recommended: 30,
    });
    expect(item.explanation).toContain('max_coverage_days_after=30');
  });

  it.each([
    ['ignore', true],
    ['keep', false],
    ['light', false],
  ])('scenario 15: zero sales with policy %s (ignored flag %s)', async (policy, ignored) => {
    await singleSku({ wbStock: 10, nsc: 100 });
    const [item] = (await propose({ ...SAME_DAY, zero_sales_policy: policy }).expect(200)).body.items;
    expect(item).toMatchObject({
      recommended_qty: 0,
      ignored_due_to_zero_sales: ignored,
      coverage_days_current: 9999,
      projected_stock_at_arrival: 10,
      projected_coverage_at_arrival: 9999,
      coverage_after_transfer: 9999,
      nsk_stock_after_transfer: 100,
      oos_risk_before: 'green',
      oos_risk_after: 'green',
      below_min_coverage_threshold: false,
      article_total_deficit: 0,
    });
  });

  it('scenario 16: no NSC stock gives nothing, without the NSC flag', async () => {
    await singleSku({ perDay: 10, wbStock: 0, nsc: null });
    const [item] = (await propose(SAME_DAY).expect(200)).body.items;
    expect(item).toMatchObject({
      recommended_qty: 0,
      nsk_stock_available: 0,
      limited_by_nsk_stock: false,
      oos_risk_before: 'red',
      oos_risk_after: 'red',
      article_total_deficit: 24,
      article_total_recommended: 0,
    });
  });

  it('scenario 17: below the minimum coverage', async () => {
    await singleSku({ perDay: 10, days: 1, nsc: 100 });
    const [item] = (await propose({ ...SAME_DAY, min_coverage_days: 5 }).expect(200)).body.items;
    expect(item.avg_daily_sales_30d).toBeCloseTo(0.3333333333333333, 15);
    expect(item).toMatchObject({
      coverage_days_current: 0,
      below_min_coverage_threshold: true,
      recommended_qty: 8,
      oos_risk_before: 'red',
      oos_risk_after: 'green',
    });
    expect(item.coverage_after_transfer).toBeCloseTo(24, 9);
  });

  it('scenario 18: the article cap scales both SKU units down (each gets the article-level demand)', async () => {
    const article = await seed.article('CAP', { sizes: 2 });
    await seed.mapping(article.id, 'WB-CAP');
    await seed.dailySales('WB-CAP', 10, 3);
    for (const sku of article.skus) await seed.nscStock(sku.id, 100);
    const items = (await propose({ ...SAME_DAY, replenishment_strategy: 'aggressive', max_replenishment_per_article: 45 }).expect(200)).body.items;
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).toMatchObject({
        recommended_qty: 22,
        limited_by_max_coverage: true,
        coverage_after_transfer: 22,
        nsk_stock_after_transfer: 78,
        article_total_deficit: 60,
        article_total_recommended: 44,
      });
    }
  });

  it('a zero article cap zeroes the article', async () => {
    await singleSku({ perDay: 10, wbStock: 0, nsc: 100 });
    const [item] = (await propose({ ...SAME_DAY, max_replenishment_per_article: 0 }).expect(200)).body.items;
    expect(item).toMatchObject({ recommended_qty: 0, limited_by_max_coverage: true, article_total_recommended: 0, article_total_deficit: 24 });
  });

  it('scenario 19: an arrival before the target date is a 400; a missing arrival a 422', async () => {
    const early = await propose({ target_date: T, wb_arrival_date: '2025-01-01' }).expect(400);
    expect(early.body).toEqual({ detail: 'wb_arrival_date cannot be earlier than target_date' });
    const missing = await propose({ target_date: T }).expect(422);
    expect(missing.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['body', 'wb_arrival_date']]);
  });

  it('scenario 20: article_ids restricts the items; [] and null mean all', async () => {
    const a1 = await seed.mappedArticle('A1');
    const a2 = await seed.mappedArticle('A2');
    await seed.dailySales('WB-A1', 5);
    await seed.dailySales('WB-A2', 5);
    await seed.nscStock(a1.skus[0].id, 50);
    await seed.nscStock(a2.skus[0].id, 50);
    const only = (await propose({ ...SAME_DAY, article_ids: [a1.id] }).expect(200)).body.items;
    expect(only.map((item: { article_id: number }) => item.article_id)).toEqual([a1.id]);
    for (const all of [[], null]) {
      const items = (await propose({ ...SAME_DAY, article_ids: all }).expect(200)).body.items;
      expect(items.map((item: { article_id: number }) => item.article_id)).toEqual([a1.id, a2.id]);
    }
  });

  it('W8: NSC stock counts only warehouses of type exactly internal, negative balances included', async () => {
    const article = await singleSku({ perDay: 10, wbStock: 0, nsc: 30 });
    const second = await seed.warehouse('internal');
    await seed.balance(article.skus[0].id, second, -5);
    await seed.balance(article.skus[0].id, await seed.warehouse('external'), 500);
    await seed.balance(article.skus[0].id, await seed.warehouse('Internal'), 500);
    const [item] = (await propose(SAME_DAY).expect(200)).body.items;
    expect(item.nsk_stock_available).toBe(25);
    expect(item.recommended_qty).toBe(24);
    expect(item.nsk_stock_after_transfer).toBe(1);
  });

  it('00 §8: truncations are exact on integers (21/30 × 90 days is 63, not 62)', async () => {
    await seed.mappedArticle('X');
    await seed.sales('WB-X', T, 21);
    await seed.wbStock('WB-X', 1, 'MSK', 100);
    await seed.nscStock((await t.db.query<{ id: number }>('SELECT id FROM sku_unit'))[0].id, 1000);
    // Arrival 90 days after T: the original's double 0.7 × 90 = 62.999… would project 38.
    const [item] = (await propose({ target_date: T, wb_arrival_date: '2025-05-01', target_coverage_days: 90, max_coverage_days_after: 90, replenishment_strategy: 'aggressive' }).expect(200)).body
      .items;
    expect(item.days_until_arrival).toBe(90);
    expect(item.projected_stock_at_arrival).toBe(37);
    // 0.7 × 90 × 1.0 − 37 = 26 exactly (doubles: 25), and 63 units last exactly the 90-day cap, so it does not apply.
    expect(item.recommended_qty).toBe(26);
    expect(item.limited_by_max_coverage).toBe(false);
    expect(item.coverage_after_transfer).toBeCloseTo(90, 9);
  });

  it('issues the same number of statements for 2 and for 20 articles', async () => {
    const statementsFor = async (articles: number) => {
      await emptyWbData(t.db);
      seed.reset();
      for (let i = 0; i < articles; i++) {
        const article = await seed.article(`P${articles}-${i}`, { sizes: 2 });
        await seed.mapping(article.id, `WB-P${i}`);
        await seed.dailySales(`WB-P${i}`, i + 1, 5);
        for (const sku of article.skus) await seed.nscStock(sku.id, 50);
      }
      const { result, statements } = await countStatements(() => propose(SAME_DAY));
      expect(result.status).toBe(200);
      expect(result.body.items).toHaveLength(articles * 2);
      return statements;
    };
    const forTwo = await statementsFor(2);
    expect(await statementsFor(20)).toBe(forTwo);
  });

  describe('W5: enums and ranges are validated (422)', () => {
    it.each([
      ['replenishment_strategy', 'weird'],
      ['zero_sales_policy', 'sometimes'],
      ['target_coverage_days', 0],
      ['min_coverage_days', -1],
      ['max_coverage_days_after', 0],
      ['max_replenishment_per_article', -1],
      ['target_coverage_days', '30'],
      ['target_coverage_days', 7.5],
      ['target_coverage_days', null],
      ['explanation', 'yes'],
      ['article_ids', 'all'],
    ])('%s = %j → 422 on that field', async (field, value) => {
      const res = await propose({ ...SAME_DAY, [field]: value }).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['body', field]]);
    });

    it('a bad article id is reported at its index', async () => {
      const res = await propose({ ...SAME_DAY, article_ids: [1, 'two', 2.5] }).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([
        ['body', 'article_ids', 1],
        ['body', 'article_ids', 2],
      ]);
    });

    it('max_replenishment_per_article may be null; unknown fields are ignored', async () => {
      await propose({ ...SAME_DAY, max_replenishment_per_article: null, whatever: 1 }).expect(200);
    });

    it('a bad body with an early arrival is a 422, not a 400', async () => {
      await propose({ target_date: T, wb_arrival_date: '2025-01-01', replenishment_strategy: 'weird' }).expect(422);
    });
  });
});
