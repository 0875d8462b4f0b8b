import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { BundleListing, BundleSales } from '../domain/article-snapshot';
import { PortfolioSku, RecipeRow, WbDemandFigures } from '../domain/portfolio-inputs';

type PerArticle<T> = T & { articleId: number };

/** `colorSettings`: [colour id, inner code] of every colour; [article, colour, minimum] of the positive fabric minima. */
export interface ColorSettingsRows {
  names: [colorId: number, innerCode: string | null][];
  minima: [articleId: number, colorId: number, minimum: number][];
}

/**
 * A row of `wbFigures`: the WB stock of one (article, bundle type, size) of bundle listings, the
 * bundle sales of one (article, bundle type), or the WB demand figures of one article.
 */
interface WbFiguresRow {
  kind: 'listing' | 'bundle' | 'demand';
  articleId: number;
  bundleTypeId: number | null;
  sizeId: number | null;
  bundleTypeName: string | null;
  totalSales: number | null;
  spanDays: number | null;
  listingCount: number | null;
  daysWithSales: number | null;
  wbStock: number | null;
}

/** The WB side of a selection, from `wbFigures`. */
export interface WbFigures {
  bundleListings: PerArticle<BundleListing & { bundleTypeName: string | null }>[];
  bundleSales: PerArticle<BundleSales>[];
  wbDemand: PerArticle<WbDemandFigures>[];
}

