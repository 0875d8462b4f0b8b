import { ALL_MIGRATIONS } from '@supply-brain/migrations';
import { migrate } from '../support/schema-catalog';
import { TestDatabase } from '../support/test-database';

/** What `wb_sales_month` must hold: `wb_sales_daily` regrouped per listing and month. */
const EXPECTED_MONTHS = `
  SELECT wb_sku, to_char(date_trunc('month', date), 'YYYY-MM-DD') AS month,
         jsonb_object_agg(extract(day FROM date)::int, sales_qty ORDER BY date) AS days,
         to_char(max(date), 'YYYY-MM-DD') AS last_sale_date
    FROM wb_sales_daily GROUP BY 1, 2 ORDER BY 1, 2`;

/** `wb_sales_month` as stored, in the shape of EXPECTED_MONTHS (null days left out). */
const STORED_MONTHS = `
  SELECT wb_sku, to_char(month, 'YYYY-MM-DD') AS month,
         (SELECT jsonb_object_agg(d, daily[d] ORDER BY d) FROM generate_subscripts(daily, 1) AS d WHERE daily[d] IS NOT NULL) AS days,
         to_char(last_sale_date, 'YYYY-MM-DD') AS last_sale_date
    FROM wb_sales_month ORDER BY 1, 2`;

/** Month rows whose running sums or day mask disagree with their own `daily`. */
const INCONSISTENT_MONTHS = `
  SELECT wb_sku, month
    FROM wb_sales_month m
   WHERE running <> ARRAY(SELECT (SUM(COALESCE(m.daily[d], 0)) OVER (ORDER BY d))::int FROM generate_subscripts(m.daily, 1) AS d ORDER BY d)
      OR sale_days <> (SELECT COALESCE(bit_or(1 << (d - 1)), 0) FROM generate_subscripts(m.daily, 1) AS d WHERE m.daily[d] IS NOT NULL)`;

/** What `wb_sales_tail` must hold: per listing, its last day with a row and the 30 days ending on it, from the daily rows. */
const EXPECTED_TAILS = `
  SELECT l.wb_sku, to_char(l.last, 'YYYY-MM-DD') AS last_sale_date,
         ARRAY(SELECT (SUM(COALESCE(s.sales_qty, 0)) OVER (ORDER BY i))::int
                 FROM generate_series(0, 29) AS i
                 LEFT JOIN wb_sales_daily s ON s.wb_sku = l.wb_sku AND s.date = l.last - 29 + i
                ORDER BY i) AS running,
         (SELECT COALESCE(bit_or(1 << (s.date - (l.last - 29))), 0)
            FROM wb_sales_daily s WHERE s.wb_sku = l.wb_sku AND s.date BETWEEN l.last - 29 AND l.last) AS sale_days
    FROM (SELECT wb_sku, max(date) AS last FROM wb_sales_daily GROUP BY wb_sku) AS l
   ORDER BY 1`;

const STORED_TAILS = `SELECT wb_sku, to_char(last_sale_date, 'YYYY-MM-DD') AS last_sale_date, running, sale_days FROM wb_sales_tail ORDER BY 1`;

async function expectProjectionInStep(db: TestDatabase): Promise<void> {
  expect(await db.query(STORED_MONTHS)).toEqual(await db.query(EXPECTED_MONTHS));
  expect(await db.query(INCONSISTENT_MONTHS)).toEqual([]);
  expect(await db.query(STORED_TAILS)).toEqual(await db.query(EXPECTED_TAILS));
}

