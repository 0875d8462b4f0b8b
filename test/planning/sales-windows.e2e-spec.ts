import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures } from './analytics-fixtures';

interface Sale {
  wbSku: string;
  date: string;
  quantity: number;
}

const DAY_MS = 86_400_000;
const dayOf = (date: string): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A small deterministic generator, so a failure replays. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** C1 of 02 §4.1 computed from the day rows: Σ sales and distinct dates with a row in the 30 days ending on the target. */
function expectedDemand(sales: Sale[], skus: string[], targetDate: string): { total: number; days: number } {
  const end = dayOf(targetDate);
  const inWindow = sales.filter((sale) => skus.includes(sale.wbSku) && dayOf(sale.date) > end - 30 && dayOf(sale.date) <= end);
  return { total: inWindow.reduce((sum, sale) => sum + sale.quantity, 0), days: new Set(inWindow.map((sale) => sale.date)).size };
}

/** C6 of 02 §4.6 from the day rows: the 30 days ending on the last sale of the listings, averaged over its first-to-last span. */
function expectedBundleRate(sales: Sale[], skus: string[]): number {
  const own = sales.filter((sale) => skus.includes(sale.wbSku));
  if (own.length === 0) return 0;
  const anchor = Math.max(...own.map((sale) => dayOf(sale.date)));
  const inWindow = own.filter((sale) => dayOf(sale.date) > anchor - 30);
  const days = inWindow.map((sale) => dayOf(sale.date));
  const span = Math.max(...days) - Math.min(...days) + 1;
  return inWindow.reduce((sum, sale) => sum + sale.quantity, 0) / span;
}

/*
 * The sales windows are read from `wb_sales_month` (running sums and day masks); these tests hold
 * them to the definitions over the day rows, on random sparse sales spanning month ends, February
 * included, and after rows are rewritten and deleted.
 */
describe('Sales windows over month rows equal the definitions over day rows', () => {
  let t: TestApp;
  let seed: AnalyticsFixtures;
  beforeAll(async () => {
    t = await createTestApp();
    seed = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());

  it('demand and bundle sales rates match on random sales, before and after rows change', async () => {
    await seed.reset();
    await seed.globalDefaults();
    const article = await seed.article('SW-1');
    const size = await seed.size('S', 1);
    const color = await seed.color('SW-C');
    await seed.sku(article, color, size);
    const bundleType = await seed.bundleType('DUO');
    await seed.recipe(article, bundleType, [color]);
    const bundleSkus = ['SW-B1', 'SW-B2'];
    const singleSkus = ['SW-S1'];
    for (const wbSku of bundleSkus) await seed.mapping(article, wbSku, bundleType, size);
    for (const wbSku of singleSkus) await seed.mapping(article, wbSku);
    await seed.wbStock('SW-S1', 4);
    await seed.wbStock('SW-B2', 3, 7);

    const random = generator(20250301);
    let sales: Sale[] = [];
    for (const wbSku of [...bundleSkus, ...singleSkus]) {
      for (let day = dayOf('2024-12-20'); day <= dayOf('2025-03-20'); day++) {
        if (random() < 0.45) sales.push({ wbSku, date: dateOf(day), quantity: Math.floor(random() * 6) });
      }
    }
    await t.db.query(`INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) SELECT * FROM unnest($1::text[], $2::date[], $3::int[])`, [
      sales.map((sale) => sale.wbSku),
      sales.map((sale) => sale.date),
      sales.map((sale) => sale.quantity),
    ]);

    const check = async () => {
      for (const targetDate of ['2025-01-30', '2025-02-28', '2025-03-01', '2025-03-02', '2025-03-10', '2025-03-20', '2025-03-31', '2025-04-08', '2025-04-09', '2025-04-18', '2025-04-19']) {
        const res = await t.http.get('/api/v1/planning/demand').query({ article_id: article, target_date: targetDate }).expect(200);
        const { total, days } = expectedDemand(sales, [...bundleSkus, ...singleSkus], targetDate);
        expect({ targetDate, explanation: res.body.explanation as string, stock: res.body.current_stock }).toEqual({
          targetDate,
          explanation: expect.stringContaining(`WB SKUs: 3; total_sales=${total} on ${days} day(s).`),
          stock: 7,
        });
      }
      const snapshot = await t.http.get('/api/v1/planning/article-bundle-snapshot').query({ article_id: article }).expect(200);
      expect(snapshot.body.bundle_coverage[0].avg_daily_sales).toBeCloseTo(expectedBundleRate(sales, bundleSkus), 12);
    };
    await check();

    // Rewrite some days, delete others (the latest bundle sales among them, which moves the anchor back).
    await t.db.query(`UPDATE wb_sales_daily SET sales_qty = sales_qty + 2 WHERE date BETWEEN '2025-02-10' AND '2025-03-05'`);
    await t.db.query(`DELETE FROM wb_sales_daily WHERE wb_sku LIKE 'SW-B%' AND date > '2025-03-10'`);
    await t.db.query(`DELETE FROM wb_sales_daily WHERE wb_sku = 'SW-S1' AND date BETWEEN '2025-02-01' AND '2025-02-28'`);
    sales = sales
      .filter((sale) => !(sale.wbSku.startsWith('SW-B') && sale.date > '2025-03-10'))
      .filter((sale) => !(sale.wbSku === 'SW-S1' && sale.date >= '2025-02-01' && sale.date <= '2025-02-28'))
      .map((sale) => (sale.date >= '2025-02-10' && sale.date <= '2025-03-05' ? { ...sale, quantity: sale.quantity + 2 } : sale));
    await check();
  });
});
