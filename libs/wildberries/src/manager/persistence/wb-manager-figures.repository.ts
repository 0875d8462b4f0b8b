import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { ArticleSales, ArticleWarehouseStock, SkuUnitRef, WbSkuMapping } from '../domain/online-dashboard';

/** A SKU unit with its NSC stock: Σ `stock_balance.quantity` over warehouses of type exactly `internal` (00 §8). */
export interface SkuUnitWithNscStock extends SkuUnitRef {
  nscStock: number;
}

/*
 * `$1` is the request's article filter, NULL for all articles. The two cases get their own SQL
 * text: the portfolio one carries no id list at all, and the filtered one no `$1 IS NULL OR`,
 * which would hide the filter from the planner's row estimates and turn index lookups into scans.
 *
 * A WB SKU mapped to several articles is credited to the lowest article id among ALL its
 * mappings (W4), so the attribution does not change with the article filter.
 */
function involvedAndCredited(articleFilter: number[] | null): string {
  const filtered = articleFilter !== null;
  return `
  involved AS (
    SELECT DISTINCT article_id FROM sku_unit WHERE ${filtered ? 'article_id = ANY($1::int[])' : '$1::int[] IS NULL'}
  ),
  credited AS (
    SELECT m.wb_sku, min(m.article_id) AS article_id, count(*)::int AS article_count
      FROM article_wb_mapping m
     WHERE ${filtered ? 'm.wb_sku IN (SELECT wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[]))' : '$1::int[] IS NULL'}
     GROUP BY m.wb_sku
  ),
  credited_to_involved AS (
    SELECT credited.wb_sku, credited.article_id FROM credited JOIN involved USING (article_id)
  )`;
}

/**
 * Reads for the dashboard and the proposal. Each method is one set-based statement whatever the
 * number of articles; sales are aggregated in SQL, never loaded row by row.
 */
@Injectable()
export class WbManagerFiguresRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** SKU units (all, or of the given articles) with their labels, by ascending id. */
  loadSkuUnits(articleIds: number[] | null): Promise<SkuUnitRef[]> {
    return this.tx.manager.query(
      `SELECT su.id AS "skuUnitId", su.article_id AS "articleId", a.code AS "articleCode",
              su.color_id AS "colorId", c.inner_code AS "colorInnerCode", su.size_id AS "sizeId", s.label AS "sizeLabel"
         FROM sku_unit su
         JOIN article a ON a.id = su.article_id
         JOIN color c ON c.id = su.color_id
         JOIN size s ON s.id = su.size_id
        WHERE $1::int[] IS NULL OR su.article_id = ANY($1::int[])
        ORDER BY su.id`,
      [articleIds],
    );
  }

  /** As `loadSkuUnits`, with each unit's NSC stock (0 without balances). */
  loadSkuUnitsWithNscStock(articleIds: number[] | null): Promise<SkuUnitWithNscStock[]> {
    return this.tx.manager.query(
      `WITH nsc AS (
         SELECT sb.sku_unit_id, sum(sb.quantity)::bigint AS quantity
           FROM stock_balance sb
           JOIN warehouse w ON w.id = sb.warehouse_id AND w.type = 'internal'
          GROUP BY sb.sku_unit_id
       )
       SELECT su.id AS "skuUnitId", su.article_id AS "articleId", a.code AS "articleCode",
              su.color_id AS "colorId", c.inner_code AS "colorInnerCode", su.size_id AS "sizeId", s.label AS "sizeLabel",
              COALESCE(nsc.quantity, 0) AS "nscStock"
         FROM sku_unit su
         JOIN article a ON a.id = su.article_id
         JOIN color c ON c.id = su.color_id
         JOIN size s ON s.id = su.size_id
         LEFT JOIN nsc ON nsc.sku_unit_id = su.id
        WHERE $1::int[] IS NULL OR su.article_id = ANY($1::int[])
        ORDER BY su.id`,
      [articleIds],
    );
  }

  /** Every mapping of the involved articles, with the article each WB SKU is credited to. */
  loadMappings(articleFilter: number[] | null): Promise<WbSkuMapping[]> {
    return this.tx.manager.query(
      `WITH ${involvedAndCredited(articleFilter)}
       SELECT m.article_id AS "articleId", m.wb_sku AS "wbSku",
              credited.article_id AS "creditedArticleId", credited.article_count AS "mappedArticleCount"
         FROM article_wb_mapping m
         JOIN involved ON involved.article_id = m.article_id
         JOIN credited ON credited.wb_sku = m.wb_sku
        ORDER BY m.article_id, m.wb_sku COLLATE "C"`,
      [articleFilter],
    );
  }

  /**
   * Sales per credited article over the 30/7/1-day windows ending on `targetDate` inclusive,
   * summed in SQL per WB SKU, then per article. A filtered request sums each WB SKU's window
   * through the (wb_sku, date) key (the aggregate keeps the planner from flattening the lateral
   * into a scan); the whole portfolio is one pass over the window's rows.
   */
  loadArticleSales(articleFilter: number[] | null, targetDate: string): Promise<ArticleSales[]> {
    const sums = `sum(sales_qty) FILTER (WHERE date = $2::date) AS sales_1d,
                  sum(sales_qty) FILTER (WHERE date >= $2::date - 6) AS sales_7d,
                  sum(sales_qty) AS sales_30d
             FROM wb_sales_daily`;
    const window = `date BETWEEN $2::date - 29 AND $2::date`;
    const perWbSku =
      articleFilter === null
        ? `credited_to_involved c JOIN (SELECT wb_sku, ${sums} WHERE ${window} GROUP BY wb_sku) s ON s.wb_sku = c.wb_sku`
        : `credited_to_involved c CROSS JOIN LATERAL (SELECT ${sums} WHERE wb_sku = c.wb_sku AND ${window}) s`;
    return this.tx.manager.query(
      `WITH ${involvedAndCredited(articleFilter)}
       SELECT c.article_id AS "articleId",
              COALESCE(sum(s.sales_1d), 0)::bigint AS "sales1d",
              COALESCE(sum(s.sales_7d), 0)::bigint AS "sales7d",
              COALESCE(sum(s.sales_30d), 0)::bigint AS "sales30d"
         FROM ${perWbSku}
        GROUP BY c.article_id`,
      [articleFilter, targetDate],
    );
  }

  /**
   * Current WB stock per credited article and (warehouse id, warehouse name) pair, in output
   * order: id ascending with null first, then name with null as '' in code-point order.
   */
  loadArticleStock(articleFilter: number[] | null): Promise<ArticleWarehouseStock[]> {
    return this.tx.manager.query(
      `WITH ${involvedAndCredited(articleFilter)}
       SELECT c.article_id AS "articleId", st.warehouse_id AS "warehouseId", st.warehouse_name AS "warehouseName",
              sum(st.stock_qty)::bigint AS "stockQty"
         FROM credited_to_involved c
         JOIN wb_stock st ON st.wb_sku = c.wb_sku
        GROUP BY c.article_id, st.warehouse_id, st.warehouse_name
        ORDER BY c.article_id, COALESCE(st.warehouse_id, -1), COALESCE(st.warehouse_name, '') COLLATE "C", st.warehouse_id NULLS FIRST`,
      [articleFilter],
    );
  }
}
