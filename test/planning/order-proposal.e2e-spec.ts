import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures } from './analytics-fixtures';

/* GET /api/v1/planning/order-proposal (02 §3.2, examples 9–18; 01 PO-16, PO-17). */
describe('Planning order proposal', () => {
  let t: TestApp;
  let seed: AnalyticsFixtures;
  const url = '/api/v1/planning/order-proposal';
  const proposal = (query: Record<string, string> = {}) => t.http.get(url).query({ target_date: '2025-01-31', ...query });

  beforeAll(async () => {
    t = await createTestApp();
    seed = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  interface OpOptions {
    code: string;
    colors: number;
    sizes: number;
    horizon: number;
    sales: number;
    settings?: Parameters<AnalyticsFixtures['planningSettings']>[1];
  }

  /** Fixture OP of 02 §5.2: SKUs created colour by colour; one sale on the target date, no WB stock. */
  async function fixtureOp(options: OpOptions): Promise<{ article: number; colors: number[]; sizes: number[] }> {
    const article = await seed.article(options.code);
    const colors: number[] = [];
    for (let index = 0; index < options.colors; index++) colors.push(await seed.color(`${options.code}-C${index + 1}`));
    const sizes: number[] = [];
    for (let index = 0; index < options.sizes; index++) sizes.push(await seed.size(`${options.code}-${'SML'[index]}`, index + 1));
    for (const color of colors) for (const size of sizes) await seed.sku(article, color, size);
    await seed.articleCoverage(article, options.horizon);
    await seed.planningSettings(article, options.settings);
    await seed.mapping(article, `${options.code}-W`);
    await seed.sale(`${options.code}-W`, '2025-01-31', options.sales);
    await seed.wbStock(`${options.code}-W`, 0);
    return { article, colors, sizes };
  }

  type Item = { article_id: number; color_id: number; size_id: number; quantity: number; explanation: string | null };
  const triples = (items: Item[]) => items.map((item) => [item.color_id, item.size_id, item.quantity]);

  it('example 9: an empty database gives no items and the fixed text, with or without explanations', async () => {
    const expected = {
      target_date: '2025-01-31',
      items: [],
      global_explanation: 'No planning settings configured; no order proposal generated.',
    };
    expect((await proposal().expect(200)).body).toEqual(expected);
    expect((await proposal({ explanation: 'false' }).expect(200)).body).toEqual(expected);
  });

  it('example 10: scenario A, six items of 30', async () => {
    await seed.globalDefaults();
    const { article } = await fixtureOp({ code: 'OP-A', colors: 3, sizes: 2, horizon: 10, sales: 18 });
    const res = await proposal().expect(200);
    expect(res.body.items).toHaveLength(6);
    for (const item of res.body.items) {
      expect(item).toEqual({ article_id: article, color_id: expect.any(Number), size_id: expect.any(Number), quantity: 30, explanation: expect.any(String) });
    }
    expect(res.body.global_explanation).toContain('WB demand -> avg_daily_sales');
    expect(res.body.global_explanation).not.toContain('Color minima applied');
    expect(res.body.global_explanation).not.toContain('Elastic minima applied');
  });

  it('example 11: scenario B, a colour minimum', async () => {
    await seed.globalDefaults();
    const { article, colors: [c1, c2, c3], sizes: [s, m] } = await fixtureOp({ code: 'OP-B', colors: 3, sizes: 2, horizon: 10, sales: 18 });
    await seed.colorMinimum(article, c1, 200);
    const res = await proposal().expect(200);
    expect(triples(res.body.items)).toEqual([[c1, s, 100], [c1, m, 100], [c2, s, 30], [c2, m, 30], [c3, s, 30], [c3, m, 30]]);
    expect(res.body.global_explanation).toContain('Color minima applied');
    expect(res.body.global_explanation).toContain(`color_id=${c1}`);
  });

  it('example 12: scenario C, an elastic minimum', async () => {
    await seed.globalDefaults();
    const { article, colors: [c1, c2, c3], sizes: [s, m] } = await fixtureOp({ code: 'OP-C', colors: 3, sizes: 2, horizon: 20, sales: 15 });
    await seed.elasticMinimum(article, 'OP-C-EL', 500);
    const res = await proposal().expect(200);
    expect(triples(res.body.items)).toEqual([[c1, s, 84], [c1, m, 83], [c2, s, 84], [c2, m, 83], [c3, s, 83], [c3, m, 83]]);
    expect(res.body.global_explanation).toContain('Elastic minima applied');
    expect(res.body.global_explanation).toContain('elastic_min_batch_qty=500');
  });

  it('example 13: scenario D, everything combined', async () => {
    await seed.globalDefaults();
    const settings = { minFabricBatch: 250, minElasticBatch: 300, strictness: 1.2 };
    const { article, colors: [c1] } = await fixtureOp({ code: 'OP-D', colors: 3, sizes: 3, horizon: 10, sales: 20, settings });
    await seed.colorMinimum(article, c1, 220);
    await seed.elasticMinimum(article, 'OP-D-EL', 600);
    const res = await proposal().expect(200);
    expect(res.body.items.map((item: Item) => item.quantity)).toEqual([105, 105, 105, 48, 48, 47, 48, 47, 47]);
    for (const label of ['WB demand -> avg_daily_sales', 'Color minima applied', 'Elastic minima applied']) {
      expect(res.body.global_explanation).toContain(label);
    }
  });

  it('example 14 and 18: explanation=false (or no) keeps the quantities and nulls every text', async () => {
    await seed.globalDefaults();
    const { article, colors: [c1] } = await fixtureOp({ code: 'OP-E', colors: 3, sizes: 2, horizon: 10, sales: 18 });
    await seed.colorMinimum(article, c1, 200);
    const explained = await proposal().expect(200);
    for (const word of ['false', 'no', 'OFF']) {
      const silent = await proposal({ explanation: word }).expect(200);
      expect(triples(silent.body.items)).toEqual(triples(explained.body.items));
      expect(silent.body.global_explanation).toBeNull();
      expect(silent.body.items.every((item: Item) => item.explanation === null)).toBe(true);
    }
  });

  it('example 15: inactive, demand-less and SKU-less articles produce no items', async () => {
    await seed.globalDefaults();
    await fixtureOp({ code: 'OP-OFF', colors: 1, sizes: 1, horizon: 10, sales: 18, settings: { isActive: false } });
    const noMapping = await seed.article('OP-NOMAP');
    const color = await seed.color('OP-NOMAP-C');
    const size = await seed.size('OP-NOMAP-S', 1);
    await seed.sku(noMapping, color, size);
    await seed.planningSettings(noMapping);
    const noSkus = await seed.article('OP-NOSKU');
    await seed.planningSettings(noSkus);
    await seed.mapping(noSkus, 'OP-NOSKU-W');
    await seed.sale('OP-NOSKU-W', '2025-01-31', 10);
    const res = await proposal().expect(200);
    expect(res.body.items).toEqual([]);
    expect(res.body.global_explanation).not.toContain('WB demand -> avg_daily_sales');
  });

  it.each([
    [0.5, 100],
    [0.0, 100],
    [1.2, 120],
    [1.15, 115],
  ])('example 16: strictness %p on a deficit of 100 orders %p', async (strictness, expected) => {
    await fixtureOp({ code: 'OP-S', colors: 1, sizes: 1, horizon: 10, sales: 10, settings: { strictness } });
    const res = await proposal({ explanation: 'false' }).expect(200);
    expect(res.body.items.map((item: Item) => item.quantity)).toEqual([expected]);
  });

  it('example 17: an article minimum is split over the colours', async () => {
    await fixtureOp({ code: 'OP-F', colors: 2, sizes: 1, horizon: 10, sales: 10, settings: { minFabricBatch: 1000 } });
    const res = await proposal().expect(200);
    expect(res.body.items.map((item: Item) => item.quantity)).toEqual([500, 500]);
  });

  it('PO-16: two colours × two sizes, deficit 200 → 50 for each SKU unit', async () => {
    await seed.globalDefaults();
    const { article, colors: [c1, c2], sizes: [s, m] } = await fixtureOp({ code: 'E2E-ART-1', colors: 2, sizes: 2, horizon: 10, sales: 20 });
    const res = await proposal({ explanation: 'false' }).expect(200);
    expect(res.body.items).toEqual(
      [[c1, s], [c1, m], [c2, s], [c2, m]].map(([color, size]) => ({ article_id: article, color_id: color, size_id: size, quantity: 50, explanation: null })),
    );
  });

  it('PO-17: three sizes, the remainder unit goes to the smallest size of each colour', async () => {
    await seed.globalDefaults();
    const { colors: [c1, c2], sizes: [s, m, l] } = await fixtureOp({ code: 'PO17', colors: 2, sizes: 3, horizon: 10, sales: 20 });
    const res = await proposal().expect(200);
    expect(triples(res.body.items)).toEqual([[c1, s, 34], [c1, m, 33], [c1, l, 33], [c2, s, 34], [c2, m, 33], [c2, l, 33]]);
  });

  it('articles follow ascending article_id, whatever order their settings were created in', async () => {
    const first = await seed.article('OP-ORDER-1');
    const second = await seed.article('OP-ORDER-2');
    for (const [article, code] of [[second, 'OP-ORDER-2'], [first, 'OP-ORDER-1']] as const) {
      const color = await seed.color(`${code}-C`);
      await seed.sku(article, color, await seed.size(`${code}-S`, 1));
      await seed.articleCoverage(article, 10);
      await seed.planningSettings(article);
      await seed.mapping(article, `${code}-W`);
      await seed.sale(`${code}-W`, '2025-01-31', 1);
    }
    const res = await proposal().expect(200);
    expect(res.body.items.map((item: Item) => item.article_id)).toEqual([first, second]);
  });

  it('example 18: validation of target_date and explanation', async () => {
    const missing = await t.http.get(url).expect(422);
    expect(missing.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'target_date']]);
    const maybe = await proposal({ explanation: 'maybe' }).expect(422);
    expect(maybe.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'explanation']]);
    await proposal({ target_date: '2025-02-30' }).expect(422);
  });

  it('issues the same number of SQL statements for 2 and for 20 articles', async () => {
    await seed.globalDefaults();
    const statementsFor = async () => (await countStatements(() => proposal().expect(200))).statements;
    for (let index = 0; index < 2; index++) await fixtureOp({ code: `CNT-${index}`, colors: 2, sizes: 2, horizon: 10, sales: 5 });
    const forTwo = await statementsFor();
    for (let index = 2; index < 20; index++) await fixtureOp({ code: `CNT-${index}`, colors: 2, sizes: 2, horizon: 10, sales: 5 });
    const res = await proposal().expect(200);
    expect(res.body.items).toHaveLength(80);
    expect(await statementsFor()).toBe(forTwo);
  });
});
