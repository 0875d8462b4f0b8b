import { TransactionHost } from '@supply-brain/database';
import { PlanningInputsRepository } from '@supply-brain/planning-core';
import { createTestApp, TestApp } from '../support/test-app';

const WATERMARKS = { importWatermark: null, latestImportDate: null };

/*
 * A from-WB run's sales history comes from the month rows of `wb_sales_month`; it must be exactly
 * the `wb_sales_daily` rows inside the window (05 §4.4.2), whichever months the window cuts.
 */
describe('Planning Core WB sales history inside a window', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await t.db.query(`INSERT INTO article (code, name) VALUES ('H-1', 'H-1'), ('H-2', 'H-2')`);
    await t.db.query(
      `INSERT INTO article_wb_mapping (article_id, wb_sku) VALUES (1, 'H-A'), (1, 'H-B'), (1, 'H-QUIET'), (2, 'H-C'), (2, 'H-A')`,
    );
    // Every other day from December to April, zero sales included; H-B stops in January; H-C sells after the window only.
    await t.db.query(
      `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT sku, day, (extract(doy FROM day)::int * length(sku)) % 4
         FROM (VALUES ('H-A', '2024-12-01'::date, '2025-04-30'::date), ('H-B', '2024-12-01', '2025-01-20'), ('H-C', '2025-04-10', '2025-04-20')) AS r(sku, first_day, last_day)
        CROSS JOIN LATERAL generate_series(first_day, last_day, interval '2 days') AS g(day)`,
    );
  });
  afterAll(() => t.close());

  async function historyOf(window: { start: string; end: string }) {
    const articles = new Map([1, 2].map((id) => [id, { id, code: `H-${id}` }]));
    const data = await t.app.get(TransactionHost).read(() =>
      t.app.get(PlanningInputsRepository).loadArticleData(articles, 'UTC', { window, watermarks: WATERMARKS }),
    );
    return [1, 2].map((id) => data.get(id)!.wbHistory!);
  }

  async function dayRows(skus: string[], window: { start: string; end: string }) {
    // Per listing with rows in the window, in listing order: its dates ascending and their quantities.
    return t.db.query<{ wbSku: string; dates: string[]; quantities: number[] }>(
      `SELECT wb_sku AS "wbSku", array_agg(to_char(date, 'YYYY-MM-DD') ORDER BY date) AS dates, array_agg(sales_qty ORDER BY date) AS quantities
         FROM wb_sales_daily WHERE wb_sku = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date
        GROUP BY wb_sku ORDER BY wb_sku`,
      [skus, window.start, window.end],
    );
  }

  it.each([
    { start: '2025-01-15', end: '2025-03-14' },
    { start: '2025-01-31', end: '2025-03-01' },
    { start: '2025-02-01', end: '2025-02-28' },
    { start: '2024-12-02', end: '2024-12-02' },
  ])('window $start … $end: exactly the day rows inside it, per listing in date order', async (window) => {
    const [first, second] = await historyOf(window);
    expect(first.sales).toEqual(await dayRows(['H-A', 'H-B', 'H-QUIET'], window));
    expect(second.sales).toEqual(await dayRows(['H-A', 'H-C'], window));
  });

  it("each listing's latest sale is its last day row of all, after the window too; a listing without sales has none", async () => {
    const [first, second] = await historyOf({ start: '2025-01-01', end: '2025-01-31' });
    const latest = await t.db.query<{ sku: string; latest: string }>(
      `SELECT wb_sku AS sku, to_char(max(date), 'YYYY-MM-DD') AS latest FROM wb_sales_daily GROUP BY wb_sku`,
    );
    const latestOf = Object.fromEntries(latest.map((row) => [row.sku, row.latest]));
    expect(first.latestSaleDateByWbSku).toEqual({ 'H-A': latestOf['H-A'], 'H-B': latestOf['H-B'] });
    expect(second.latestSaleDateByWbSku).toEqual({ 'H-A': latestOf['H-A'], 'H-C': latestOf['H-C'] });
    expect(second.sales.filter((row) => row.wbSku === 'H-C')).toEqual([]);
  });
});
