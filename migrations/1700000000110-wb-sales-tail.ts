import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `wb_sales_tail`: per listing, its last sale (the last day with a sales row) and the 30 days
 * ending on it, kept equal to `wb_sales_month` (so to `wb_sales_daily`) by statement triggers
 * that run after the month triggers of the same statement.
 *
 * A bundle type's sales window (02 §4.6) is the 30 days ending on the last sale of any of its
 * listings. That anchor A is never before a listing's own last sale L, so the listing's share of
 * the window is a suffix of its tail: days L-29+k .. L with k = A - L. With running sums
 * (`running[i]` = Σ of the tail's first i days) that share is `running[30] - running[k]`, and its
 * days with a sales row are `sale_days >> k` in window bits (bit j = day A-29+j). One row per
 * listing replaces reading its three newest month rows.
 *
 * Concurrency: the refresh of a listing's tail reads every month row of its window, which other
 * writers may be changing (other months of the same listing lock other month rows). So it first
 * takes the transaction advisory lock of the listing's bucket (128 buckets, in one order), and
 * reads the months only then: whoever held the lock has committed, and READ COMMITTED shows its
 * months to the next statement.
 */
export class WbSalesTail1700000000110 implements MigrationInterface {
  name = 'WbSalesTail1700000000110';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE wb_sales_tail (
        wb_sku TEXT NOT NULL,
        last_sale_date DATE NOT NULL,
        running INTEGER[] NOT NULL,
        sale_days INTEGER NOT NULL,
        CONSTRAINT pk_wb_sales_tail PRIMARY KEY (wb_sku),
        CONSTRAINT ck_wb_sales_tail_thirty_days CHECK (cardinality(running) = 30)
      )`);

    // The tail of one listing ending on its last sale, from the (at most three) month rows it spans.
    await queryRunner.query(`
      CREATE FUNCTION wb_sales_tail_derived(p_sku TEXT, p_last DATE)
        RETURNS TABLE (running INTEGER[], sale_days INTEGER)
      LANGUAGE sql STABLE AS $fn$
        WITH months AS MATERIALIZED (
          SELECT m.month, m.daily
            FROM wb_sales_month m
           WHERE m.wb_sku = p_sku AND m.month BETWEEN date_trunc('month', p_last - 29)::date AND p_last
        ), per_day AS (
          SELECT i, months.daily[(p_last - 29 + i) - months.month + 1] AS quantity
            FROM generate_series(0, 29) AS i
            LEFT JOIN months ON months.month = date_trunc('month', p_last - 29 + i)::date
        )
        SELECT array_agg(day_total ORDER BY i), COALESCE(bit_or(1 << i) FILTER (WHERE quantity IS NOT NULL), 0)
          FROM (SELECT i, quantity, (SUM(COALESCE(quantity, 0)) OVER (ORDER BY i))::int AS day_total FROM per_day) AS summed
      $fn$`);

    await queryRunner.query(`
      CREATE FUNCTION wb_sales_tail_refresh(p_skus TEXT[]) RETURNS void
      LANGUAGE plpgsql AS $fn$
      BEGIN
        -- One lock per bucket of listings, at most 128 whatever the number of listings (a lock per
        -- listing would exhaust the lock table on a day's import of every listing); key 1 sets
        -- them apart from the application's other advisory locks.
        PERFORM pg_advisory_xact_lock(1700000110, bucket.key)
           FROM (SELECT DISTINCT hashtext(sku) & 127 AS key FROM unnest(p_skus) AS sku ORDER BY 1) AS bucket;

        DELETE FROM wb_sales_tail t
         WHERE t.wb_sku = ANY(p_skus) AND NOT EXISTS (SELECT 1 FROM wb_sales_month m WHERE m.wb_sku = t.wb_sku);

        INSERT INTO wb_sales_tail (wb_sku, last_sale_date, running, sale_days)
        SELECT latest.wb_sku, latest.last_sale_date, tail.running, tail.sale_days
          FROM (SELECT DISTINCT sku FROM unnest(p_skus) AS sku) AS listing
         CROSS JOIN LATERAL (
           SELECT m.wb_sku, m.last_sale_date FROM wb_sales_month m WHERE m.wb_sku = listing.sku ORDER BY m.month DESC LIMIT 1
         ) AS latest
         CROSS JOIN LATERAL wb_sales_tail_derived(latest.wb_sku, latest.last_sale_date) AS tail
        ON CONFLICT (wb_sku) DO UPDATE
          SET last_sale_date = EXCLUDED.last_sale_date, running = EXCLUDED.running, sale_days = EXCLUDED.sale_days;
      END
      $fn$`);

    await queryRunner.query(`
      CREATE FUNCTION wb_sales_tail_on_write() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      DECLARE
        skus TEXT[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(DISTINCT wb_sku) INTO skus FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(DISTINCT wb_sku) INTO skus FROM old_rows;
        ELSE
          SELECT array_agg(wb_sku) INTO skus FROM (SELECT wb_sku FROM old_rows UNION SELECT wb_sku FROM new_rows) AS changed;
        END IF;
        IF skus IS NOT NULL THEN
          PERFORM wb_sales_tail_refresh(skus);
        END IF;
        RETURN NULL;
      END
      $fn$`);

    await queryRunner.query(`
      CREATE FUNCTION wb_sales_tail_on_truncate() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM wb_sales_tail;
        RETURN NULL;
      END
      $fn$`);

    // Statement triggers of one event fire in name order: "tail" after "month", which it reads.
    await queryRunner.query(`
      CREATE TRIGGER tg_wb_sales_tail_insert AFTER INSERT ON wb_sales_daily
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_sales_tail_on_write()`);
    await queryRunner.query(`
      CREATE TRIGGER tg_wb_sales_tail_update AFTER UPDATE ON wb_sales_daily
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_sales_tail_on_write()`);
    await queryRunner.query(`
      CREATE TRIGGER tg_wb_sales_tail_delete AFTER DELETE ON wb_sales_daily
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_sales_tail_on_write()`);
    await queryRunner.query(`
      CREATE TRIGGER tg_wb_sales_tail_truncate AFTER TRUNCATE ON wb_sales_daily
        FOR EACH STATEMENT EXECUTE FUNCTION wb_sales_tail_on_truncate()`);

    // Every listing already stored: its newest month row gives its last sale.
    await queryRunner.query(`
      INSERT INTO wb_sales_tail (wb_sku, last_sale_date, running, sale_days)
      SELECT latest.wb_sku, latest.last_sale_date, tail.running, tail.sale_days
        FROM (SELECT DISTINCT ON (wb_sku) wb_sku, last_sale_date FROM wb_sales_month ORDER BY wb_sku, month DESC) AS latest
       CROSS JOIN LATERAL wb_sales_tail_derived(latest.wb_sku, latest.last_sale_date) AS tail`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER tg_wb_sales_tail_${event} ON wb_sales_daily`);
    }
    await queryRunner.query('DROP FUNCTION wb_sales_tail_on_truncate()');
    await queryRunner.query('DROP FUNCTION wb_sales_tail_on_write()');
    await queryRunner.query('DROP FUNCTION wb_sales_tail_refresh(TEXT[])');
    await queryRunner.query('DROP FUNCTION wb_sales_tail_derived(TEXT, DATE)');
    await queryRunner.query('DROP TABLE wb_sales_tail');
  }
}
