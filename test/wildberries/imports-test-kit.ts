import type TestAgent from 'supertest/lib/agent';
import type { TestDatabase } from '../support/test-database';

export const SALES_IMPORT = '/api/v1/wb/sales-daily/import';
export const STOCK_IMPORT = '/api/v1/wb/stock/import';
export const MAPPING_IMPORT = '/api/v1/wb/article-mapping/import';

/** Each test starts from empty WB tables (and no articles). */
export async function emptyWbTables(db: TestDatabase): Promise<void> {
  await db.query('TRUNCATE wb_sales_daily, wb_stock, article_wb_mapping, article CASCADE');
}

export function postImport(http: TestAgent, path: string, body: unknown) {
  return http.post(path).send(body as object);
}

export type StoredStock = {
  wb_sku: string;
  warehouse_id: number | null;
  warehouse_name: string | null;
  stock_qty: number;
  updated_at: string;
};

/** Stock rows as stored, in key order, timestamps as ISO strings. */
export async function storedStock(db: TestDatabase): Promise<StoredStock[]> {
  const rows = await db.query<Omit<StoredStock, 'updated_at'> & { updated_at: Date }>(
    'SELECT wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at FROM wb_stock ORDER BY wb_sku, warehouse_id NULLS FIRST',
  );
  return rows.map((row) => ({ ...row, updated_at: row.updated_at.toISOString() }));
}

export type StoredSales = {
  wb_sku: string;
  date: string;
  sales_qty: number;
  revenue: number | null;
};

export function storedSales(db: TestDatabase): Promise<StoredSales[]> {
  return db.query<StoredSales>(`SELECT wb_sku, to_char(date, 'YYYY-MM-DD') AS date, sales_qty, revenue FROM wb_sales_daily ORDER BY wb_sku, date`);
}

export async function createArticle(http: TestAgent, code: string): Promise<number> {
  const res = await http.post('/api/v1/article/').send({ code, name: null });
  if (res.status !== 201) throw new Error(`article ${code} → ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as number;
}
