import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `wb_sales_month`: the WB daily sales of one listing and calendar month as one row, kept equal
 * to `wb_sales_daily` by statement triggers, whoever writes (imports, tools, SQL by hand).
 *
 * The planning read models sum 30-day windows of every listing (02 §4.1, §4.6). Read from
 * `wb_sales_daily`, 30,000 listings mean ~900,000 rows scattered over the heap (imports write a
 * day of every listing at a time): about a second per request. Read from here it is two or three
 * rows per listing, and a listing's last sale is its newest month row's `last_sale_date`.
 *
 * `daily[d]` is `sales_qty` of day d of the month, NULL where there is no row (a row of 0 sales
 * still counts as a day with a sales row); `running[d]` = Σ daily[1..d], so the sales of any
 * days a..b are `running[b] - running[a-1]`; bit d-1 of `sale_days` is set when day d has a row.
 * A month with no row left is deleted.
 *
 * Concurrency: a write locks the month rows it touches (created first when missing) in key order,
 * then merges its changes into the arrays as they are after every earlier writer committed (READ
 * COMMITTED reads the locked rows' latest versions in the merge statement), so concurrent imports
 * of other days of the same month lose nothing.
 */
export class WbSalesMonth1700000000100 implements MigrationInterface {
  name = 'WbSalesMonth1700000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE wb_sales_month (
        wb_sku TEXT NOT NULL,
        month DATE NOT NULL,
        daily INTEGER[] NOT NULL,
        running INTEGER[] NOT NULL,
        sale_days INTEGER NOT NULL DEFAULT 0,
        last_sale_date DATE,
        CONSTRAINT pk_wb_sales_month PRIMARY KEY (wb_sku, month),
        CONSTRAINT ck_wb_sales_month_first_day CHECK (month = date_trunc('month', month)::date)
      )`);

    // What a month row derives from its `daily` array, in one place for the merge and the backfill.
    await queryRunner.query(`
      CREATE FUNCTION wb_sales_month_derived(p_month DATE, p_daily INTEGER[])
        RETURNS TABLE (running INTEGER[], sale_days INTEGER, last_sale_date DATE)
      LANGUAGE sql IMMUTABLE AS $fn$
        SELECT array_agg(day_total ORDER BY d),
               COALESCE(bit_or(1 << (d - 1)) FILTER (WHERE quantity IS NOT NULL), 0),
               max(p_month + d - 1) FILTER (WHERE quantity IS NOT NULL)
          FROM (SELECT d, p_daily[d] AS quantity, (SUM(COALESCE(p_daily[d], 0)) OVER (ORDER BY d))::int AS day_total
                  FROM generate_subscripts(p_daily, 1) AS d) AS per_day
      $fn$`);

    // Merges changes (qty NULL = the day's row is gone) into the month rows; the last change of a (SKU, day) wins.
    await queryRunner.query(`
      CREATE FUNCTION wb_sales_month_merge(p_skus TEXT[], p_dates DATE[], p_quantities INTEGER[]) RETURNS void
      LANGUAGE plpgsql AS $fn$
      DECLARE
        touched_skus TEXT[];
        touched_months DATE[];
      BEGIN
        -- The touched months in key order: placeholders and locks are taken in that order.
        SELECT array_agg(sku ORDER BY sku, month), array_agg(month ORDER BY sku, month)
          INTO touched_skus, touched_months
          FROM (SELECT DISTINCT sku, date_trunc('month', day)::date AS month FROM unnest(p_skus, p_dates) AS change(sku, day)) AS touched;

        INSERT INTO wb_sales_month (wb_sku, month, daily, running)
        SELECT touched.wb_sku, touched.month, days.empty, days.empty
          FROM unnest(touched_skus, touched_months) AS touched(wb_sku, month)
         CROSS JOIN LATERAL (
           SELECT array_fill(NULL::int, ARRAY[extract(day FROM touched.month + interval '1 month' - interval '1 day')::int]) AS empty
         ) AS days
        ON CONFLICT (wb_sku, month) DO NOTHING;

        -- Row by row through the key (a join could scan the whole table).
        PERFORM 1
           FROM unnest(touched_skus, touched_months) AS touched(wb_sku, month)
          CROSS JOIN LATERAL (
            SELECT 1 FROM wb_sales_month m WHERE m.wb_sku = touched.wb_sku AND m.month = touched.month FOR UPDATE
          ) AS locked;

        WITH change AS (
          SELECT DISTINCT ON (sku, day) sku, day, quantity
            FROM unnest(p_skus, p_dates, p_quantities) WITH ORDINALITY AS c(sku, day, quantity, position)
           ORDER BY sku, day, position DESC
        ), month_change AS (
          SELECT sku AS wb_sku, date_trunc('month', day)::date AS month,
                 array_agg(extract(day FROM day)::int) AS days, array_agg(quantity) AS quantities
            FROM change
           GROUP BY 1, 2
        ), merged AS (
          SELECT m.wb_sku, m.month, merged_daily.daily, derived.*
            FROM month_change c
           CROSS JOIN LATERAL (SELECT * FROM wb_sales_month m WHERE m.wb_sku = c.wb_sku AND m.month = c.month) AS m
           CROSS JOIN LATERAL (
             SELECT array_agg(CASE WHEN array_position(c.days, d) IS NULL THEN m.daily[d]
                                   ELSE c.quantities[array_position(c.days, d)] END ORDER BY d) AS daily
               FROM generate_subscripts(m.daily, 1) AS d
           ) AS merged_daily
           CROSS JOIN LATERAL wb_sales_month_derived(m.month, merged_daily.daily) AS derived
        ), emptied AS (
          -- A month with no sales row left goes.
          DELETE FROM wb_sales_month m
           USING merged
           WHERE m.wb_sku = merged.wb_sku AND m.month = merged.month AND merged.last_sale_date IS NULL
        )
        UPDATE wb_sales_month m
           SET daily = merged.daily, running = merged.running, sale_days = merged.sale_days, last_sale_date = merged.last_sale_date
          FROM merged
         WHERE m.wb_sku = merged.wb_sku AND m.month = merged.month AND merged.last_sale_date IS NOT NULL;
      END
      $fn$`);

    await queryRunner.query(`
      CREATE FUNCTION wb_sales_month_on_write() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      DECLARE
        skus TEXT[];
        days DATE[];
        quantities INTEGER[];
      BEGIN
        IF TG_OP = 'INSERT' THEN
          SELECT array_agg(wb_sku), array_agg(date), array_agg(sales_qty) INTO skus, days, quantities FROM new_rows;
        ELSIF TG_OP = 'DELETE' THEN
          SELECT array_agg(wb_sku), array_agg(date), array_agg(NULL::int) INTO skus, days, quantities FROM old_rows;
        ELSE
          -- The old keys are cleared first, then the new rows written over them (a key may move).
          SELECT array_agg(wb_sku ORDER BY phase), array_agg(date ORDER BY phase), array_agg(quantity ORDER BY phase)
            INTO skus, days, quantities
            FROM (SELECT 1 AS phase, wb_sku, date, NULL::int AS quantity FROM old_rows
                  UNION ALL
                  SELECT 2, wb_sku, date, sales_qty FROM new_rows) AS change;
        END IF;
        IF skus IS NOT NULL THEN
          PERFORM wb_sales_month_merge(skus, days, quantities);
        END IF;
        RETURN NULL;
      END
      $fn$`);

    await queryRunner.query(`
      CREATE FUNCTION wb_sales_month_on_truncate() RETURNS trigger
      LANGUAGE plpgsql AS $fn$
      BEGIN
        DELETE FROM wb_sales_month;
        RETURN NULL;
      END
      $fn$`);

    await queryRunner.query(`
      CREATE TRIGGER tg_wb_sales_month_insert AFTER INSERT ON wb_sales_daily
        REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_sales_month_on_write()`);
    await queryRunner.query(`
      CREATE TRIGGER tg_wb_sales_month_update AFTER UPDATE ON wb_sales_daily
        REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_sales_month_on_write()`);
    await queryRunner.query(`
      CREATE TRIGGER tg_wb_sales_month_delete AFTER DELETE ON wb_sales_daily
        REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION wb_sales_month_on_write()`);
    await queryRunner.query(`
      CREATE TRIGGER tg_wb_sales_month_truncate AFTER TRUNCATE ON wb_sales_daily
        FOR EACH STATEMENT EXECUTE FUNCTION wb_sales_month_on_truncate()`);

    // The sales already stored, grouped in one pass (no array of every row, which could outgrow 1 GB).
    await queryRunner.query(`
      INSERT INTO wb_sales_month (wb_sku, month, daily, running, sale_days, last_sale_date)
      SELECT per_month.wb_sku, per_month.month, per_month.daily, derived.*
        FROM (SELECT m.wb_sku, m.month, array_agg(s.sales_qty ORDER BY g.d) AS daily
                FROM (SELECT DISTINCT wb_sku, date_trunc('month', date)::date AS month FROM wb_sales_daily) AS m
               CROSS JOIN LATERAL generate_series(1, extract(day FROM m.month + interval '1 month' - interval '1 day')::int) AS g(d)
                LEFT JOIN wb_sales_daily s ON s.wb_sku = m.wb_sku AND s.date = m.month + g.d - 1
               GROUP BY m.wb_sku, m.month) AS per_month
       CROSS JOIN LATERAL wb_sales_month_derived(per_month.month, per_month.daily) AS derived`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const event of ['insert', 'update', 'delete', 'truncate']) {
      await queryRunner.query(`DROP TRIGGER tg_wb_sales_month_${event} ON wb_sales_daily`);
    }
    await queryRunner.query('DROP FUNCTION wb_sales_month_on_truncate()');
    await queryRunner.query('DROP FUNCTION wb_sales_month_on_write()');
    await queryRunner.query('DROP FUNCTION wb_sales_month_merge(TEXT[], DATE[], INTEGER[])');
    await queryRunner.query('DROP FUNCTION wb_sales_month_derived(DATE, INTEGER[])');
    await queryRunner.query('DROP TABLE wb_sales_month');
  }
}
