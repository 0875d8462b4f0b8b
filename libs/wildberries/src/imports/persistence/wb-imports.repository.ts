import { Injectable } from '@nestjs/common';
import { DB_NOW_MS, TransactionHost } from '@supply-brain/database';
import { AmbiguousWbSku, MappingRow, SalesRow, StockRow } from '../domain/import-rows';

/*
 * Each upsert is one statement over column arrays (`unnest`), so a chunk costs one round trip
 * whatever its size. `xmax = 0` holds exactly for rows this statement inserted (an updated row
 * carries the updating transaction's id), which gives the inserted count; the aggregate keeps the
 * answer to a single row. A row whose values would not change is left unwritten (no dead tuple,
 * no index churn on re-sent reports); it still counts as updated, as every non-inserted item does.
 */
const COUNT_INSERTED = `SELECT count(*) FILTER (WHERE inserted)::int AS inserted FROM upserted`;

interface InsertedCount {
  inserted: number;
}

/** The WB data tables written by the imports; rows arrive already collapsed to one per key. */
@Injectable()
export class WbImportsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Upserts sales rows; `created_at` is left to the column default (04 W1). Returns how many were new. */
  async upsertSales(rows: SalesRow[]): Promise<number> {
    const result: InsertedCount[] = await this.tx.manager.query(
      `WITH upserted AS (
         INSERT INTO wb_sales_daily AS sales (wb_sku, date, sales_qty, revenue)
         SELECT * FROM unnest($1::text[], $2::date[], $3::int[], $4::numeric[])
         ON CONFLICT ON CONSTRAINT uq_wb_sales_daily_sku_date DO UPDATE
           SET sales_qty = EXCLUDED.sales_qty, revenue = EXCLUDED.revenue
           WHERE (sales.sales_qty, sales.revenue) IS DISTINCT FROM (EXCLUDED.sales_qty, EXCLUDED.revenue)
         RETURNING (xmax = 0) AS inserted)
       ${COUNT_INSERTED}`,
      [rows.map((r) => r.wbSku), rows.map((r) => r.date), rows.map((r) => r.salesQty), rows.map((r) => r.revenue)],
    );
    return result[0].inserted;
  }

  /** Upserts stock rows; a NULL warehouse is a key value (the constraint is NULLS NOT DISTINCT). */
  async upsertStock(rows: StockRow[]): Promise<number> {
    const result: InsertedCount[] = await this.tx.manager.query(
      `WITH upserted AS (
         INSERT INTO wb_stock AS stock (wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at)
         SELECT wb_sku, warehouse_id, warehouse_name, stock_qty, COALESCE(updated_at, ${DB_NOW_MS})
           FROM unnest($1::text[], $2::int[], $3::text[], $4::int[], $5::timestamptz[])
             AS item(wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at)
         ON CONFLICT ON CONSTRAINT uq_wb_stock_sku_warehouse DO UPDATE
           SET warehouse_name = EXCLUDED.warehouse_name, stock_qty = EXCLUDED.stock_qty, updated_at = EXCLUDED.updated_at
           WHERE (stock.warehouse_name, stock.stock_qty, stock.updated_at)
                 IS DISTINCT FROM (EXCLUDED.warehouse_name, EXCLUDED.stock_qty, EXCLUDED.updated_at)
         RETURNING (xmax = 0) AS inserted)
       ${COUNT_INSERTED}`,
      [
        rows.map((r) => r.wbSku),
        rows.map((r) => r.warehouseId),
        rows.map((r) => r.warehouseName),
        rows.map((r) => r.stockQty),
        rows.map((r) => r.updatedAt?.toISOString() ?? null),
      ],
    );
    return result[0].inserted;
  }

  /**
   * Sets to 0 the stock of the listed WB SKUs in every warehouse the listing does not name (04 W6).
   * The NULL warehouse is compared as a flag plus a value so the anti-join can hash.
   */
  async zeroStockNotListed(listed: StockRow[]): Promise<number> {
    const result: Array<{ zeroed: number }> = await this.tx.manager.query(
      `WITH listed AS (
         SELECT wb_sku, warehouse_id IS NULL AS no_warehouse, COALESCE(warehouse_id, 0) AS warehouse
           FROM unnest($1::text[], $2::int[]) AS item(wb_sku, warehouse_id)),
       zeroed AS (
         UPDATE wb_stock AS stock SET stock_qty = 0, updated_at = ${DB_NOW_MS}
          WHERE stock.wb_sku IN (SELECT wb_sku FROM listed)
            AND stock.stock_qty <> 0
            AND NOT EXISTS (
              SELECT 1 FROM listed
               WHERE listed.wb_sku = stock.wb_sku
                 AND listed.no_warehouse = (stock.warehouse_id IS NULL)
                 AND listed.warehouse = COALESCE(stock.warehouse_id, 0))
         RETURNING 1)
       SELECT count(*)::int AS zeroed FROM zeroed`,
      [listed.map((r) => r.wbSku), listed.map((r) => r.warehouseId)],
    );
    return result[0].zeroed;
  }

  /**
   * Sets today's `wb_stock_daily` row of each listed WB SKU to its stock summed over WB warehouses
   * (05 §2.7); "today" is the database clock's date in the planning time zone. Rows are written in
   * key order so concurrent imports do not deadlock.
   */
  async recordDailyStock(wbSkus: string[], timeZone: string): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO wb_stock_daily AS daily (wb_sku, date, stock_qty, updated_at)
       SELECT wb_sku, (now() AT TIME ZONE $2)::date, sum(stock_qty), ${DB_NOW_MS}
         FROM wb_stock WHERE wb_sku = ANY($1::text[])
        GROUP BY wb_sku
        ORDER BY wb_sku
       ON CONFLICT ON CONSTRAINT uq_wb_stock_daily_sku_date DO UPDATE
         SET stock_qty = EXCLUDED.stock_qty, updated_at = EXCLUDED.updated_at`,
      [wbSkus, timeZone],
    );
  }

  /**
   * The ids among `articleIds` that exist, share-locked so no article can be deleted between this
   * check and the mapping insert.
   */
  async lockExistingArticles(articleIds: number[]): Promise<Set<number>> {
    const rows: Array<{ id: number }> = await this.tx.manager.query(
      `SELECT id FROM article WHERE id = ANY($1::int[]) ORDER BY id FOR KEY SHARE`,
      [articleIds],
    );
    return new Set(rows.map((row) => row.id));
  }

  async upsertMappings(rows: MappingRow[]): Promise<number> {
    const result: InsertedCount[] = await this.tx.manager.query(
      `WITH upserted AS (
         INSERT INTO article_wb_mapping AS mapping (article_id, wb_sku, bundle_type_id, color_id, size_id)
         SELECT * FROM unnest($1::int[], $2::text[], $3::int[], $4::int[], $5::int[])
         ON CONFLICT ON CONSTRAINT uq_article_wb_mapping_article_sku DO UPDATE
           SET bundle_type_id = EXCLUDED.bundle_type_id, color_id = EXCLUDED.color_id, size_id = EXCLUDED.size_id
           WHERE (mapping.bundle_type_id, mapping.color_id, mapping.size_id)
                 IS DISTINCT FROM (EXCLUDED.bundle_type_id, EXCLUDED.color_id, EXCLUDED.size_id)
         RETURNING (xmax = 0) AS inserted)
       ${COUNT_INSERTED}`,
      [
        rows.map((r) => r.articleId),
        rows.map((r) => r.wbSku),
        rows.map((r) => r.bundleTypeId),
        rows.map((r) => r.colorId),
        rows.map((r) => r.sizeId),
      ],
    );
    return result[0].inserted;
  }

  /** Of the given WB SKUs, those mapped to more than one article, with all their articles ascending. */
  async findAmbiguousWbSkus(wbSkus: string[]): Promise<AmbiguousWbSku[]> {
    const rows: Array<{ wbSku: string; articleIds: number[] }> = await this.tx.manager.query(
      `SELECT wb_sku AS "wbSku", array_agg(article_id ORDER BY article_id) AS "articleIds"
         FROM article_wb_mapping
        WHERE wb_sku = ANY($1::text[])
        GROUP BY wb_sku
       HAVING count(*) > 1
        ORDER BY wb_sku`,
      [wbSkus],
    );
    return rows.map((row) => ({ ...row, attributedArticleId: row.articleIds[0] }));
  }
}