describe('wb_sales_month and wb_sales_tail follow wb_sales_daily whoever writes', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await TestDatabase.create();
  });
  afterAll(() => db.drop());

  it('inserts, upserts, updates and deletes (rows of 0 sales included) keep every month row equal to the daily rows', async () => {
    await db.query(
      `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT 'SKU-' || k, '2025-01-20'::date + d, (k * d) % 5 FROM generate_series(1, 3) AS k, generate_series(0, 40) AS d`,
    );
    await expectProjectionInStep(db);
    const [{ days }] = await db.query<{ days: number }>(`SELECT cardinality(daily) AS days FROM wb_sales_month WHERE month = '2025-02-01' LIMIT 1`);
    expect(days).toBe(28);

    await db.query(
      `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) VALUES ('SKU-1', '2025-01-25', 17), ('SKU-9', '2024-12-31', 0)
       ON CONFLICT (wb_sku, date) DO UPDATE SET sales_qty = EXCLUDED.sales_qty`,
    );
    await db.query(`UPDATE wb_sales_daily SET sales_qty = sales_qty + 1 WHERE wb_sku = 'SKU-2' AND date < '2025-02-03'`);
    // A row moved to another day and listing: its old place is emptied.
    await db.query(`UPDATE wb_sales_daily SET wb_sku = 'SKU-8', date = '2025-06-15' WHERE wb_sku = 'SKU-3' AND date = '2025-02-28'`);
    await db.query(`DELETE FROM wb_sales_daily WHERE wb_sku = 'SKU-3' AND date >= '2025-02-01'`);
    await expectProjectionInStep(db);
    // SKU-3 has no February row left, so its February row is gone.
    expect(await db.query(`SELECT month FROM wb_sales_month WHERE wb_sku = 'SKU-3' AND month = '2025-02-01'`)).toEqual([]);

    await db.query('TRUNCATE wb_sales_daily');
    expect(await db.query('SELECT * FROM wb_sales_month')).toEqual([]);
    expect(await db.query('SELECT * FROM wb_sales_tail')).toEqual([]);
  });

  it('a tail follows its listing when its last sale moves back, and goes with its last row', async () => {
    await db.query(
      `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT 'SKU-T', '2025-02-20'::date + d, d + 1 FROM generate_series(0, 20) AS d`,
    );
    await db.query(`DELETE FROM wb_sales_daily WHERE wb_sku = 'SKU-T' AND date > '2025-03-03'`);
    await expectProjectionInStep(db);
    expect(await db.query(`SELECT to_char(last_sale_date, 'YYYY-MM-DD') AS last, running[30] AS total FROM wb_sales_tail`)).toEqual([
      { last: '2025-03-03', total: (12 * 13) / 2 },
    ]);
    await db.query(`DELETE FROM wb_sales_daily WHERE wb_sku = 'SKU-T'`);
    expect(await db.query('SELECT * FROM wb_sales_tail')).toEqual([]);
  });

  it('concurrent writers of other days of the same months lose nothing', async () => {
    await db.query('TRUNCATE wb_sales_daily');
    const writers = Array.from({ length: 8 }, async (_, writer) => {
      const client = await db.client();
      try {
        await client.query('BEGIN');
        await client.query(
          `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
           SELECT 'SKU-' || k, '2025-03-01'::date + $1::int * 3 + d, $1::int + 1 FROM generate_series(1, 20) AS k, generate_series(0, 2) AS d`,
          [writer],
        );
        // Hold the transaction open so the writers overlap.
        await client.query('SELECT pg_sleep(0.05)');
        await client.query('COMMIT');
      } finally {
        await client.end();
      }
    });
    await Promise.all(writers);
    await expectProjectionInStep(db);
    const [{ filled }] = await db.query<{ filled: number }>(
      `SELECT count(*)::int AS filled FROM wb_sales_month, unnest(daily) AS quantity WHERE quantity IS NOT NULL`,
    );
    expect(filled).toBe(8 * 3 * 20);
  });

  it('a writer of another month of the same listings waits for the first one, so its tail holds both', async () => {
    await db.query('TRUNCATE wb_sales_daily');
    const [february, march] = [await db.client(), await db.client()];
    try {
      const insert = (client: typeof february, day: string, quantity: number) =>
        client.query(`INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) SELECT 'SKU-' || k, $1::date, $2::int FROM generate_series(1, 5) AS k`, [
          day,
          quantity,
        ]);
      await february.query('BEGIN');
      await insert(february, '2025-02-25', 3);
      // March's write starts while February's is uncommitted: other month rows, the same tails.
      await march.query('BEGIN');
      const marchWrite = insert(march, '2025-03-02', 4).then(() => march.query('COMMIT'));
      await new Promise((resolve) => setTimeout(resolve, 100));
      await february.query('COMMIT');
      await marchWrite;
    } finally {
      await Promise.all([february.end(), march.end()]);
    }
    await expectProjectionInStep(db);
    expect(await db.query(`SELECT DISTINCT to_char(last_sale_date, 'YYYY-MM-DD') AS last, running[30] AS total FROM wb_sales_tail`)).toEqual([
      { last: '2025-03-02', total: 3 + 4 },
    ]);
  });

  it('one statement over 20,000 listings (a day of every listing) keeps a tail for each', async () => {
    await db.query('TRUNCATE wb_sales_daily');
    await db.query(`INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) SELECT 'SKU-' || k, '2025-04-30', k % 3 FROM generate_series(1, 20000) AS k`);
    expect(await db.query(`SELECT count(*)::int AS tails, sum(running[30])::int AS total FROM wb_sales_tail`)).toEqual([
      { tails: 20000, total: 20001 },
    ]);
  });

  it('a failed statement leaves the projection as it was', async () => {
    await db.query('TRUNCATE wb_sales_daily');
    await db.query(`INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) VALUES ('SKU-1', '2025-05-01', 3)`);
    await expect(
      db.query(`INSERT INTO wb_sales_daily (wb_sku, date, sales_qty) VALUES ('SKU-1', '2025-05-02', 4), ('SKU-1', '2025-05-01', 5)`),
    ).rejects.toThrow(/uq_wb_sales_daily_sku_date|duplicate key/);
    await expectProjectionInStep(db);
    expect(await db.query(`SELECT daily[1] AS first, daily[2] AS second FROM wb_sales_month`)).toEqual([{ first: 3, second: null }]);
  });
});

describe('Migrations WbSalesMonth and WbSalesTail over sales already stored', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await TestDatabase.create({ empty: true });
  });
  afterAll(() => db.drop());

  it('fill one row per listing and month, and one tail per listing, from the existing daily rows', async () => {
    const every = ALL_MIGRATIONS as Array<{ name: string }>;
    const index = every.findIndex((migration) => migration.name === 'WbSalesMonth1700000000100');
    await migrate(db, every.slice(0, index));
    await db.query(
      `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT 'SKU-' || k, '2024-02-10'::date + d * 2, d % 4 FROM generate_series(1, 4) AS k, generate_series(0, 30) AS d`,
    );
    await migrate(db, every);
    await expectProjectionInStep(db);
    expect(await db.query(`SELECT count(*)::int AS months FROM wb_sales_month`)).toEqual([{ months: 4 * 3 }]);
    expect(await db.query(`SELECT count(*)::int AS tails FROM wb_sales_tail`)).toEqual([{ tails: 4 }]);
  });
});
