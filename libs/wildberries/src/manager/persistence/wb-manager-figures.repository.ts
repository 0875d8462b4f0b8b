import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { ArticleSales, ArticleWarehouseStock, SkuUnitRef, WbSkuMapping } from '../domain/online-dashboard';

/** A SKU unit with its NSC stock: Σ `stock_balance.quantity` over warehouses of type exactly `internal` (00 §8). */
export interface SkuUnitWithNscStock extends SkuUnitRef {
  nscStock: number;
}

/*
 * A WB SKU mapped to several articles is credited to the lowest article id among ALL its
 * mappings (W4), so the attribution does not change with the request's article filter.
 */
const CREDITED_WB_SKUS = `
  credited AS (
    SELECT wb_sku, min(article_id) AS article_id, count(*)::int AS article_count
      FROM article_wb_mapping
     WHERE wb_sku IN (SELECT wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[]))
     GROUP BY wb_sku
  )`;

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

  /** Every mapping of the given articles, with the article each WB SKU is credited to. */
  loadMappings(articleIds: number[]): Promise<WbSkuMapping[]> {
    return this.tx.manager.query(
      `WITH ${CREDITED_WB_SKUS}
       SELECT m.article_id AS "articleId", m.wb_sku AS "wbSku",
              credited.article_id AS "creditedArticleId", credited.article_count AS "mappedArticleCount"
         FROM article_wb_mapping m
         JOIN credited ON credited.wb_sku = m.wb_sku
        WHERE m.article_id = ANY($1::int[])
        ORDER BY m.article_id, m.wb_sku COLLATE "C"`,
      [articleIds],
    );
  }

  /** Sales per credited article over the 30/7/1-day windows ending on `targetDate` inclusive. */
  loadArticleSales(articleIds: number[], targetDate: string): Promise<ArticleSales[]> {
    return this.tx.manager.query(
      `WITH ${CREDITED_WB_SKUS}
       SELECT credited.article_id AS "articleId",
              COALESCE(sum(s.sales_qty) FILTER (WHERE s.date = $2::date), 0)::bigint AS "sales1d",
              COALESCE(sum(s.sales_qty) FILTER (WHERE s.date >= $2::date - 6), 0)::bigint AS "sales7d",
              sum(s.sales_qty)::bigint AS "sales30d"
         FROM credited
         JOIN wb_sales_daily s ON s.wb_sku = credited.wb_sku
        WHERE credited.article_id = ANY($1::int[])
          AND s.date BETWEEN $2::date - 29 AND $2::date
        GROUP BY credited.article_id`,
      [articleIds, targetDate],
    );
  }

  /**
   * Current WB stock per credited article and (warehouse id, warehouse name) pair, in output
   * order: id ascending with null first, then name with null as '' in code-point order.
   */
  loadArticleStock(articleIds: number[]): Promise<ArticleWarehouseStock[]> {
    return this.tx.manager.query(
      `WITH ${CREDITED_WB_SKUS}
       SELECT credited.article_id AS "articleId", st.warehouse_id AS "warehouseId", st.warehouse_name AS "warehouseName",
              sum(st.stock_qty)::bigint AS "stockQty"
         FROM credited
         JOIN wb_stock st ON st.wb_sku = credited.wb_sku
        WHERE credited.article_id = ANY($1::int[])
        GROUP BY credited.article_id, st.warehouse_id, st.warehouse_name
        ORDER BY credited.article_id, COALESCE(st.warehouse_id, -1), COALESCE(st.warehouse_name, '') COLLATE "C", st.warehouse_id NULLS FIRST`,
      [articleIds],
    );
  }
}
