import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { BundleListing, BundleSales } from '../domain/article-snapshot';
import { PortfolioSku, RecipeRow, WbDemandFigures } from '../domain/portfolio-inputs';

type PerArticle<T> = T & { articleId: number };

export interface ArticleColorRow {
  articleId: number;
  colorId: number;
  name: string | null;
  minimum: number | null;
}

/** A row of `salesFigures`: bundle sales of one (article, bundle type), or the WB demand figures of one article. */
interface SalesFiguresRow {
  kind: 'bundle' | 'demand';
  articleId: number;
  bundleTypeId: number | null;
  totalSales: number;
  spanDays: number | null;
  listingCount: number | null;
  daysWithSales: number | null;
  wbStock: number | null;
}

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

  /**
   * These reads are a handful of large hash joins and aggregates. JIT compiling them costs up to
   * half a second per statement on a 2,000-article portfolio and saves nothing; the default 4 MB of
   * work memory makes their hash aggregates spill to disk. Both are set for the request's
   * transaction only, in one statement.
   */
  async tuneForBulkReads(): Promise<void> {
    await this.tx.manager.query(`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true)`);
  }

  /**
   * Runs a read returning many rows as ONE json value, each row a JSON array of `columns` (the
   * query's column aliases), turned back into objects here. node-postgres builds each row of the
   * usual result through its per-field text parsers, which costs more than the query itself at
   * tens of thousands of rows, while JSON.parse reads the same values natively. Integers, bigints
   * and numerics arrive as numbers, booleans as booleans, in the query's order.
   */
  private async rowsAsJson<T>(sql: string, columns: readonly (keyof T & string)[], parameters: unknown[]): Promise<T[]> {
    const values = columns.map((column) => `result_row."${column}"`).join(', ');
    const [{ rows }]: { rows: unknown[][] }[] = await this.tx.manager.query(
      `SELECT COALESCE(json_agg(json_build_array(${values})), '[]'::json) AS rows FROM (${sql}) AS result_row`,
      parameters,
    );
    return rows.map((tuple) => {
      const row: Record<string, unknown> = {};
      for (let index = 0; index < columns.length; index++) row[columns[index]] = tuple[index];
      return row as T;
    });
  }

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
    return this.rowsAsJson<PortfolioArticleRow>(
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
      [
        'articleId',
        'articleCode',
        'hasSettings',
        'isActive',
        'minFabricBatch',
        'minElasticBatch',
        'strictness',
        'safetyStockDays',
        'alertThresholdDays',
        'elasticMinimum',
        'elasticTypeId',
        'elasticTypeName',
        'articleTargetCoverageDays',
        'globalTargetCoverageDays',
      ],
      [articleIds, byDefault, onlyWithSettings],
    );
  }

  /** Every SKU unit with its size and NSC stock: Σ over internal warehouses (conventions §8); unordered. */
  skus(articleIds: number[]): Promise<PerArticle<PortfolioSku>[]> {
    return this.rowsAsJson<PerArticle<PortfolioSku>>(
      `SELECT su.article_id AS "articleId", su.id AS "skuUnitId", su.color_id AS "colorId", su.size_id AS "sizeId",
              sz.label AS "sizeLabel", COALESCE(sz.sort_order, 0) AS "sizeSortOrder",
              COALESCE(SUM(sb.quantity), 0)::bigint AS "nscStock", COUNT(sb.sku_unit_id) > 0 AS "heldAtNsc"
         FROM sku_unit su
         LEFT JOIN size sz ON sz.id = su.size_id
         -- One hash join with the internal balances, grouped per SKU unit, rather than a probe per SKU unit.
         LEFT JOIN (stock_balance sb JOIN warehouse w ON w.id = sb.warehouse_id AND w.type = 'internal') ON sb.sku_unit_id = su.id
        WHERE su.article_id = ANY($1::int[])
        GROUP BY su.id, sz.id`,
      ['articleId', 'skuUnitId', 'colorId', 'sizeId', 'sizeLabel', 'sizeSortOrder', 'nscStock', 'heldAtNsc'],
      [articleIds],
    );
  }

  /** Per article, the colours of its SKU units with their inner code and positive fabric minimum. */
  colors(articleIds: number[]): Promise<ArticleColorRow[]> {
    return this.rowsAsJson<ArticleColorRow>(
      `SELECT DISTINCT su.article_id AS "articleId", su.color_id AS "colorId", c.inner_code AS name, cps.fabric_min_batch_qty AS minimum
         FROM sku_unit su
         LEFT JOIN color c ON c.id = su.color_id
         LEFT JOIN color_planning_settings cps
           ON cps.article_id = su.article_id AND cps.color_id = su.color_id AND cps.fabric_min_batch_qty > 0
        WHERE su.article_id = ANY($1::int[])`,
      ['articleId', 'colorId', 'name', 'minimum'],
      [articleIds],
    );
  }

  /** Recipe colours per bundle type, with the type's name (null when the type does not exist). */
  recipes(articleIds: number[]): Promise<PerArticle<RecipeRow & { bundleTypeName: string | null }>[]> {
    return this.rowsAsJson<PerArticle<RecipeRow & { bundleTypeName: string | null }>>(
      `SELECT r.article_id AS "articleId", r.bundle_type_id AS "bundleTypeId", r.color_id AS "colorId",
              bt.id IS NOT NULL AS "bundleTypeExists", bt.name AS "bundleTypeName"
         FROM bundle_recipe r
         LEFT JOIN bundle_type bt ON bt.id = r.bundle_type_id
        WHERE r.article_id = ANY($1::int[])
        ORDER BY r.article_id, r.bundle_type_id, r.color_id`,
      ['articleId', 'bundleTypeId', 'colorId', 'bundleTypeExists', 'bundleTypeName'],
      [articleIds],
    );
  }

  /** WB stock of bundle listings (mappings with a bundle type) per (article, bundle type, size), every WB warehouse. */
  bundleListings(articleIds: number[]): Promise<PerArticle<BundleListing & { bundleTypeName: string | null }>[]> {
    return this.rowsAsJson<PerArticle<BundleListing & { bundleTypeName: string | null }>>(
      `SELECT m.article_id AS "articleId", m.bundle_type_id AS "bundleTypeId", m.size_id AS "sizeId",
              MIN(bt.name) AS "bundleTypeName", COALESCE(SUM(w.stock_qty), 0)::bigint AS "wbStock"
         FROM article_wb_mapping m
         LEFT JOIN wb_stock w ON w.wb_sku = m.wb_sku
         LEFT JOIN bundle_type bt ON bt.id = m.bundle_type_id
        WHERE m.article_id = ANY($1::int[]) AND m.bundle_type_id IS NOT NULL
        GROUP BY m.article_id, m.bundle_type_id, m.size_id`,
      ['articleId', 'bundleTypeId', 'sizeId', 'bundleTypeName', 'wbStock'],
      [articleIds],
    );
  }

  /**
   * C6 per (article, bundle type): sales of its bundle listings in the 30 days ending on their last
   * ever sale, and the span from the first to the last sales row of that window (02 §4.6).
   */
  bundleSales(articleIds: number[]): Promise<PerArticle<BundleSales>[]> {
    return this.rowsAsJson<PerArticle<BundleSales>>(
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
      ['articleId', 'bundleTypeId', 'totalSales', 'spanDays'],
      [articleIds],
    );
  }

  /**
   * C6 per (article, bundle type) of `bundleArticleIds` and C1's WB figures per article of
   * `demandArticleIds` at `targetDate`, in ONE pass over the listings' sales: each listing's rows
   * are read by a single index range covering both its bundle window and the demand window,
   * instead of once by `bundleSales` and again by `wbDemand`. Same figures as those two reads.
   * A bundle listing has no row after its last sale (≤ the anchor), so with the anchor and the
   * target date close together the range is about 30 days.
   */
  async salesFigures(
    bundleArticleIds: number[],
    demandArticleIds: number[],
    targetDate: string,
  ): Promise<{ bundleSales: PerArticle<BundleSales>[]; wbDemand: PerArticle<WbDemandFigures>[] }> {
    const rows = await this.rowsAsJson<SalesFiguresRow>(
      `WITH listing AS (
         -- (article_id, wb_sku) is unique, so each mapping is one listing of its article.
         SELECT m.article_id, m.bundle_type_id, m.wb_sku,
                m.article_id = ANY($2::int[]) AS for_demand,
                m.bundle_type_id IS NOT NULL AND m.article_id = ANY($1::int[]) AS for_bundle
           FROM article_wb_mapping m
          WHERE (m.bundle_type_id IS NOT NULL AND m.article_id = ANY($1::int[])) OR m.article_id = ANY($2::int[])
       ), last_sale AS (
         -- Each bundle listing's last sale through a backward index probe.
         SELECT l.*, last.date AS last_date
           FROM listing l
           LEFT JOIN LATERAL (
             SELECT s.date FROM wb_sales_daily s WHERE l.for_bundle AND s.wb_sku = l.wb_sku ORDER BY s.date DESC LIMIT 1
           ) last ON true
       ), anchored AS (
         SELECT l.*, g.anchor
           FROM last_sale l
           LEFT JOIN (
             SELECT article_id, bundle_type_id, MAX(last_date) AS anchor FROM last_sale WHERE for_bundle GROUP BY article_id, bundle_type_id
           ) g ON l.for_bundle AND g.article_id = l.article_id AND g.bundle_type_id = l.bundle_type_id
       ), windowed AS (
         SELECT a.article_id, a.bundle_type_id, a.wb_sku, a.for_demand, a.for_bundle, a.anchor, w.*
           FROM anchored a
           CROSS JOIN LATERAL (
             SELECT SUM(s.sales_qty) FILTER (WHERE s.date BETWEEN a.anchor - 29 AND a.anchor) AS bundle_quantity,
                    MIN(s.date) FILTER (WHERE s.date BETWEEN a.anchor - 29 AND a.anchor) AS bundle_first_day,
                    MAX(s.date) FILTER (WHERE s.date BETWEEN a.anchor - 29 AND a.anchor) AS bundle_last_day,
                    SUM(s.sales_qty) FILTER (WHERE s.date BETWEEN $3::date - 29 AND $3::date) AS demand_quantity,
                    -- Selling days as a 30-bit mask (bit k = target date − k): an article's distinct days are the popcount of the OR.
                    bit_or(1 << ($3::date - s.date)) FILTER (WHERE s.date BETWEEN $3::date - 29 AND $3::date) AS demand_days
               FROM wb_sales_daily s
              WHERE s.wb_sku = a.wb_sku
                -- LEAST/GREATEST skip NULLs: a window the listing does not need does not widen the range.
                AND s.date BETWEEN LEAST(CASE WHEN a.for_demand THEN $3::date END, a.anchor) - 29
                               AND GREATEST(CASE WHEN a.for_demand THEN $3::date END, a.anchor)
           ) w
       )
       SELECT 'bundle' AS kind, article_id AS "articleId", bundle_type_id AS "bundleTypeId",
              SUM(bundle_quantity)::bigint AS "totalSales", (MAX(bundle_last_day) - MIN(bundle_first_day) + 1) AS "spanDays",
              NULL::int AS "listingCount", NULL::int AS "daysWithSales", NULL::bigint AS "wbStock"
         FROM windowed
        WHERE for_bundle AND anchor IS NOT NULL
        GROUP BY article_id, bundle_type_id
       UNION ALL
       SELECT 'demand', w.article_id, NULL, COALESCE(SUM(w.demand_quantity), 0)::bigint, NULL,
              COUNT(*)::int, bit_count(COALESCE(bit_or(w.demand_days), 0)::bit(30))::int, COALESCE(SUM(stock.quantity), 0)::bigint
         FROM windowed w
         LEFT JOIN (
           SELECT ws.wb_sku, SUM(ws.stock_qty) AS quantity
             FROM wb_stock ws
            WHERE ws.wb_sku IN (SELECT wb_sku FROM article_wb_mapping WHERE article_id = ANY($2::int[]))
            GROUP BY ws.wb_sku
         ) stock ON stock.wb_sku = w.wb_sku
        WHERE w.for_demand
        GROUP BY w.article_id`,
      ['kind', 'articleId', 'bundleTypeId', 'totalSales', 'spanDays', 'listingCount', 'daysWithSales', 'wbStock'],
      [bundleArticleIds, demandArticleIds, targetDate],
    );
    const bundleSales: PerArticle<BundleSales>[] = [];
    const wbDemand: PerArticle<WbDemandFigures>[] = [];
    for (const row of rows) {
      if (row.kind === 'bundle') {
        bundleSales.push({ articleId: row.articleId, bundleTypeId: row.bundleTypeId!, totalSales: row.totalSales, spanDays: row.spanDays! });
      } else {
        wbDemand.push({
          articleId: row.articleId,
          listingCount: row.listingCount!,
          totalSales: row.totalSales,
          daysWithSales: row.daysWithSales!,
          wbStock: row.wbStock!,
        });
      }
    }
    return { bundleSales, wbDemand };
  }

  /**
   * C1's WB figures per article: its distinct WB SKUs (single and bundle listings), their sales in
   * the 30 days ending on the target date with the number of distinct dates having a sales row,
   * and their WB stock over every WB warehouse. A SKU mapped to several articles counts fully for each.
   */
  wbDemand(articleIds: number[], targetDate: string): Promise<PerArticle<WbDemandFigures>[]> {
    return this.rowsAsJson<PerArticle<WbDemandFigures>>(
      `SELECT m.article_id AS "articleId", COUNT(*)::int AS "listingCount", COALESCE(SUM(sales.total), 0)::bigint AS "totalSales",
              bit_count(COALESCE(bit_or(sales.days), 0)::bit(30))::int AS "daysWithSales",
              COALESCE(SUM(stock.quantity), 0)::bigint AS "wbStock"
         FROM (SELECT DISTINCT article_id, wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[])) m
         -- Summed per WB SKU first (no per-article sort of the window's rows); its selling days as a
         -- 30-bit mask (bit k = target date − k), so an article's distinct days are the popcount of the OR.
         LEFT JOIN (
           SELECT s.wb_sku, SUM(s.sales_qty) AS total, bit_or(1 << ($2::date - s.date)) AS days
             FROM wb_sales_daily s
            WHERE s.date BETWEEN $2::date - 29 AND $2::date
              AND s.wb_sku IN (SELECT wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[]))
            GROUP BY s.wb_sku
         ) sales ON sales.wb_sku = m.wb_sku
         LEFT JOIN (
           SELECT w.wb_sku, SUM(w.stock_qty) AS quantity
             FROM wb_stock w
            WHERE w.wb_sku IN (SELECT wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[]))
            GROUP BY w.wb_sku
         ) stock ON stock.wb_sku = m.wb_sku
        GROUP BY m.article_id`,
      ['articleId', 'listingCount', 'totalSales', 'daysWithSales', 'wbStock'],
      [articleIds, targetDate],
    );
  }
}
