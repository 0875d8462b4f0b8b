import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { BundleListing, BundleSales, SkuStock } from '../domain/article-snapshot';

type PerArticle<T> = T & { articleId: number };

/** Loads the article bundle snapshot inputs of any number of articles, one statement per kind of row. */
@Injectable()
export class ArticleSnapshotRepository {
  constructor(private readonly tx: TransactionHost) {}

  articles(articleIds: number[]): Promise<{ id: number; code: string }[]> {
    return this.tx.manager.query(`SELECT id, code FROM article WHERE id = ANY($1::int[]) ORDER BY id`, [articleIds]);
  }

  /** Every SKU with its NSC stock: Σ over internal warehouses (conventions §8). */
  skuStocks(articleIds: number[]): Promise<PerArticle<SkuStock>[]> {
    return this.tx.manager.query(
      `SELECT su.article_id AS "articleId", su.color_id AS "colorId", su.size_id AS "sizeId", sz.label AS "sizeLabel",
              COALESCE(nsc.quantity, 0)::bigint AS "nscStock", nsc.quantity IS NOT NULL AS "heldAtNsc"
         FROM sku_unit su
         LEFT JOIN size sz ON sz.id = su.size_id
         -- One grouped pass over the balances of the selected articles rather than a probe per SKU unit.
         LEFT JOIN (
           SELECT sb.sku_unit_id, SUM(sb.quantity) AS quantity
             FROM stock_balance sb
             JOIN warehouse w ON w.id = sb.warehouse_id AND w.type = 'internal'
             JOIN sku_unit owner ON owner.id = sb.sku_unit_id AND owner.article_id = ANY($1::int[])
            GROUP BY sb.sku_unit_id
         ) nsc ON nsc.sku_unit_id = su.id
        WHERE su.article_id = ANY($1::int[])`,
      [articleIds],
    );
  }

  recipes(articleIds: number[]): Promise<{ articleId: number; bundleTypeId: number; colorId: number }[]> {
    return this.tx.manager.query(
      `SELECT article_id AS "articleId", bundle_type_id AS "bundleTypeId", color_id AS "colorId"
         FROM bundle_recipe
        WHERE article_id = ANY($1::int[])
        ORDER BY article_id, bundle_type_id, color_id`,
      [articleIds],
    );
  }

  /** Bundle listings (mappings with a bundle type) with their WB stock over every WB warehouse. */
  bundleListings(articleIds: number[]): Promise<PerArticle<BundleListing>[]> {
    return this.tx.manager.query(
      `SELECT m.article_id AS "articleId", m.bundle_type_id AS "bundleTypeId", m.size_id AS "sizeId",
              COALESCE(SUM(w.stock_qty), 0)::bigint AS "wbStock"
         FROM article_wb_mapping m
         LEFT JOIN wb_stock w ON w.wb_sku = m.wb_sku
        WHERE m.article_id = ANY($1::int[]) AND m.bundle_type_id IS NOT NULL
        GROUP BY m.id`,
      [articleIds],
    );
  }

  /** Names of the bundle types the articles' recipes and listings refer to. */
  async bundleTypeNames(articleIds: number[]): Promise<Map<number, string>> {
    const rows: { id: number; name: string }[] = await this.tx.manager.query(
      `SELECT id, name FROM bundle_type
        WHERE id IN (SELECT bundle_type_id FROM bundle_recipe WHERE article_id = ANY($1::int[])
                     UNION
                     SELECT bundle_type_id FROM article_wb_mapping WHERE article_id = ANY($1::int[]))`,
      [articleIds],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /**
   * Per (article, bundle type): sales of its bundle listings in the 30 days ending on their last ever
   * sale, and the span from the first to the last sales row of that window (02 §4.6).
   */
  bundleSales(articleIds: number[]): Promise<PerArticle<BundleSales>[]> {
    return this.tx.manager.query(
      `WITH listing AS (
         SELECT DISTINCT article_id, bundle_type_id, wb_sku
           FROM article_wb_mapping
          WHERE article_id = ANY($1::int[]) AND bundle_type_id IS NOT NULL
       ), last_sale AS (
         -- Each listing's last sale through a backward index probe instead of aggregating its whole history.
         SELECT l.article_id, l.bundle_type_id, l.wb_sku, last.date
           FROM listing l
           CROSS JOIN LATERAL (SELECT s.date FROM wb_sales_daily s WHERE s.wb_sku = l.wb_sku ORDER BY s.date DESC LIMIT 1) last
       ), anchored AS (
         SELECT article_id, bundle_type_id, wb_sku, MAX(date) OVER (PARTITION BY article_id, bundle_type_id) AS anchor
           FROM last_sale
       )
       -- Per listing, an index range scan of the anchored window only; then summed per bundle type.
       SELECT a.article_id AS "articleId", a.bundle_type_id AS "bundleTypeId", SUM(w.quantity)::bigint AS "totalSales",
              (MAX(w.last_day) - MIN(w.first_day) + 1) AS "spanDays"
         FROM anchored a
         CROSS JOIN LATERAL (
           SELECT SUM(s.sales_qty) AS quantity, MIN(s.date) AS first_day, MAX(s.date) AS last_day
             FROM wb_sales_daily s
            WHERE s.wb_sku = a.wb_sku AND s.date BETWEEN a.anchor - 29 AND a.anchor
         ) w
        GROUP BY a.article_id, a.bundle_type_id`,
      [articleIds],
    );
  }
}
