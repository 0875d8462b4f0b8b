import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { emptyWbTables, MAPPING_IMPORT, postImport, SALES_IMPORT, STOCK_IMPORT, storedSales, storedStock } from './imports-test-kit';

type Issue = { loc: unknown[] };
const locations = (body: { detail: Issue[] }) => body.detail.map((issue) => issue.loc);

const salesRows = (count: number, sku = 'WB') =>
  Array.from({ length: count }, (_, i) => ({ wb_sku: `${sku}-${i}`, date: '2025-01-31', sales_qty: i }));

describe('WB imports: validation, limits, stock replace mode and concurrency', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() => emptyWbTables(t.db));

  describe('a payload with an invalid row is rejected whole', () => {
    it('one bad row is 422 at ["body","items",3,"sales_qty"] and nothing is written', async () => {
      await postImport(t.http, SALES_IMPORT, { items: [{ wb_sku: 'KEEP', date: '2025-01-01', sales_qty: 1 }] }).expect(200);
      const items = [...salesRows(3), { wb_sku: 'BAD', date: '2025-01-31', sales_qty: 1.5 }, { wb_sku: 'KEEP', date: '2025-01-01', sales_qty: 99 }];
      const res = await postImport(t.http, SALES_IMPORT, { items }).expect(422);
      expect(locations(res.body)).toEqual([['body', 'items', 3, 'sales_qty']]);
      expect(await storedSales(t.db)).toEqual([{ wb_sku: 'KEEP', date: '2025-01-01', sales_qty: 1, revenue: null }]);
    });

    it('every failing field of every row is reported together', async () => {
      const res = await postImport(t.http, SALES_IMPORT, {
        items: [
          { wb_sku: 'OK', date: '2025-01-31' },
          { wb_sku: 7, date: '2025-02-30' },
          { date: '2025-01-31', sales_qty: null, revenue: '1.00' },
        ],
      }).expect(422);
      expect(locations(res.body)).toEqual(
        expect.arrayContaining([
          ['body', 'items', 1, 'wb_sku'],
          ['body', 'items', 1, 'date'],
          ['body', 'items', 2, 'wb_sku'],
          ['body', 'items', 2, 'sales_qty'],
          ['body', 'items', 2, 'revenue'],
        ]),
      );
      expect(res.body.detail).toHaveLength(5);
    });

    it('strict JSON types: a numeric string quantity, a blank wb_sku and an out-of-range warehouse id are 422', async () => {
      const res = await postImport(t.http, STOCK_IMPORT, {
        items: [
          { wb_sku: 'X', stock_qty: '5' },
          { wb_sku: '  ', stock_qty: 1 },
          { wb_sku: 'X', warehouse_id: 2 ** 31, stock_qty: 1 },
          { wb_sku: 'X', stock_qty: 1, updated_at: 'yesterday' },
        ],
      }).expect(422);
      expect(locations(res.body)).toEqual([
        ['body', 'items', 0, 'stock_qty'],
        ['body', 'items', 1, 'wb_sku'],
        ['body', 'items', 2, 'warehouse_id'],
        ['body', 'items', 3, 'updated_at'],
      ]);
      expect(await storedStock(t.db)).toEqual([]);
    });

    it('revenue beyond NUMERIC(12,2) is 422 on the field, not a database error', async () => {
      const res = await postImport(t.http, SALES_IMPORT, { items: [{ wb_sku: 'X', date: '2025-01-31', revenue: 1e10 }] }).expect(422);
      expect(locations(res.body)).toEqual([['body', 'items', 0, 'revenue']]);
    });

    it('values no column can hold (NUL character, year 0) are 422 at their row, not a database error', async () => {
      const sales = await postImport(t.http, SALES_IMPORT, {
        items: [
          { wb_sku: 'A\u0000B', date: '2025-01-31' },
          { wb_sku: 'A', date: '0000-01-01' },
        ],
      }).expect(422);
      expect(locations(sales.body)).toEqual([
        ['body', 'items', 0, 'wb_sku'],
        ['body', 'items', 1, 'date'],
      ]);
      const stock = await postImport(t.http, STOCK_IMPORT, {
        items: [{ wb_sku: 'A', warehouse_name: 'M\u0000', stock_qty: 1, updated_at: '0000-06-01T00:00:00Z' }],
      }).expect(422);
      expect(locations(stock.body)).toEqual([
        ['body', 'items', 0, 'warehouse_name'],
        ['body', 'items', 0, 'updated_at'],
      ]);
    });

    it('a wb_sku of 500 characters is stored whatever its bytes; 501 characters is 422', async () => {
      const longest = '€'.repeat(500);
      await postImport(t.http, SALES_IMPORT, { items: [{ wb_sku: longest, date: '2025-01-31' }] }).expect(200);
      expect((await storedSales(t.db)).map((row) => row.wb_sku)).toEqual([longest]);
      const res = await postImport(t.http, STOCK_IMPORT, { items: [{ wb_sku: `${longest}€`, stock_qty: 1 }] }).expect(422);
      expect(locations(res.body)).toEqual([['body', 'items', 0, 'wb_sku']]);
    });

    it('items that are not a list, or rows that are not objects, are 422', async () => {
      const notList = await postImport(t.http, MAPPING_IMPORT, { items: { article_id: 1 } }).expect(422);
      expect(locations(notList.body)).toContainEqual(['body', 'items']);
      const notObject = await postImport(t.http, SALES_IMPORT, { items: [42] }).expect(422);
      expect(locations(notObject.body)[0].slice(0, 2)).toEqual(['body', 'items']);
      expect(await storedSales(t.db)).toEqual([]);
    });

    it('a top-level issue and a row issue are reported together', async () => {
      const res = await postImport(t.http, STOCK_IMPORT, { mode: 'sync', items: [{ wb_sku: 'X' }] }).expect(422);
      expect(locations(res.body)).toEqual([
        ['body', 'mode'],
        ['body', 'items', 0, 'stock_qty'],
      ]);
    });

    it('a missing body is 422 at ["body"]; a body that is a list is 422 at ["body"]', async () => {
      const missing = await t.http.post(SALES_IMPORT).expect(422);
      expect(locations(missing.body)).toEqual([['body']]);
      const list = await postImport(t.http, SALES_IMPORT, [{ wb_sku: 'X', date: '2025-01-31' }]).expect(422);
      expect(locations(list.body)).toEqual([['body']]);
    });

    it('unknown properties of the body and of rows are ignored', async () => {
      const res = await postImport(t.http, SALES_IMPORT, { source: 'wb', items: [{ wb_sku: 'X', date: '2025-01-31', nm_id: 5 }] }).expect(200);
      expect(res.body).toEqual({ inserted: 1, updated: 0 });
    });

    it('an unknown stock import mode is 422 at ["body","mode"]', async () => {
      const res = await postImport(t.http, STOCK_IMPORT, { items: [], mode: 'delete' }).expect(422);
      expect(locations(res.body)).toEqual([['body', 'mode']]);
    });
  });

  describe('routing', () => {
    it('answers the same with a trailing slash, and 405 to another method', async () => {
      const res = await postImport(t.http, `${MAPPING_IMPORT}/`, { items: [] }).expect(200);
      expect(res.body).toEqual({ inserted: 0, updated: 0, warnings: [] });
      const get = await t.http.get(STOCK_IMPORT).expect(405);
      expect(get.body).toEqual({ detail: 'Method Not Allowed' });
      expect(get.headers.allow).toContain('POST');
    });
  });

  describe('unchanged rows', () => {
    it('re-sending an unchanged row counts it as updated without rewriting it; a changed row is rewritten', async () => {
      const item = { wb_sku: 'X', date: '2025-01-31', sales_qty: 2, revenue: 1.5 };
      await postImport(t.http, SALES_IMPORT, { items: [item] }).expect(200);
      const version = async () => (await t.db.query<{ v: string }>('SELECT xmin::text AS v FROM wb_sales_daily'))[0].v;
      const written = await version();
      expect((await postImport(t.http, SALES_IMPORT, { items: [item] }).expect(200)).body).toEqual({ inserted: 0, updated: 1 });
      expect(await version()).toBe(written);
      await postImport(t.http, SALES_IMPORT, { items: [{ ...item, revenue: null }] }).expect(200);
      expect(await version()).not.toBe(written);
      expect(await storedSales(t.db)).toEqual([{ wb_sku: 'X', date: '2025-01-31', sales_qty: 2, revenue: null }]);
    });
  });

  describe('row limit', () => {
    it('more than 50,000 items is 413 with a clear message, before any row is validated or written', async () => {
      const items = Array.from({ length: 50_001 }, (_, i) => ({ wb_sku: `S${i}`, date: 'not-a-date' }));
      const res = await postImport(t.http, SALES_IMPORT, { items }).expect(413);
      expect(res.body).toEqual({
        detail: 'Too many items in one import: 50001 (at most 50000 per request); split the payload into several requests',
      });
      expect(await storedSales(t.db)).toEqual([]);
    });

    it('exactly 50,000 items are accepted, in one transaction of a few chunk statements', async () => {
      const { result: res, statements } = await countStatements(() => postImport(t.http, SALES_IMPORT, { items: salesRows(50_000) }));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ inserted: 50_000, updated: 0 });
      // Transaction start and isolation level, five upserts of 10,000 rows, COMMIT: no statement per row.
      expect(statements).toBeLessThanOrEqual(8);
      const [{ count }] = await t.db.query<{ count: number }>('SELECT count(*)::int AS count FROM wb_sales_daily');
      expect(count).toBe(50_000);
    });
  });

  describe('stock: NULL warehouse and replace mode (W6)', () => {
    it('repeated imports with a NULL warehouse update the one row instead of adding rows', async () => {
      for (const qty of [1, 2, 3]) {
        await postImport(t.http, STOCK_IMPORT, { items: [{ wb_sku: 'N', warehouse_id: null, stock_qty: qty }] }).expect(200);
      }
      const rows = await storedStock(t.db);
      expect(rows.map((row) => [row.wb_sku, row.warehouse_id, row.stock_qty])).toEqual([['N', null, 3]]);
    });

    it('upsert mode (the default) keeps rows the payload does not list', async () => {
      await postImport(t.http, STOCK_IMPORT, {
        items: [
          { wb_sku: 'X', warehouse_id: 1, stock_qty: 5 },
          { wb_sku: 'X', warehouse_id: 2, stock_qty: 6 },
        ],
      }).expect(200);
      const res = await postImport(t.http, STOCK_IMPORT, { items: [{ wb_sku: 'X', warehouse_id: 1, stock_qty: 4 }] }).expect(200);
      expect(res.body).toEqual({ inserted: 0, updated: 1 });
      expect((await storedStock(t.db)).map((row) => row.stock_qty)).toEqual([4, 6]);
    });

    it('replace mode zeroes the unlisted warehouses of the listed WB SKUs only', async () => {
      await postImport(t.http, STOCK_IMPORT, {
        items: [
          { wb_sku: 'X', warehouse_id: null, stock_qty: 3 },
          { wb_sku: 'X', warehouse_id: 1, stock_qty: 5 },
          { wb_sku: 'X', warehouse_id: 2, stock_qty: 6 },
          { wb_sku: 'OTHER', warehouse_id: 1, stock_qty: 7 },
        ],
      }).expect(200);
      const res = await postImport(t.http, STOCK_IMPORT, {
        mode: 'replace',
        items: [
          { wb_sku: 'X', warehouse_id: 2, stock_qty: 9 },
          { wb_sku: 'X', warehouse_id: 3, stock_qty: 1 },
        ],
      }).expect(200);
      expect(res.body).toEqual({ inserted: 1, updated: 1, zeroed: 2 });
      const rows = await storedStock(t.db);
      expect(rows.map((row) => [row.wb_sku, row.warehouse_id, row.stock_qty])).toEqual([
        ['OTHER', 1, 7],
        ['X', null, 0],
        ['X', 1, 0],
        ['X', 2, 9],
        ['X', 3, 1],
      ]);
    });

    it('replace mode keeps a listed NULL warehouse and reports zeroed 0 when nothing is stale', async () => {
      await postImport(t.http, STOCK_IMPORT, { items: [{ wb_sku: 'X', stock_qty: 3 }] }).expect(200);
      const res = await postImport(t.http, STOCK_IMPORT, { mode: 'replace', items: [{ wb_sku: 'X', warehouse_id: null, stock_qty: 2 }] }).expect(200);
      expect(res.body).toEqual({ inserted: 0, updated: 1, zeroed: 0 });
      expect((await storedStock(t.db)).map((row) => row.stock_qty)).toEqual([2]);
    });
  });

  describe('concurrency', () => {
    it('two concurrent imports of overlapping keys both succeed and leave one row per key', async () => {
      const first = salesRows(4000).map((row) => ({ ...row, sales_qty: 1 }));
      const second = salesRows(4000)
        .slice(2000)
        .concat(salesRows(2000, 'NEW'))
        .reverse()
        .map((row) => ({ ...row, sales_qty: 2 }));
      const [a, b] = await Promise.all([postImport(t.http, SALES_IMPORT, { items: first }), postImport(t.http, SALES_IMPORT, { items: second })]);
      expect([a.status, b.status]).toEqual([200, 200]);
      // 6,000 distinct keys: each was inserted by exactly one of the two imports.
      expect(a.body.inserted + b.body.inserted).toBe(6000);
      expect(a.body.inserted + a.body.updated).toBe(4000);
      expect(b.body.inserted + b.body.updated).toBe(4000);
      const totals = await t.db.query<{ sku: string; rows: number; qty: number }>(
        `SELECT split_part(wb_sku, '-', 1) AS sku, count(*)::int AS rows, sum(sales_qty)::int AS qty
           FROM wb_sales_daily GROUP BY 1 ORDER BY 1`,
      );
      expect(totals.map(({ sku, rows }) => [sku, rows])).toEqual([
        ['NEW', 2000],
        ['WB', 4000],
      ]);
      // The overlap holds one import's values per key (whichever committed last), never a mix of both rows.
      const overlap = await t.db.query<{ sales_qty: number }>(
        `SELECT DISTINCT sales_qty FROM wb_sales_daily WHERE wb_sku IN (SELECT 'WB-' || i FROM generate_series(2000, 3999) AS i)`,
      );
      expect(overlap).toHaveLength(1);
    });

    it('parallel stock imports of the same NULL-warehouse keys all succeed and leave one row per key', async () => {
      const items = (qty: number) => Array.from({ length: 200 }, (_, i) => ({ wb_sku: `N-${i}`, warehouse_id: null, stock_qty: qty }));
      const answers = await Promise.all([1, 2, 3, 4, 5].map((qty) => postImport(t.http, STOCK_IMPORT, { items: items(qty) })));
      expect(answers.map((res) => res.status)).toEqual([200, 200, 200, 200, 200]);
      expect(answers.reduce((sum, res) => sum + res.body.inserted, 0)).toBe(200);
      const [{ rows, skus }] = await t.db.query<{ rows: number; skus: number }>(
        'SELECT count(*)::int AS rows, count(DISTINCT wb_sku)::int AS skus FROM wb_stock WHERE warehouse_id IS NULL',
      );
      expect({ rows, skus }).toEqual({ rows: 200, skus: 200 });
    });
  });
});
