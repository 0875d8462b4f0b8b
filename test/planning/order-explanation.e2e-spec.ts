import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures } from './analytics-fixtures';

/* GET /api/v1/planning/order-explanation-portfolio (02 §3.7, §4.9, examples 42–52 with the [REC] results). */
describe('Planning order explanation portfolio', () => {
  // A zone far from UTC: for half of the UTC day its calendar date is already the next one.
  const zone = 'Pacific/Kiritimati';
  const day = '2025-01-31';
  let t: TestApp;
  let seed: AnalyticsFixtures;
  const url = '/api/v1/planning/order-explanation-portfolio';
  const portfolio = (query: Record<string, string | string[]> = {}) => t.http.get(url).query({ target_date: day, ...query });

  beforeAll(async () => {
    t = await createTestApp({ env: { PLANNING_TIME_ZONE: zone } });
    seed = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  interface OeOptions {
    code: string;
    colors?: number;
    sizes?: number;
    horizon?: number | null;
    sales?: number;
    saleDate?: string;
    settings?: Parameters<AnalyticsFixtures['planningSettings']>[1];
  }

  /** Fixture OE of 02 §5.6 (and OP of §5.2 with several colours/sizes): one sale on the evaluation date, WB stock 0. */
  async function fixture(options: OeOptions): Promise<{ article: number; colors: number[]; sizes: number[] }> {
    const article = await seed.article(options.code);
    const colors: number[] = [];
    for (let index = 0; index < (options.colors ?? 1); index++) colors.push(await seed.color(`${options.code}-C${index + 1}`));
    const sizes: number[] = [];
    for (let index = 0; index < (options.sizes ?? 1); index++) sizes.push(await seed.size(`${options.code}-${'SML'[index]}`, index + 1));
    for (const color of colors) for (const size of sizes) await seed.sku(article, color, size);
    if (options.horizon !== null) await seed.articleCoverage(article, options.horizon ?? 10);
    await seed.planningSettings(article, options.settings);
    await seed.mapping(article, `${options.code}-W`);
    await seed.sale(`${options.code}-W`, options.saleDate ?? day, options.sales ?? 10);
    await seed.wbStock(`${options.code}-W`, 0);
    return { article, colors, sizes };
  }

  async function elasticTypeId(code: string): Promise<number> {
    return (await t.db.query<{ id: number }>('SELECT id FROM elastic_type WHERE code = $1', [code]))[0].id;
  }

  type Reason = Record<string, unknown> & { color_id: number; final_order_qty: number; limiting_constraint: string };
  const reasonsOf = async (query: Record<string, string | string[]> = {}): Promise<Reason[]> => {
    const res = await portfolio(query).expect(200);
    expect(res.body.items).toHaveLength(1);
    return res.body.items[0].reasons;
  };
  const summary = (reasons: Reason[]) => reasons.map((reason) => [reason.color_id, reason.final_order_qty, reason.limiting_constraint]);

  it('an empty database answers an empty portfolio', async () => {
    expect((await t.http.get(url).expect(200)).body).toEqual({ items: [] });
    expect((await portfolio({ article_ids: ['1', '2'] }).expect(200)).body).toEqual({ items: [] });
  });

  it('example 42: happy path, every field of the single reason', async () => {
    await seed.globalDefaults();
    const { article, colors: [color] } = await fixture({ code: 'OE' });
    const res = await portfolio().expect(200);
    expect(res.body).toEqual({
      items: [
        {
          article_id: article,
          article_code: 'OE',
          reasons: [
            {
              article_id: article,
              article_code: 'OE',
              color_id: color,
              color_name: 'OE-C1',
              elastic_type_id: null,
              elastic_type_name: null,
              proposed_qty: 100,
              base_deficit: 100,
              strictness: 1,
              adjusted_deficit: 100,
              min_fabric_batch: null,
              min_elastic_batch: null,
              color_min_batch: null,
              total_available_before: 0,
              forecast_horizon_days: 10,
              final_order_qty: 100,
              limiting_constraint: 'none',
              explanation: expect.stringContaining('base_deficit'),
            },
          ],
        },
      ],
    });
  });

  it('example 43: the fabric minimum binds', async () => {
    await seed.globalDefaults();
    await fixture({ code: 'OE', settings: { minFabricBatch: 1000 } });
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({ final_order_qty: 1000, min_fabric_batch: 1000, proposed_qty: 100, limiting_constraint: 'fabric_min_batch' });
  });

  it('example 44: the elastic minimum binds and names its elastic type', async () => {
    await seed.globalDefaults();
    const { article } = await fixture({ code: 'OE' });
    await seed.elasticMinimum(article, 'EL-1500', 1500);
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({
      final_order_qty: 1500,
      min_elastic_batch: 1500,
      elastic_type_id: await elasticTypeId('EL-1500'),
      elastic_type_name: 'EL-1500',
      limiting_constraint: 'elastic_min_batch',
    });
  });

  it('example 45: the colour minimum binds', async () => {
    await seed.globalDefaults();
    const { article, colors: [color] } = await fixture({ code: 'OE' });
    await seed.colorMinimum(article, color, 2000);
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({ final_order_qty: 2000, color_min_batch: 2000, limiting_constraint: 'color_min_batch' });
  });

  it('example 46: inactive articles are left out by default but listed when asked for', async () => {
    await seed.globalDefaults();
    const { article } = await fixture({ code: 'OE' });
    const { article: inactive } = await fixture({ code: 'OE-I', settings: { isActive: false } });
    const all = await portfolio().expect(200);
    expect(all.body.items.map((item: { article_id: number }) => item.article_id)).toEqual([article]);
    const asked = await portfolio({ article_ids: String(inactive) }).expect(200);
    expect(asked.body).toEqual({ items: [{ article_id: inactive, article_code: 'OE-I', reasons: [] }] });
  });

  it('example 47: an article without settings has no reasons, an unknown id is skipped', async () => {
    const bare = await seed.article('BARE');
    const res = await portfolio({ article_ids: [String(bare), '555'] }).expect(200);
    expect(res.body).toEqual({ items: [{ article_id: bare, article_code: 'BARE', reasons: [] }] });
  });

  it('example 48: a tie between the fabric and the colour minimum names the fabric minimum', async () => {
    await seed.globalDefaults();
    const { article, colors: [color] } = await fixture({ code: 'OE', settings: { minFabricBatch: 500 } });
    await seed.colorMinimum(article, color, 500);
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({ final_order_qty: 500, color_min_batch: 500, limiting_constraint: 'fabric_min_batch' });
  });

  it('example 49: the article elastic minimum above the elastic type one binds', async () => {
    await seed.globalDefaults();
    const { article } = await fixture({ code: 'OE', settings: { minElasticBatch: 700 } });
    await seed.elasticMinimum(article, 'EL-300', 300);
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({ final_order_qty: 700, min_elastic_batch: 700, limiting_constraint: 'elastic_min_batch' });
  });

  it('example 50: strictness raises the order; internal stock counts as available', async () => {
    const article = await seed.article('STRICT');
    const color = await seed.color('STRICT-C');
    const sku = await seed.sku(article, color, await seed.size('STRICT-S', 1));
    await seed.balance(sku, await seed.warehouse('NSC', 'internal'), 9);
    await seed.planningSettings(article, { strictness: 1.5 });
    await seed.mapping(article, 'STRICT-W');
    await seed.sale('STRICT-W', day, 10);
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({
      base_deficit: 600,
      adjusted_deficit: 900,
      proposed_qty: 900,
      final_order_qty: 900,
      limiting_constraint: 'strictness',
      total_available_before: 9,
      forecast_horizon_days: 60,
    });
  });

  it('W-BUG-4: stock in a non-internal warehouse is not available stock; WB stock is', async () => {
    const { article } = await fixture({ code: 'OE', sales: 10 });
    const sku = (await t.db.query<{ id: number }>('SELECT id FROM sku_unit WHERE article_id = $1', [article]))[0].id;
    await seed.balance(sku, await seed.warehouse('NSC', 'internal'), 4);
    await seed.balance(sku, await seed.warehouse('OTHER', 'external'), 50);
    await t.db.query(`UPDATE wb_stock SET stock_qty = 7 WHERE wb_sku = 'OE-W'`);
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({ total_available_before: 11, base_deficit: 93 });
  });

  it('example 51: strictness below 1 has no effect and is not the limiting constraint [REC]', async () => {
    await seed.globalDefaults();
    await fixture({ code: 'OE', settings: { strictness: 0.5 } });
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({ proposed_qty: 100, adjusted_deficit: 50, strictness: 0.5, final_order_qty: 100, limiting_constraint: 'none' });
  });

  it('example 52, scenario C: the elastic minimum drove every colour [REC]', async () => {
    await seed.globalDefaults();
    const { article, colors: [c1, c2, c3] } = await fixture({ code: 'OP-C', colors: 3, sizes: 2, horizon: 20, sales: 15 });
    await seed.elasticMinimum(article, 'EL-500', 500);
    const reasons = await reasonsOf();
    expect(summary(reasons)).toEqual([
      [c1, 167, 'elastic_min_batch'],
      [c2, 167, 'elastic_min_batch'],
      [c3, 166, 'elastic_min_batch'],
    ]);
    for (const reason of reasons) {
      expect(reason).toMatchObject({ proposed_qty: 300, min_elastic_batch: 500, elastic_type_id: await elasticTypeId('EL-500') });
    }
  });

  it('example 52, example 17: an article fabric minimum split over two colours [REC]', async () => {
    const { colors: [c1, c2] } = await fixture({ code: 'OP-F', colors: 2, settings: { minFabricBatch: 1000 } });
    const reasons = await reasonsOf();
    expect(summary(reasons)).toEqual([
      [c1, 500, 'fabric_min_batch'],
      [c2, 500, 'fabric_min_batch'],
    ]);
    expect(reasons[0]).toMatchObject({ min_fabric_batch: 1000, proposed_qty: 100 });
  });

  it('example 52, scenarios A and B: only the colour raised by its minimum is limited', async () => {
    await seed.globalDefaults();
    const a = await fixture({ code: 'OP-A', colors: 3, sizes: 2, horizon: 10, sales: 18 });
    const b = await fixture({ code: 'OP-B', colors: 3, sizes: 2, horizon: 10, sales: 18 });
    await seed.colorMinimum(b.article, b.colors[0], 200);
    const res = await portfolio().expect(200);
    const [first, second] = res.body.items;
    expect(first.article_id).toBe(a.article);
    expect(summary(first.reasons)).toEqual(a.colors.map((color) => [color, 60, 'none']));
    expect(second.article_id).toBe(b.article);
    expect(summary(second.reasons)).toEqual([
      [b.colors[0], 200, 'color_min_batch'],
      [b.colors[1], 60, 'none'],
      [b.colors[2], 60, 'none'],
    ]);
    expect(second.reasons[0].color_min_batch).toBe(200);
    expect(second.reasons[1].color_min_batch).toBeNull();
  });

  it('reasons follow the proposal items: the colour of the lowest SKU id comes first', async () => {
    const article = await seed.article('ORDER');
    const [early, late] = [await seed.color('ORDER-C1'), await seed.color('ORDER-C2')];
    const size = await seed.size('ORDER-S', 1);
    await seed.sku(article, late, size);
    await seed.sku(article, early, size);
    await seed.articleCoverage(article, 10);
    await seed.planningSettings(article);
    await seed.mapping(article, 'ORDER-W');
    await seed.sale('ORDER-W', day, 10);
    expect(summary(await reasonsOf())).toEqual([
      [late, 50, 'none'],
      [early, 50, 'none'],
    ]);
  });

  it('selection keeps the order of the given ids, without duplicates', async () => {
    const first = await seed.article('FIRST');
    const second = await seed.article('SECOND');
    const res = await portfolio({ article_ids: [String(second), String(first), String(second)] }).expect(200);
    expect(res.body.items.map((item: { article_id: number }) => item.article_id)).toEqual([second, first]);
  });

  it('target_date is the evaluation date of demand and proposal (W-BUG-2)', async () => {
    await fixture({ code: 'OE', saleDate: '2025-01-10' });
    expect((await reasonsOf({ target_date: '2025-01-10' }))[0].final_order_qty).toBe(100);
    expect(await reasonsOf({ target_date: '2025-01-09' })).toEqual([]);
    // 30 days window ends at 2025-02-08 for a sale on 2025-01-10.
    expect((await reasonsOf({ target_date: '2025-02-08' }))[0].final_order_qty).toBe(100);
    expect(await reasonsOf({ target_date: '2025-02-09' })).toEqual([]);
  });

  it('without target_date the business today of the database clock is used', async () => {
    const [{ today, yesterday }] = await t.db.query<{ today: string; yesterday: string }>(
      `SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS today,
              to_char((now() AT TIME ZONE $1)::date - 1, 'YYYY-MM-DD') AS yesterday`,
      [zone],
    );
    const { article } = await fixture({ code: 'OE', saleDate: today });
    await seed.sale('OE-W', yesterday, 0);
    const res = await t.http.get(url).expect(200);
    // Today and yesterday both have a sales row: 10 units over 2 days, 5 a day over 10 days.
    expect(res.body.items[0].article_id).toBe(article);
    expect(res.body.items[0].reasons[0].base_deficit).toBe(50);
    const explicit = await portfolio({ target_date: yesterday }).expect(200);
    expect(explicit.body.items[0].reasons).toEqual([]);
  });

  it('validation: non-integer ids and bad dates are 422 with their location', async () => {
    const ids = await t.http.get(url).query({ article_ids: ['1', 'x'] }).expect(422);
    expect(ids.body.detail).toEqual([expect.objectContaining({ loc: ['query', 'article_ids', 1] })]);
    await t.http.get(`${url}?article_ids=1,2`).expect(422);
    await t.http.get(`${url}?article_ids=`).expect(422);
    const date = await t.http.get(url).query({ target_date: '2025-02-30' }).expect(422);
    expect(date.body.detail).toEqual([expect.objectContaining({ loc: ['query', 'target_date'] })]);
  });

  it('an id beyond 32 bits is skipped like any unknown id', async () => {
    const article = await seed.article('BIG');
    const res = await portfolio({ article_ids: [String(article), '99999999999'] }).expect(200);
    expect(res.body.items.map((item: { article_id: number }) => item.article_id)).toEqual([article]);
  });

  it('W-NUM-1: strictness 1.15 proposes 115, not 114', async () => {
    await fixture({ code: 'OE', settings: { strictness: 1.15 } });
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({ proposed_qty: 115, final_order_qty: 115, limiting_constraint: 'strictness' });
    expect(reason.adjusted_deficit).toBeCloseTo(115, 9);
  });

  it('with two elastic types at the same largest minimum, the first settings row names the type', async () => {
    const { article } = await fixture({ code: 'OE' });
    await seed.elasticMinimum(article, 'EL-SMALL', 120);
    await seed.elasticMinimum(article, 'EL-FIRST', 400);
    await seed.elasticMinimum(article, 'EL-SECOND', 400);
    const [reason] = await reasonsOf();
    expect(reason).toMatchObject({
      elastic_type_id: await elasticTypeId('EL-FIRST'),
      elastic_type_name: 'EL-FIRST',
      min_elastic_batch: 400,
      final_order_qty: 400,
      limiting_constraint: 'elastic_min_batch',
    });
  });

  it('costs the same number of statements for 2 and for 20 articles', async () => {
    await seed.globalDefaults();
    const statementsFor = async () => (await countStatements(() => portfolio().expect(200))).statements;
    for (let index = 0; index < 2; index++) {
      const { article, colors } = await fixture({ code: `CNT-${index}`, colors: 2, sizes: 2, sales: 5 });
      await seed.colorMinimum(article, colors[0], 40);
      await seed.elasticMinimum(article, `CNT-EL-${index}`, 30);
    }
    const forTwo = await statementsFor();
    for (let index = 2; index < 20; index++) {
      const { article, colors } = await fixture({ code: `CNT-${index}`, colors: 2, sizes: 2, sales: 5 });
      await seed.colorMinimum(article, colors[0], 40);
      await seed.elasticMinimum(article, `CNT-EL-${index}`, 30);
    }
    const res = await portfolio().expect(200);
    expect(res.body.items).toHaveLength(20);
    expect(res.body.items.every((item: { reasons: unknown[] }) => item.reasons.length === 2)).toBe(true);
    expect(await statementsFor()).toBe(forTwo);
    expect(forTwo).toBeLessThanOrEqual(15);
  });
});
