import { createTestApp, TestApp } from '../support/test-app';
import {
  createArticle,
  emptyWbTables,
  MAPPING_IMPORT,
  postImport,
  SALES_IMPORT,
  STOCK_IMPORT,
  storedSales,
  storedStock,
} from './imports-test-kit';

describe('WB imports: spec 04 §6 ingest scenarios', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => emptyWbTables(t.db));

  describe('scenario 51: stock import keyed by (wb_sku, warehouse_id), NULL warehouse included', () => {
    it('inserts two rows from three items, the repeated key counted as an update with the last values', async () => {
      const res = await postImport(t.http, STOCK_IMPORT, {
        items: [
          { wb_sku: 'X', warehouse_id: 1, warehouse_name: 'MSK', stock_qty: 3 },
          { wb_sku: 'X', warehouse_id: null, stock_qty: 4 },
          { wb_sku: 'X', warehouse_id: 1, warehouse_name: 'MSK2', stock_qty: 5 },
        ],
      }).expect(200);
      expect(res.body).toEqual({ inserted: 2, updated: 1 });
      const rows = await storedStock(t.db);
      expect(rows.map(({ updated_at: _, ...key }) => key)).toEqual([
        { wb_sku: 'X', warehouse_id: null, warehouse_name: null, stock_qty: 4 },
        { wb_sku: 'X', warehouse_id: 1, warehouse_name: 'MSK2', stock_qty: 5 },
      ]);
    });

    it('a second import updates both rows, clears an omitted warehouse_name and stores updated_at as an instant', async () => {
      await postImport(t.http, STOCK_IMPORT, {
        items: [
          { wb_sku: 'X', warehouse_id: 1, warehouse_name: 'MSK2', stock_qty: 5 },
          { wb_sku: 'X', warehouse_id: null, stock_qty: 4 },
        ],
      }).expect(200);
      const res = await postImport(t.http, STOCK_IMPORT, {
        items: [
          { wb_sku: 'X', warehouse_id: 1, stock_qty: 7, updated_at: '2025-01-01T10:00:00+03:00' },
          { wb_sku: 'X', stock_qty: 8 },
        ],
      }).expect(200);
      expect(res.body).toEqual({ inserted: 0, updated: 2 });
      const [nullWarehouse, msk] = await storedStock(t.db);
      expect(msk).toEqual({ wb_sku: 'X', warehouse_id: 1, warehouse_name: null, stock_qty: 7, updated_at: '2025-01-01T07:00:00.000Z' });
      expect(nullWarehouse).toMatchObject({ wb_sku: 'X', warehouse_id: null, stock_qty: 8 });
    });

    it('a stock row without updated_at gets the database clock time', async () => {
      const [{ now }] = await t.db.query<{ now: Date }>('SELECT now() AS now');
      await postImport(t.http, STOCK_IMPORT, { items: [{ wb_sku: 'Y', stock_qty: 1 }] }).expect(200);
      const [row] = await storedStock(t.db);
      expect(Date.parse(row.updated_at)).toBeGreaterThanOrEqual(now.getTime() - 1);
      expect(Date.parse(row.updated_at)).toBeLessThan(now.getTime() + 60_000);
    });
  });

  describe('scenario 52: stock import shape', () => {
    it('an item without stock_qty is 422 at its index and field', async () => {
      const res = await postImport(t.http, STOCK_IMPORT, { items: [{ wb_sku: 'X', warehouse_id: 1 }] }).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['body', 'items', 0, 'stock_qty']]);
    });

    it('an empty list is {inserted:0, updated:0}', async () => {
      const res = await postImport(t.http, STOCK_IMPORT, { items: [] }).expect(200);
      expect(res.body).toEqual({ inserted: 0, updated: 0 });
    });

    it('a body without items is 422 at ["body","items"]', async () => {
      const res = await postImport(t.http, STOCK_IMPORT, {}).expect(422);
      expect(res.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'items'], type: 'missing' })]);
    });
  });

  describe('scenario 53: mapping import', () => {
    it('two items with one key: one insert, one update, the last values stored', async () => {
      const article = await createArticle(t.http, 'A');
      const res = await postImport(t.http, MAPPING_IMPORT, {
        items: [
          { article_id: article, wb_sku: 'X', color_id: 5 },
          { article_id: article, wb_sku: 'X', size_id: 9 },
        ],
      }).expect(200);
      expect(res.body).toEqual({ inserted: 1, updated: 1, warnings: [] });
      const rows = await t.db.query('SELECT article_id, wb_sku, bundle_type_id, color_id, size_id FROM article_wb_mapping');
      expect(rows).toEqual([{ article_id: article, wb_sku: 'X', bundle_type_id: null, color_id: null, size_id: 9 }]);
    });

    it('an unknown article is 400 naming the first such item, and no row of the batch is written', async () => {
      const article = await createArticle(t.http, 'A');
      const res = await postImport(t.http, MAPPING_IMPORT, {
        items: [
          { article_id: article, wb_sku: 'OK' },
          { article_id: 777, wb_sku: 'Q' },
          { article_id: 778, wb_sku: 'R' },
        ],
      }).expect(400);
      expect(res.body).toEqual({ detail: 'article_id=777 for wb_sku=Q does not exist in article table' });
      expect(await t.db.query('SELECT * FROM article_wb_mapping')).toEqual([]);
    });

    it('a WB SKU mapped to several articles is attributed to the lowest article id, with a warning (W4)', async () => {
      const first = await createArticle(t.http, 'A');
      const second = await createArticle(t.http, 'B');
      await postImport(t.http, MAPPING_IMPORT, { items: [{ article_id: second, wb_sku: 'SHARED' }] }).expect(200);
      const res = await postImport(t.http, MAPPING_IMPORT, {
        items: [
          { article_id: first, wb_sku: 'SHARED' },
          { article_id: first, wb_sku: 'OWN' },
        ],
      }).expect(200);
      expect(res.body).toEqual({
        inserted: 2,
        updated: 0,
        warnings: [
          {
            wb_sku: 'SHARED',
            article_ids: [first, second],
            attributed_article_id: first,
            message: `wb_sku=SHARED is mapped to articles ${first}, ${second}; its WB sales and stock are attributed to article_id=${first}`,
          },
        ],
      });
    });
  });

  describe('scenario 54: sales import (W1 fixed: new keys insert)', () => {
    it('a new key inserts with created_at from the database default', async () => {
      const res = await postImport(t.http, SALES_IMPORT, { items: [{ wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 5 }] }).expect(200);
      expect(res.body).toEqual({ inserted: 1, updated: 0 });
      const [row] = await t.db.query<{ created_at: Date | null }>('SELECT created_at FROM wb_sales_daily');
      expect(row.created_at).toBeInstanceOf(Date);
    });

    it('the same key again updates, revenue rounded to 2 decimals; then only the key resets sales_qty to 0 and revenue to null', async () => {
      await postImport(t.http, SALES_IMPORT, { items: [{ wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 5 }] }).expect(200);
      const update = await postImport(t.http, SALES_IMPORT, {
        items: [{ wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 9, revenue: 12.345 }],
      }).expect(200);
      expect(update.body).toEqual({ inserted: 0, updated: 1 });
      expect(await storedSales(t.db)).toEqual([{ wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 9, revenue: 12.35 }]);

      const reset = await postImport(t.http, SALES_IMPORT, { items: [{ wb_sku: 'WB-A', date: '2025-01-31' }] }).expect(200);
      expect(reset.body).toEqual({ inserted: 0, updated: 1 });
      expect(await storedSales(t.db)).toEqual([{ wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 0, revenue: null }]);
    });

    it('replaying a payload leaves the table unchanged and reports every item as updated', async () => {
      const payload = {
        items: [
          { wb_sku: 'WB-A', date: '2025-01-30', sales_qty: 1 },
          { wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 2, revenue: 3.5 },
        ],
      };
      expect((await postImport(t.http, SALES_IMPORT, payload).expect(200)).body).toEqual({ inserted: 2, updated: 0 });
      const before = await storedSales(t.db);
      expect((await postImport(t.http, SALES_IMPORT, payload).expect(200)).body).toEqual({ inserted: 0, updated: 2 });
      expect(await storedSales(t.db)).toEqual(before);
    });

    it('duplicate keys in one payload: the last values win, the repeat counts as an update', async () => {
      const res = await postImport(t.http, SALES_IMPORT, {
        items: [
          { wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 1, revenue: 1 },
          { wb_sku: 'WB-B', date: '2025-01-31', sales_qty: 2 },
          { wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 3 },
        ],
      }).expect(200);
      expect(res.body).toEqual({ inserted: 2, updated: 1 });
      expect(await storedSales(t.db)).toEqual([
        { wb_sku: 'WB-A', date: '2025-01-31', sales_qty: 3, revenue: null },
        { wb_sku: 'WB-B', date: '2025-01-31', sales_qty: 2, revenue: null },
      ]);
    });

    it('an empty list changes nothing', async () => {
      const res = await postImport(t.http, SALES_IMPORT, { items: [] }).expect(200);
      expect(res.body).toEqual({ inserted: 0, updated: 0 });
      expect(await storedSales(t.db)).toEqual([]);
    });

    it('after importing mapping, sales and stock, scenario 3 is reproducible purely through the API', async () => {
      const article = await createArticle(t.http, 'A3');
      const color = (await t.http.post('/api/v1/color/').send({ inner_code: 'C3' }).expect(201)).body.id;
      const size = (await t.http.post('/api/v1/size/').send({ label: 'S3', sort_order: 0 }).expect(201)).body.id;
      await t.http.post('/api/v1/sku-unit/').send({ article_id: article, color_id: color, size_id: size }).expect(201);
      await postImport(t.http, MAPPING_IMPORT, { items: [{ article_id: article, wb_sku: 'WB-A3' }] }).expect(200);
      await postImport(t.http, SALES_IMPORT, { items: [{ wb_sku: 'WB-A3', date: '2025-01-31', sales_qty: 5 }] }).expect(200);
      await postImport(t.http, STOCK_IMPORT, { items: [{ wb_sku: 'WB-A3', warehouse_id: 1, warehouse_name: 'MSK', stock_qty: 10 }] }).expect(200);

      const res = await t.http.get('/api/v1/wb/manager/online').query({ target_date: '2025-01-31' }).expect(200);
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0]).toMatchObject({ article_id: article, wb_sku: 'WB-A3', wb_stock_total: 10, sales_1d: 5 });
      expect(res.body.items[0].wb_stock_by_warehouse).toContainEqual({ warehouse_id: 1, warehouse_name: 'MSK', stock_qty: 10 });
    });
  });
});