/** Transaction-local settings of the bulk reads (see `tuneForBulkReads`). */
const BULK_READ_SETTINGS = { jit: 'off', work_mem: '64MB' } as const;

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
   * transaction only, in one statement, and on its helper connections with their snapshot.
   */
  tuneForBulkReads(): Promise<void> {
    return this.tx.applySettings(BULK_READ_SETTINGS);
  }

  /**
   * Runs a read returning many rows as ONE row of JSON arrays, one array per column of `columns`
   * (the query's column aliases, all scalar), turned back into objects here. node-postgres builds
   * each row of the usual result through its per-field text parsers, which costs more than the
   * query itself at tens of thousands of rows, while JSON.parse reads the same values natively; a
   * JSON tuple per row would cost the server a function call per row to build. Integers, bigints
   * and numerics arrive as numbers, booleans as booleans, in the query's order.
   */
  private async rowsAsJson<T>(sql: string, columns: readonly (keyof T & string)[], parameters: unknown[]): Promise<T[]> {
    const arrays = columns.map((column, index) => `array_to_json(array_agg(result_row."${column}")) AS "${index}"`).join(', ');
    const [result]: Record<string, unknown[] | null>[] = await this.tx.manager.query(`SELECT ${arrays} FROM (${sql}) AS result_row`, parameters);
    const values = columns.map((_, index) => result[index] ?? []);
    const rows: T[] = new Array(values[0].length);
    for (let k = 0; k < rows.length; k++) {
      const row: Record<string, unknown> = {};
      for (let index = 0; index < columns.length; index++) row[columns[index]] = values[index][k];
      rows[k] = row as T;
    }
    return rows;
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

  /**
   * Every SKU unit with its size and NSC stock: Σ over internal warehouses (conventions §8);
   * unordered. The units leave the database as five parallel arrays (article, unit, colour, size,
   * stock or null when no internal warehouse holds it), and the sizes once: a JSON tuple per unit
   * costs the server a function call per row to build and the driver an array per row to parse,
   * and a size's label and order repeated on each of tens of thousands of units cost more still.
   */
  async skus(articleIds: number[]): Promise<PerArticle<PortfolioSku>[]> {
    type Column = number[] | null;
    const [{ articleIds: articles, unitIds, colorIds, sizeIds, nscStocks, sizes }]: {
      articleIds: Column;
      unitIds: Column;
      colorIds: Column;
      sizeIds: Column;
      nscStocks: Array<number | null> | null;
      sizes: [id: number, label: string | null, sortOrder: number][];
    }[] = await this.tx.manager.query(
      `SELECT array_to_json(array_agg(unit.article_id)) AS "articleIds", array_to_json(array_agg(unit.id)) AS "unitIds",
              array_to_json(array_agg(unit.color_id)) AS "colorIds", array_to_json(array_agg(unit.size_id)) AS "sizeIds",
              array_to_json(array_agg(unit.quantity)) AS "nscStocks",
              (SELECT COALESCE(json_agg(json_build_array(sz.id, sz.label, COALESCE(sz.sort_order, 0))), '[]'::json) FROM size sz) AS sizes
         FROM (SELECT su.article_id, su.id, su.color_id, su.size_id, SUM(sb.quantity)::bigint AS quantity
                 FROM sku_unit su
                 -- One hash join with the internal balances, grouped per SKU unit (NULL: no balance row).
                 LEFT JOIN (stock_balance sb JOIN warehouse w ON w.id = sb.warehouse_id AND w.type = 'internal')
                   ON sb.sku_unit_id = su.id
                WHERE su.article_id = ANY($1::int[])
                GROUP BY su.id) AS unit`,
      [articleIds],
    );
    if (!articles || !unitIds || !colorIds || !sizeIds || !nscStocks) return [];
    const sizeOf = new Map(sizes.map(([id, label, sortOrder]) => [id, { label, sortOrder }]));
    return articles.map((articleId, k) => {
      const size = sizeOf.get(sizeIds[k]);
      const nscStock = nscStocks[k];
      return {
        articleId,
        skuUnitId: unitIds[k],
        colorId: colorIds[k],
        sizeId: sizeIds[k],
        // A missing size row: no label, order 0.
        sizeLabel: size?.label ?? null,
        sizeSortOrder: size?.sortOrder ?? 0,
        nscStock: nscStock ?? 0,
        heldAtNsc: nscStock !== null,
      };
    });
  }

  /**
   * What the proposal reads of colours besides the SKU units: every colour's inner code, and the
   * positive fabric minima of the articles' (article, colour) settings. Which colours an article
   * has comes from its SKU units, already loaded: no second pass over them here.
   */
  async colorSettings(articleIds: number[]): Promise<ColorSettingsRows> {
    const [row]: ColorSettingsRows[] = await this.tx.manager.query(
      `SELECT (SELECT COALESCE(json_agg(json_build_array(c.id, c.inner_code)), '[]'::json) FROM color c) AS names,
              (SELECT COALESCE(json_agg(json_build_array(cps.article_id, cps.color_id, cps.fabric_min_batch_qty)), '[]'::json)
                 FROM color_planning_settings cps
                WHERE cps.article_id = ANY($1::int[]) AND cps.fabric_min_batch_qty > 0) AS minima`,
      [articleIds],
    );
    return row;
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

  /**
   * The WB side of a selection in ONE statement: for `bundleArticleIds`, the WB stock of their
   * bundle listings and C6 bundle sales (02 §4.6); for `demandArticleIds`, C1's WB figures at
   * `targetDate` (02 §4.1). Each mapping is read once for all three.
   *
   * - Bundle listings: the mappings with a bundle type, their WB stock over every WB warehouse per
   *   (article, bundle type, size).
   * - C6: the 30 days ending on the anchor, the last sale of any of the bundle type's listings,
   *   summed over those listings; its span runs from the window's first to its last day with a
   *   sales row. Read from the listings' tails (`wb_sales_tail`: the 30 days ending on each
   *   listing's own last sale), one row per listing.
   * - C1: the listings of the article (single and bundle), their sales in the 30 days ending on
   *   the target date, the distinct dates with a sales row, and their WB stock over every WB
   *   warehouse. A SKU mapped to several articles counts fully for each. Read from the tails,
   *   except for listings with sales after the target date (a past date): from their month rows.
   *
   * A month row or tail gives its share of a window as a difference of running sums and its days
   * as a bit mask (bit i = window start + i), never reading day rows.
   */
  async wbFigures(bundleArticleIds: number[], demandArticleIds: number[], targetDate: string | null): Promise<WbFigures> {
    const rows = await this.rowsAsJson<WbFiguresRow>(
      `WITH bundle_article AS (
         SELECT DISTINCT unnest($1::int[]) AS article_id
       ), demand_article AS (
         SELECT DISTINCT unnest($2::int[]) AS article_id
       ), listing AS MATERIALIZED (
         -- (article_id, wb_sku) is unique, so each mapping is one listing of its article. Hash joins
         -- with the id sets: = ANY(array) would compare every mapping with every id.
         SELECT m.article_id, m.bundle_type_id, m.size_id, m.wb_sku, d.article_id IS NOT NULL AS for_demand,
                m.bundle_type_id IS NOT NULL AND b.article_id IS NOT NULL AS for_bundle
           FROM article_wb_mapping m
           LEFT JOIN bundle_article b ON b.article_id = m.article_id
           LEFT JOIN demand_article d ON d.article_id = m.article_id
          WHERE (m.bundle_type_id IS NOT NULL AND b.article_id IS NOT NULL) OR d.article_id IS NOT NULL
       ), bundle_listing AS (
         SELECT l.article_id, l.bundle_type_id, l.size_id, COALESCE(SUM(ws.stock_qty), 0)::bigint AS wb_stock
           FROM listing l
           LEFT JOIN wb_stock ws ON ws.wb_sku = l.wb_sku
          WHERE l.for_bundle
          GROUP BY l.article_id, l.bundle_type_id, l.size_id
       ), bundle_tail AS (
         SELECT l.article_id, l.bundle_type_id, t.last_sale_date, t.running, t.sale_days,
                MAX(t.last_sale_date) OVER (PARTITION BY l.article_id, l.bundle_type_id) AS anchor
           FROM listing l
           JOIN wb_sales_tail t ON t.wb_sku = l.wb_sku
          WHERE l.for_bundle
       ), bundle AS (
         -- A listing's share of the window ending on the anchor is its tail without the first (anchor - last sale) days.
         SELECT article_id, bundle_type_id,
                SUM(running[30] - COALESCE(running[anchor - last_sale_date], 0))::bigint AS total,
                bit_or(sale_days >> (anchor - last_sale_date))::bit(30)::text AS days
           FROM bundle_tail
          WHERE anchor - last_sale_date < 30
          GROUP BY article_id, bundle_type_id
       ), demand_share AS (
         -- A listing whose last sale L is on or before the target T: its share of the window is
         -- its tail without the first T - L days, as for the bundle anchor.
         SELECT l.article_id, t.running[30] - COALESCE(t.running[$3::date - t.last_sale_date], 0) AS quantity,
                t.sale_days::bigint >> ($3::date - t.last_sale_date) AS days
           FROM listing l
           JOIN wb_sales_tail t ON t.wb_sku = l.wb_sku
          WHERE l.for_demand AND t.last_sale_date <= $3::date AND $3::date - t.last_sale_date < 30
         UNION ALL
         -- One with sales after the target (a past target date): the month rows overlapping the window.
         SELECT l.article_id, share.quantity, share.days
           FROM listing l
           JOIN wb_sales_tail t ON t.wb_sku = l.wb_sku AND t.last_sale_date > $3::date
          CROSS JOIN LATERAL (
            SELECT * FROM wb_sales_month m WHERE m.wb_sku = l.wb_sku AND m.month BETWEEN date_trunc('month', $3::date - 29)::date AND $3::date
          ) m
          CROSS JOIN LATERAL (${windowShareSql('m', '($3::date - 29)')}) share
          WHERE l.for_demand AND share.quantity IS NOT NULL
       ), demand_sales AS (
         SELECT article_id, SUM(quantity)::bigint AS total, bit_count(bit_or(days)::bit(30))::int AS days
           FROM demand_share
          GROUP BY article_id
       ), demand_stock AS (
         -- Straight to one sum per article: no per-listing aggregate to build and join back.
         SELECT l.article_id, SUM(ws.stock_qty)::bigint AS quantity
           FROM listing l
           JOIN wb_stock ws ON ws.wb_sku = l.wb_sku
          WHERE l.for_demand
          GROUP BY l.article_id
       )
       SELECT 'listing' AS kind, bl.article_id AS "articleId", bl.bundle_type_id AS "bundleTypeId", bl.size_id AS "sizeId",
              bt.name AS "bundleTypeName", NULL::bigint AS "totalSales", NULL::int AS "spanDays",
              NULL::int AS "listingCount", NULL::int AS "daysWithSales", bl.wb_stock AS "wbStock"
         FROM bundle_listing bl
         LEFT JOIN bundle_type bt ON bt.id = bl.bundle_type_id
       UNION ALL
       -- The window's bit i is its (i+1)-th day: leading zeros of the 30-bit text are days after the last sale, trailing ones days before the first.
       SELECT 'bundle', article_id, bundle_type_id, NULL, NULL, total,
              (30 - (strpos(days, '1') - 1)) - (length(days) - length(rtrim(days, '0'))),
              NULL, NULL, NULL
         FROM bundle
        WHERE strpos(days, '1') > 0
       UNION ALL
       SELECT 'demand', l.article_id, NULL, NULL, NULL, COALESCE(MIN(ds.total), 0), NULL,
              COUNT(*)::int, COALESCE(MIN(ds.days), 0), COALESCE(MIN(st.quantity), 0)
         FROM listing l
         LEFT JOIN demand_sales ds ON ds.article_id = l.article_id
         LEFT JOIN demand_stock st ON st.article_id = l.article_id
        WHERE l.for_demand
        GROUP BY l.article_id`,
      ['kind', 'articleId', 'bundleTypeId', 'sizeId', 'bundleTypeName', 'totalSales', 'spanDays', 'listingCount', 'daysWithSales', 'wbStock'],
      [bundleArticleIds, demandArticleIds, targetDate],
    );
    const figures: WbFigures = { bundleListings: [], bundleSales: [], wbDemand: [] };
    for (const row of rows) {
      if (row.kind === 'listing') {
        figures.bundleListings.push({
          articleId: row.articleId,
          bundleTypeId: row.bundleTypeId!,
          sizeId: row.sizeId,
          bundleTypeName: row.bundleTypeName,
          wbStock: row.wbStock!,
        });
      } else if (row.kind === 'bundle') {
        figures.bundleSales.push({ articleId: row.articleId, bundleTypeId: row.bundleTypeId!, totalSales: row.totalSales!, spanDays: row.spanDays! });
      } else {
        figures.wbDemand.push({
          articleId: row.articleId,
          listingCount: row.listingCount!,
          totalSales: row.totalSales!,
          daysWithSales: row.daysWithSales!,
          wbStock: row.wbStock!,
        });
      }
    }
    return figures;
  }
}

/**
 * The share of the 30-day window starting on `firstDay` held by month row `m` (running sums and
 * day mask of `wb_sales_month`): its sales, and its days with a sales row as window bits (bit i =
 * firstDay + i); both NULL when the month and the window do not overlap. Days a..b of the month
 * are in the window.
 */
function windowShareSql(m: string, firstDay: string): string {
  return `SELECT CASE WHEN span.a <= span.b THEN ${m}.running[span.b] - COALESCE(${m}.running[span.a - 1], 0) END AS quantity,
                 CASE WHEN span.a <= span.b
                      THEN ((${m}.sale_days::bigint & ((1::bigint << span.b) - (1::bigint << (span.a - 1)))) >> (span.a - 1))
                           << (${m}.month + span.a - 1 - ${firstDay}) END AS days
            FROM (SELECT GREATEST(${firstDay} - ${m}.month + 1, 1) AS a,
                         LEAST(${firstDay} + 29 - ${m}.month + 1, cardinality(${m}.running)) AS b) span`;
}
