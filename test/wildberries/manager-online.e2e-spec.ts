import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { emptyWbData, T, WbSeeder } from './manager-test-kit';

const ONLINE = '/api/v1/wb/manager/online';

describe('WB manager online dashboard (GET /wb/manager/online)', () => {
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

  const online = (query: string) => t.http.get(`${ONLINE}?target_date=${T}${query}`);

  it('scenario 2: every SKU unit of an article repeats the article-level figures', async () => {
    const article = await seed.article('A', { colors: 2, sizes: 2 });
    await seed.mapping(article.id, 'WB-1');
    await seed.dailySales('WB-1', 10, 3);
    await seed.wbStock('WB-1', 1, 'MSK', 5);
    await seed.wbStock('WB-1', 2, 'KZN', 15);

    const res = await online('').expect(200);
    expect(res.body.target_date).toBe(T);
    expect(res.body.items).toHaveLength(4);
    expect(res.body.items.map((item: { color_id: number; size_id: number }) => [item.color_id, item.size_id])).toEqual(
      article.skus.map((sku) => [sku.colorId, sku.sizeId]),
    );
    for (const item of res.body.items) {
      expect(item).toMatchObject({
        article_id: article.id,
        article_code: 'A',
        wb_sku: 'WB-1',
        sales_1d: 10,
        sales_7d: 30,
        sales_30d: 30,
        avg_daily_sales_30d: 1,
        forecast_7d: 7,
        forecast_30d: 30,
        wb_stock_total: 20,
        wb_stock_by_warehouse: [
          { warehouse_id: 1, warehouse_name: 'MSK', stock_qty: 5 },
          { warehouse_id: 2, warehouse_name: 'KZN', stock_qty: 15 },
        ],
        coverage_days: 20,
        oos_risk_level: 'green',
        observation_window_days: 30,
      });
      expect(item.color_inner_code).toEqual(expect.any(String));
      expect(item.size_label).toEqual(expect.any(String));
      expect(item.explanation).toContain('sales_30d=30');
    }
  });

  it('scenario 3: sales on the target date and stock in one WB warehouse', async () => {
    await seed.mappedArticle('X');
    await seed.sales('WB-X', T, 5);
    await seed.wbStock('WB-X', 1, 'MSK', 10);
    const [item] = (await online('').expect(200)).body.items;
    expect(item).toMatchObject({ wb_stock_total: 10, sales_1d: 5, wb_stock_by_warehouse: [{ warehouse_id: 1, warehouse_name: 'MSK', stock_qty: 10 }] });
  });

  it('scenario 54: scenario 3 reproduced purely through the catalogue and import endpoints', async () => {
    const post = async (path: string, body: object, status: number) => (await t.http.post(`/api/v1/${path}`).send(body).expect(status)).body;
    const article = await post('article/', { code: 'API', name: null }, 201);
    const color = await post('color/', { inner_code: 'API-C' }, 201);
    const size = await post('size/', { label: 'API-S', sort_order: 0 }, 201);
    await post('sku-unit/', { article_id: article.id, color_id: color.id, size_id: size.id }, 201);
    await post('wb/article-mapping/import', { items: [{ article_id: article.id, wb_sku: 'WB-API' }] }, 200);
    await post('wb/sales-daily/import', { items: [{ wb_sku: 'WB-API', date: T, sales_qty: 5 }] }, 200);
    await post('wb/stock/import', { items: [{ wb_sku: 'WB-API', warehouse_id: 1, warehouse_name: 'MSK', stock_qty: 10 }] }, 200);

    const [item] = (await online('').expect(200)).body.items;
    expect(item).toMatchObject({
      article_id: article.id,
      wb_sku: 'WB-API',
      wb_stock_total: 10,
      sales_1d: 5,
      wb_stock_by_warehouse: [{ warehouse_id: 1, warehouse_name: 'MSK', stock_qty: 10 }],
    });
  });

  it('scenario 4: an article without mapping has zeros and says "No WB SKU mapping"', async () => {
    await seed.article('U');
    const [item] = (await online('').expect(200)).body.items;
    expect(item).toMatchObject({
      wb_sku: null,
      sales_1d: 0,
      sales_7d: 0,
      sales_30d: 0,
      wb_stock_total: 0,
      wb_stock_by_warehouse: [],
      avg_daily_sales_30d: 0,
      coverage_days: 0,
      oos_risk_level: 'green',
    });
    expect(item.explanation).toContain('No WB SKU mapping');
  });

  it('scenario 5: stock without sales has the 9999 coverage sentinel and is green', async () => {
    await seed.mappedArticle('X');
    await seed.wbStock('WB-X', 1, 'MSK', 10);
    const [item] = (await online('').expect(200)).body.items;
    expect(item).toMatchObject({ sales_30d: 0, avg_daily_sales_30d: 0, coverage_days: 9999, oos_risk_level: 'green' });
    expect(item.explanation).not.toContain('No WB SKU mapping');
  });

  it.each([
    [2, 2, 'red'],
    [5, 5, 'yellow'],
    [7, 7, 'yellow'],
    [0, 0, 'red'],
    [8, 8, 'green'],
  ])('scenario 6: avg 1.0 with WB stock %i → coverage %i, %s', async (stock, coverage, risk) => {
    await seed.mappedArticle('X');
    await seed.dailySales('WB-X', 10, 3);
    await seed.wbStock('WB-X', 1, 'MSK', stock);
    const [item] = (await online('').expect(200)).body.items;
    expect(item.coverage_days).toBeCloseTo(coverage, 9);
    expect(item.oos_risk_level).toBe(risk);
  });

  it.each([
    [5, 'red'],
    [6, 'yellow'],
    [14, 'yellow'],
    [15, 'green'],
  ])('§5.2: both boundaries are yellow (avg 2.0, WB stock %i → %s)', async (stock, risk) => {
    await seed.mappedArticle('X');
    await seed.sales('WB-X', T, 60);
    await seed.wbStock('WB-X', 1, 'MSK', stock);
    expect((await online('').expect(200)).body.items[0].oos_risk_level).toBe(risk);
  });

  it('scenario 7: article_ids filters; an unknown id gives no rows', async () => {
    const a1 = await seed.mappedArticle('A1');
    const a2 = await seed.mappedArticle('A2');
    await seed.sales('WB-A1', T, 3);
    await seed.sales('WB-A2', T, 7);
    const filtered = (await online(`&article_ids=${a1.id}`).expect(200)).body.items;
    expect(filtered.map((item: { article_id: number; sales_1d: number }) => [item.article_id, item.sales_1d])).toEqual([[a1.id, 3]]);
    const both = (await online(`&article_ids=${a2.id}&article_ids=${a1.id}`).expect(200)).body.items;
    expect(both.map((item: { article_id: number }) => item.article_id)).toEqual([a1.id, a2.id]);
    expect((await online('&article_ids=999999').expect(200)).body).toEqual({ target_date: T, items: [] });
  });

  it('scenario 8: window edges, two WB SKUs and the warehouse breakdown order', async () => {
    const article = await seed.article('E');
    await seed.mapping(article.id, 'W1');
    await seed.mapping(article.id, 'W2');
    await seed.sales('W1', '2025-01-31', 4);
    await seed.sales('W2', '2025-01-25', 5);
    await seed.sales('W2', '2025-01-24', 6);
    await seed.sales('W1', '2025-01-02', 7);
    await seed.sales('W1', '2025-01-01', 100);
    await seed.sales('W1', '2025-02-01', 100);
    await seed.wbStock('W1', 2, 'B', 3);
    await seed.wbStock('W2', null, 'Z', 4);
    await seed.wbStock('W2', 2, 'B', 5);
    await seed.wbStock('W2', 1, null, 6);

    const [item] = (await online('').expect(200)).body.items;
    expect(item).toMatchObject({
      wb_sku: null,
      sales_1d: 4,
      sales_7d: 9,
      sales_30d: 22,
      wb_stock_total: 18,
      wb_stock_by_warehouse: [
        { warehouse_id: null, warehouse_name: 'Z', stock_qty: 4 },
        { warehouse_id: 1, warehouse_name: null, stock_qty: 6 },
        { warehouse_id: 2, warehouse_name: 'B', stock_qty: 8 },
      ],
      oos_risk_level: 'green',
    });
    expect(item.avg_daily_sales_30d).toBeCloseTo(0.7333333333333333, 12);
    expect(item.forecast_30d).toBeCloseTo(22, 9);
    expect(item.coverage_days).toBeCloseTo(24.545454545454547, 9);
    // The filtered request reads the windows another way (per WB SKU key); the figures agree.
    const [filtered] = (await online(`&article_ids=${article.id}`).expect(200)).body.items;
    expect(filtered).toEqual(item);
  });

  it('warehouse id 0 sorts as 0, after a null warehouse (decision 30)', async () => {
    await seed.mappedArticle('X');
    await seed.wbStock('WB-X', 0, 'ZERO', 1);
    await seed.wbStock('WB-X', null, 'NULL', 2);
    await seed.wbStock('WB-X', 3, 'THREE', 3);
    const [item] = (await online('').expect(200)).body.items;
    expect(item.wb_stock_by_warehouse.map((entry: { warehouse_id: number | null }) => entry.warehouse_id)).toEqual([null, 0, 3]);
  });

  it('W4: a WB SKU mapped to two articles is credited to the lowest article id, whatever the filter', async () => {
    const low = await seed.mappedArticle('LOW');
    const high = await seed.article('HIGH');
    await seed.mapping(high.id, 'WB-LOW');
    await seed.sales('WB-LOW', T, 6);
    await seed.wbStock('WB-LOW', 1, 'MSK', 9);

    const items = (await online('').expect(200)).body.items;
    expect(items.map((item: { article_id: number; sales_30d: number; wb_stock_total: number; wb_sku: string }) => [item.article_id, item.sales_30d, item.wb_stock_total, item.wb_sku])).toEqual([
      [low.id, 6, 9, 'WB-LOW'],
      [high.id, 0, 0, 'WB-LOW'],
    ]);
    expect(items[0].explanation).toContain('lowest article_id');
    expect(items[1].explanation).toContain(`credited to article_id=${low.id}`);

    const onlyHigh = (await online(`&article_ids=${high.id}`).expect(200)).body.items;
    expect(onlyHigh).toHaveLength(1);
    expect(onlyHigh[0]).toMatchObject({ article_id: high.id, sales_30d: 0, wb_stock_total: 0 });
  });

  it('articles without SKU units never appear; rows come by ascending SKU unit id', async () => {
    await t.db.query(`INSERT INTO article (code) VALUES ('EMPTY')`);
    const first = await seed.article('F', { sizes: 2 });
    const second = await seed.article('G');
    const items = (await online('').expect(200)).body.items;
    expect(items.map((item: { article_id: number }) => item.article_id)).toEqual([first.id, first.id, second.id]);
  });

  it('an empty database answers an empty list', async () => {
    expect((await online('').expect(200)).body).toEqual({ target_date: T, items: [] });
  });

  it('scenario 9: target_date missing or unparsable → 422 on the query', async () => {
    const missing = await t.http.get(ONLINE).expect(422);
    expect(missing.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'target_date']]);
    const bad = await t.http.get(`${ONLINE}?target_date=x`).expect(422);
    expect(bad.body.detail[0].loc).toEqual(['query', 'target_date']);
    await t.http.get(`${ONLINE}?target_date=2025-02-30`).expect(422);
  });

  it('article_ids: a non-integer element or a comma list → 422 at its index', async () => {
    const bad = await online('&article_ids=1&article_ids=abc').expect(422);
    expect(bad.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'article_ids', 1]]);
    const comma = await online('&article_ids=1,2').expect(422);
    expect(comma.body.detail[0].loc).toEqual(['query', 'article_ids', 0]);
    await online('&article_ids=').expect(422);
  });

  it('an article id beyond 32 bits matches nothing instead of failing', async () => {
    await seed.mappedArticle('X');
    expect((await online('&article_ids=99999999999').expect(200)).body.items).toEqual([]);
  });

  it('the trailing-slash form answers the same', async () => {
    await seed.mappedArticle('X');
    const res = await t.http.get(`${ONLINE}/?target_date=${T}`).expect(200);
    expect(res.body.items).toHaveLength(1);
  });

  it('issues the same number of statements for 2 and for 20 articles', async () => {
    const statementsFor = async (articles: number) => {
      await emptyWbData(t.db);
      seed.reset();
      for (let i = 0; i < articles; i++) {
        const article = await seed.article(`N${articles}-${i}`, { sizes: 2 });
        await seed.mapping(article.id, `WB-N${i}`);
        await seed.dailySales(`WB-N${i}`, i + 1, 5);
        await seed.wbStock(`WB-N${i}`, 1, 'MSK', i);
      }
      const { result, statements } = await countStatements(() => online(''));
      expect(result.status).toBe(200);
      expect(result.body.items).toHaveLength(articles * 2);
      return statements;
    };
    const forTwo = await statementsFor(2);
    const forTwenty = await statementsFor(20);
    expect(forTwenty).toBe(forTwo);
    expect(forTwo).toBeLessThanOrEqual(8);
  });
});
