import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { BundleListing, BundleSales } from '../domain/article-snapshot';
import { PortfolioSku, RecipeRow, WbDemandFigures } from '../domain/portfolio-inputs';

type PerArticle<T> = T & { articleId: number };

/** Which articles a read model covers when no ids are given (02 §4.8 portfolios, §4.2 step 1 proposal). */
export type DefaultSelection = 'active' | 'with-settings';

export interface PortfolioArticleRow {
  articleId: number;
  articleCode: string;
  hasSettings: boolean;
  isActive: boolean | null;
  minFabricBatch: number | null;
  minElasticBatch: number | null;
  strictness: number | null;
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
  elasticMinimum: number | null;
  elasticTypeId: number | null;
  elasticTypeName: string | null;
  articleTargetCoverageDays: number | null;
  globalTargetCoverageDays: number | null;
}

/**
 * The planning read models' reads, each ONE statement for any number of articles (array
 * parameters, 02 W-PERF-2). Sales are aggregated in SQL so only a row per listing group leaves
 * the database, never the 30-day sales rows themselves.
 */
@Injectable()
export class PortfolioInputsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The calendar date of the database clock in the business time zone. */
  async businessToday(timeZone: string): Promise<string> {
    const rows: { today: string }[] = await this.tx.manager.query(
      `SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS today`,
      [timeZone],
    );
    return rows[0].today;
  }

  /**
   * Existing articles among `articleIds` (any settings), or, without ids, the default selection,
   * with their planning settings, binding elastic type and target coverage; ascending id.
   */
  articles(articleIds: number[] | null, byDefault: DefaultSelection, onlyWithSettings = false): Promise<PortfolioArticleRow[]> {
    return this.tx.manager.query(
      `SELECT a.id AS "articleId", a.code AS "articleCode", ps.article_id IS NOT NULL AS "hasSettings",
              ps.is_active AS "isActive", ps.min_fabric_batch AS "minFabricBatch", ps.min_elastic_batch AS "minElasticBatch",
              ps.strictness, ps.safety_stock_days AS "safetyStockDays", ps.alert_threshold_days AS "alertThresholdDays",
              elastic.quantity AS "elasticMinimum", et.id AS "elasticTypeId", et.name AS "elasticTypeName",
              aps.target_coverage_days AS "articleTargetCoverageDays",
              -- Should several global rows exist (an adopted database), the lowest id wins (02 W-BUG-5).
              (SELECT default_target_coverage_days FROM global_planning_settings ORDER BY id LIMIT 1) AS "globalTargetCoverageDays"
         FROM article a
         LEFT JOIN planning_settings ps ON ps.article_id = a.id
         LEFT JOIN article_planning_settings aps ON aps.article_id = a.id
         LEFT JOIN LATERAL (
           SELECT eps.elastic_type_id, eps.elastic_min_batch_qty AS quantity
             FROM elastic_planning_settings eps
            WHERE eps.article_id = a.id AND eps.elastic_min_batch_qty > 0
            ORDER BY eps.elastic_min_batch_qty DESC, eps.id
            LIMIT 1
         ) elastic ON true
         LEFT JOIN elastic_type et ON et.id = elastic.elastic_type_id
        WHERE CASE WHEN $1::int[] IS NOT NULL THEN a.id = ANY($1::int[])
                   WHEN $2::text = 'active' THEN COALESCE(ps.is_active, false)
                   ELSE ps.article_id IS NOT NULL END
          AND (NOT $3::boolean OR ps.article_id IS NOT NULL)
        ORDER BY a.id`,
      [articleIds, byDefault, onlyWithSettings],
    );
  }

  /** Every SKU unit with its size and NSC stock: Σ over internal warehouses (conventions §8); by article, then id. */
  skus(articleIds: number[]): Promise<PerArticle<PortfolioSku>[]> {
    return this.tx.manager.query(
      `SELECT su.article_id AS "articleId", su.id AS "skuUnitId", su.color_id AS "colorId", su.size_id AS "sizeId",
              sz.label AS "sizeLabel", COALESCE(sz.sort_order, 0) AS "sizeSortOrder",
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
        WHERE su.article_id = ANY($1::int[])
        ORDER BY su.article_id, su.id`,
      [articleIds],
    );
  }

  /** Positive colour fabric minima. */
  colorMinima(articleIds: number[]): Promise<{ articleId: number; colorId: number; quantity: number }[]> {
    return this.tx.manager.query(
      `SELECT article_id AS "articleId", color_id AS "colorId", fabric_min_batch_qty AS quantity
         FROM color_planning_settings
        WHERE article_id = ANY($1::int[]) AND fabric_min_batch_qty > 0`,
      [articleIds],
    );
  }

  /** Inner codes of the colours the articles' SKU units use. */
  async colorNames(articleIds: number[]): Promise<Map<number, string>> {
    const rows: { id: number; name: string }[] = await this.tx.manager.query(
      `SELECT c.id, c.inner_code AS name FROM color c WHERE c.id IN (SELECT color_id FROM sku_unit WHERE article_id = ANY($1::int[]))`,
      [articleIds],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Recipe colours per bundle type, with the type's name (null when the type does not exist). */
  recipes(articleIds: number[]): Promise<PerArticle<RecipeRow & { bundleTypeName: string | null }>[]> {
    return this.tx.manager.query(
      `SELECT r.article_id AS "articleId", r.bundle_type_id AS "bundleTypeId", r.color_id AS "colorId",
              bt.id IS NOT NULL AS "bundleTypeExists", bt.name AS "bundleTypeName"
         FROM bundle_recipe r
         LEFT JOIN bundle_type bt ON bt.id = r.bundle_type_id
        WHERE r.article_id = ANY($1::int[])
        ORDER BY r.article_id, r.bundle_type_id, r.color_id`,
      [articleIds],
    );
  }

  /** WB stock of bundle listings (mappings with a bundle type) per (article, bundle type, size), every WB warehouse. */
  bundleListings(articleIds: number[]): Promise<PerArticle<BundleListing & { bundleTypeName: string | null }>[]> {
    return this.tx.manager.query(
      `SELECT m.article_id AS "articleId", m.bundle_type_id AS "bundleTypeId", m.size_id AS "sizeId",
              MIN(bt.name) AS "bundleTypeName", COALESCE(SUM(w.stock_qty), 0)::bigint AS "wbStock"
         FROM article_wb_mapping m
         LEFT JOIN wb_stock w ON w.wb_sku = m.wb_sku
         LEFT JOIN bundle_type bt ON bt.id = m.bundle_type_id
        WHERE m.article_id = ANY($1::int[]) AND m.bundle_type_id IS NOT NULL
        GROUP BY m.article_id, m.bundle_type_id, m.size_id`,
      [articleIds],
    );
  }

  /**
   * C6 per (article, bundle type): sales of its bundle listings in the 30 days ending on their last
   * ever sale, and the span from the first to the last sales row of that window (02 §4.6).
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

  /**
   * C1's WB figures per article: its distinct WB SKUs (single and bundle listings), their sales in
   * the 30 days ending on the target date with the number of distinct dates having a sales row,
   * and their WB stock over every WB warehouse. A SKU mapped to several articles counts fully for each.
   */
  wbDemand(articleIds: number[], targetDate: string): Promise<PerArticle<WbDemandFigures>[]> {
    return this.tx.manager.query(
      `WITH listing AS (
         SELECT DISTINCT article_id, wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[])
       ), sales AS (
         SELECT l.article_id, SUM(s.sales_qty) AS total, COUNT(DISTINCT s.date) AS days
           FROM listing l
           JOIN wb_sales_daily s ON s.wb_sku = l.wb_sku AND s.date BETWEEN $2::date - 29 AND $2::date
          GROUP BY l.article_id
       ), stock AS (
         SELECT l.article_id, SUM(w.stock_qty) AS quantity
           FROM listing l
           JOIN wb_stock w ON w.wb_sku = l.wb_sku
          GROUP BY l.article_id
       )
       SELECT l.article_id AS "articleId", COUNT(*)::int AS "listingCount",
              COALESCE(MAX(sales.total), 0)::bigint AS "totalSales", COALESCE(MAX(sales.days), 0)::int AS "daysWithSales",
              COALESCE(MAX(stock.quantity), 0)::bigint AS "wbStock"
         FROM listing l
         LEFT JOIN sales ON sales.article_id = l.article_id
         LEFT JOIN stock ON stock.article_id = l.article_id
        GROUP BY l.article_id`,
      [articleIds, targetDate],
    );
  }
}
