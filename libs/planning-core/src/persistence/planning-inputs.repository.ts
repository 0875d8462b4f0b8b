import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import {
  ArticleSettingsRow,
  GlobalSettingsRow,
  LegacyPlanningSettingsRow,
  Stage,
  StoredArticleData,
  StoredBundleType,
  StoredSku,
  StoredWbHistory,
  StoredWbMapping,
  StoredWbStock,
} from '../domain';
import { addDays, daysBetween } from '../domain/numeric';

/** Columns of `article_planning_settings` as `ArticleSettingsRow` (05 §2.2). */
const ARTICLE_SETTINGS_COLUMNS = `
  article_id AS "articleId",
  include_in_planning AS "includeInPlanning", priority, target_coverage_days AS "targetCoverageDays",
  lead_time_days AS "leadTimeDays", service_level_percent AS "serviceLevelPercent",
  production_order_freshness_sales_stale_after_days AS "freshnessSalesStaleAfterDays",
  production_order_freshness_stock_stale_after_days AS "freshnessStockStaleAfterDays",
  production_order_assorti_bundle_type_ids AS "assortiBundleTypeIds",
  production_order_production_cost_per_unit AS "productionCostPerUnit",
  production_order_logistics_cost_per_unit AS "logisticsCostPerUnit",
  production_order_available_capital AS "availableCapital",
  production_order_lead_time_production_days AS "leadTimeProductionDays",
  production_order_lead_time_china_to_nsk_days AS "leadTimeChinaToNskDays",
  production_order_lead_time_packaging_days AS "leadTimePackagingDays",
  production_order_lead_time_nsk_to_wb_days AS "leadTimeNskToWbDays",
  production_order_review_period_days AS "reviewPeriodDays",
  production_order_safety_stock_method AS "safetyStockMethod",
  production_order_safety_stock_days AS "safetyStockDays",
  production_order_alert_threshold_days AS "alertThresholdDays",
  production_order_overstock_cover_days AS "overstockCoverDays",
  production_order_order_multiple AS "orderMultiple"`;

/** The global row (lowest id) as `GlobalSettingsRow` (05 §2.3). */
const GLOBAL_SETTINGS_SQL = `
  SELECT default_target_coverage_days AS "defaultTargetCoverageDays", default_lead_time_days AS "defaultLeadTimeDays",
         default_service_level_percent AS "defaultServiceLevelPercent", default_fabric_min_batch_qty AS "defaultFabricMinBatchQty",
         default_elastic_min_batch_qty AS "defaultElasticMinBatchQty",
         default_production_order_assorti_bundle_type_ids AS "assortiBundleTypeIds",
         default_production_order_production_cost_per_unit AS "productionCostPerUnit",
         default_production_order_logistics_cost_per_unit AS "logisticsCostPerUnit",
         default_production_order_available_capital AS "availableCapital",
         default_production_order_lead_time_production_days AS "leadTimeProductionDays",
         default_production_order_lead_time_china_to_nsk_days AS "leadTimeChinaToNskDays",
         default_production_order_lead_time_packaging_days AS "leadTimePackagingDays",
         default_production_order_lead_time_nsk_to_wb_days AS "leadTimeNskToWbDays",
         default_production_order_review_period_days AS "reviewPeriodDays",
         default_production_order_safety_stock_method AS "safetyStockMethod",
         default_production_order_safety_stock_days AS "safetyStockDays",
         default_production_order_alert_threshold_days AS "alertThresholdDays",
         default_production_order_overstock_cover_days AS "overstockCoverDays",
         default_production_order_order_multiple AS "orderMultiple"
    FROM global_planning_settings ORDER BY id LIMIT 1`;

type Keyed<T> = T & { articleId: number };

/** The sales window of a from-WB run and the import watermarks it was derived from (05 §4.4.2). */
export interface WbImportWatermarks {
  /** Largest `wb_sales_daily.date` ≤ day 0, over the whole table. */
  importWatermark: string | null;
  /** Largest `wb_sales_daily.date` of the whole table. */
  latestImportDate: string | null;
}

function groupBy<T extends { articleId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.articleId);
    if (list) list.push(row);
    else groups.set(row.articleId, [row]);
  }
  return groups;
}

/**
 * Rows of a query ordered by listing, grouped once by `wbSku`, so each article gathers the rows of
 * its own listings instead of scanning every row (a portfolio has N articles × their listings' rows).
 * An article's rows come back in query order, exactly as a filter of the whole result would give them.
 */
function indexByListing<T extends { wbSku: string }>(rows: T[]): (listings: Set<string>) => T[] {
  const groups: { wbSku: string; rows: T[] }[] = [];
  const byListing = new Map<string, T[]>();
  for (const row of rows) {
    const group = byListing.get(row.wbSku);
    if (group) group.push(row);
    else {
      const fresh = [row];
      byListing.set(row.wbSku, fresh);
      groups.push({ wbSku: row.wbSku, rows: fresh });
    }
  }
  return indexListingGroups(groups);
}

/** `indexByListing` of rows already grouped per listing, groups in query order. */
function indexListingGroups<T>(groups: readonly { wbSku: string; rows: T[] }[]): (listings: Set<string>) => T[] {
  const byListing = new Map(groups.map((group, order) => [group.wbSku, { order, rows: group.rows }]));
  return (listings) => {
    const own: { order: number; rows: T[] }[] = [];
    for (const listing of listings) {
      const group = byListing.get(listing);
      if (group) own.push(group);
    }
    own.sort((a, b) => a.order - b.order);
    const rows: T[] = [];
    for (const group of own) for (const row of group.rows) rows.push(row);
    return rows;
  };
}

/** The WB history of all listings of a load, sales and stock rows grouped per listing in query order. */
interface LoadedWbHistory extends WbImportWatermarks {
  latestSales: { wbSku: string; date: string }[];
  sales: { wbSku: string; rows: StoredWbHistory['sales'] }[];
  stockDaily: { wbSku: string; rows: StoredWbHistory['stockDaily'] }[];
}

function strip<T extends { articleId: number }>(row: T): Omit<T, 'articleId'> {
  const { articleId: _articleId, ...rest } = row;
  void _articleId;
  return rest;
}

/**
 * Everything a proposal reads (05 §2.9), loaded for a set of articles with a fixed number of
 * statements whatever the number of articles, SKUs or listings (05 §7.1): every filter is an
 * array parameter.
 */
@Injectable()
export class PlanningInputsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The database clock: the business today in the planning time zone and now as an ISO instant (ms). */
  async clock(timeZone: string): Promise<{ today: string; now: string }> {
    const rows: { today: string; now: Date }[] = await this.tx.manager.query(
      `SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS today, date_trunc('milliseconds', now()) AS now`,
      [timeZone],
    );
    return { today: rows[0].today, now: rows[0].now.toISOString() };
  }

  /** `{id, code}` of the given articles that exist. */
  async findArticles(articleIds: number[]): Promise<Map<number, { id: number; code: string }>> {
    const rows: { id: number; code: string }[] = await this.tx.manager.query(`SELECT id, code FROM article WHERE id = ANY($1::int[])`, [articleIds]);
    return new Map(rows.map((row) => [row.id, row]));
  }

  async loadSettingsRows(articleIds: number[]): Promise<{
    articles: Map<number, ArticleSettingsRow>;
    planningSettings: Map<number, LegacyPlanningSettingsRow>;
    global: GlobalSettingsRow | null;
  }> {
    // One statement after the other: a transaction's connection runs one query at a time anyway.
    const articles = await this.query<Keyed<ArticleSettingsRow>>(
      `SELECT ${ARTICLE_SETTINGS_COLUMNS} FROM article_planning_settings WHERE article_id = ANY($1::int[])`,
      [articleIds],
    );
    const legacy = await this.query<Keyed<LegacyPlanningSettingsRow>>(
      `SELECT article_id AS "articleId", safety_stock_days AS "safetyStockDays", alert_threshold_days AS "alertThresholdDays"
         FROM planning_settings WHERE article_id = ANY($1::int[])`,
      [articleIds],
    );
    const global = await this.query<GlobalSettingsRow>(GLOBAL_SETTINGS_SQL, []);
    return {
      articles: new Map(articles.map((row) => [row.articleId, strip(row) as ArticleSettingsRow])),
      planningSettings: new Map(legacy.map((row) => [row.articleId, strip(row) as LegacyPlanningSettingsRow])),
      global: global[0] ?? null,
    };
  }

  /**
   * Stored data of the given (existing) articles; `wbHistoryWindow` set loads the WB sales and
   * stock history of that window as well (from-WB runs).
   */
  async loadArticleData(
    articles: Map<number, { id: number; code: string }>,
    timeZone: string,
    wbHistory: { window: { start: string; end: string }; watermarks: WbImportWatermarks } | null,
  ): Promise<Map<number, StoredArticleData>> {
    const ids = [...articles.keys()];
    const settings = await this.loadSettingsRows(ids);
    const skus = await this.query<Keyed<StoredSku>>(
      `SELECT su.article_id AS "articleId", su.id AS "skuUnitId", su.color_id AS "colorId", su.size_id AS "sizeId",
              s.sort_order AS "sizeSortOrder", c.pantone_code AS "pantoneCode"
         FROM sku_unit su JOIN size s ON s.id = su.size_id JOIN color c ON c.id = su.color_id
        WHERE su.article_id = ANY($1::int[])
        ORDER BY su.article_id, su.color_id, s.sort_order, su.size_id`,
      [ids],
    );
    const bundleTypes = await this.query<Keyed<StoredBundleType>>(
      `SELECT r.article_id AS "articleId", bt.id, bt.is_assorti AS "isAssorti", bt.pieces,
              array_agg(r.color_id ORDER BY r.color_id) AS "recipeColorIds"
         FROM bundle_recipe r JOIN bundle_type bt ON bt.id = r.bundle_type_id
        WHERE r.article_id = ANY($1::int[])
        GROUP BY r.article_id, bt.id
        ORDER BY r.article_id, bt.id`,
      [ids],
    );
    const colorMins = await this.query<Keyed<{ colorId: number; fabricMinBatchQty: number | null }>>(
      `SELECT article_id AS "articleId", color_id AS "colorId", fabric_min_batch_qty AS "fabricMinBatchQty"
         FROM color_planning_settings WHERE article_id = ANY($1::int[]) ORDER BY article_id, color_id`,
      [ids],
    );
    const elasticSettings = await this.query<Keyed<{ elasticTypeId: number; elasticMinBatchQty: number | null }>>(
      `SELECT article_id AS "articleId", elastic_type_id AS "elasticTypeId", elastic_min_batch_qty AS "elasticMinBatchQty"
         FROM elastic_planning_settings WHERE article_id = ANY($1::int[]) ORDER BY article_id, elastic_type_id`,
      [ids],
    );
    const bindings = await this.query<Keyed<{ elasticTypeId: number; colorId: number | null; skuUnitId: number | null; isActive: boolean }>>(
      `SELECT article_id AS "articleId", elastic_type_id AS "elasticTypeId", color_id AS "colorId", sku_unit_id AS "skuUnitId", is_active AS "isActive"
         FROM production_order_elastic_bindings WHERE article_id = ANY($1::int[])
        ORDER BY article_id, elastic_type_id, color_id NULLS FIRST, sku_unit_id NULLS FIRST`,
      [ids],
    );
    const sizeWeights = await this.query<Keyed<{ sizeId: number; weight: number }>>(
      `SELECT article_id AS "articleId", size_id AS "sizeId", weight
         FROM production_order_size_weight_settings WHERE article_id = ANY($1::int[]) ORDER BY article_id, size_id`,
      [ids],
    );
    const inFlight = await this.query<Keyed<{ colorId: number; sizeId: number; qty: number; etaDays: number; stage: Stage; isActive: boolean }>>(
      `SELECT article_id AS "articleId", color_id AS "colorId", size_id AS "sizeId", qty, eta_days AS "etaDays", stage, is_active AS "isActive"
         FROM production_order_in_flight_defaults WHERE article_id = ANY($1::int[])
        ORDER BY article_id, color_id, size_id, stage, eta_days`,
      [ids],
    );
    const onHand = await this.query<{ articleId: number; skuUnitId: number; quantity: number }>(
      `SELECT su.article_id AS "articleId", sb.sku_unit_id AS "skuUnitId", sum(sb.quantity)::int AS quantity
         FROM stock_balance sb JOIN sku_unit su ON su.id = sb.sku_unit_id JOIN warehouse w ON w.id = sb.warehouse_id
        WHERE su.article_id = ANY($1::int[]) AND w.type = 'internal'
        GROUP BY su.article_id, sb.sku_unit_id`,
      [ids],
    );
    const nscBundles = await this.query<Keyed<{ bundleTypeId: number; sizeId: number; quantity: number }>>(
      `SELECT b.article_id AS "articleId", b.bundle_type_id AS "bundleTypeId", b.size_id AS "sizeId", sum(b.quantity)::int AS quantity
         FROM bundle_stock_balance b JOIN warehouse w ON w.id = b.warehouse_id
        WHERE b.article_id = ANY($1::int[]) AND w.type = 'internal'
        GROUP BY b.article_id, b.bundle_type_id, b.size_id
        ORDER BY b.article_id, b.bundle_type_id, b.size_id`,
      [ids],
    );
    const mappings = await this.query<Keyed<StoredWbMapping>>(
      `SELECT article_id AS "articleId", wb_sku AS "wbSku", bundle_type_id AS "bundleTypeId", size_id AS "sizeId"
         FROM article_wb_mapping WHERE article_id = ANY($1::int[]) ORDER BY article_id, wb_sku`,
      [ids],
    );
    const listings = [...new Set(mappings.map((mapping) => mapping.wbSku))];
    const wbStock = await this.loadWbStock(listings, timeZone);
    const history = wbHistory ? await this.loadWbHistory(listings, wbHistory) : null;

    const byArticle = {
      skus: groupBy(skus),
      bundleTypes: groupBy(bundleTypes),
      colorMins: groupBy(colorMins),
      elasticSettings: groupBy(elasticSettings),
      bindings: groupBy(bindings),
      sizeWeights: groupBy(sizeWeights),
      inFlight: groupBy(inFlight),
      onHand: groupBy(onHand),
      nscBundles: groupBy(nscBundles),
      mappings: groupBy(mappings),
    };
    const wbStockOf = indexByListing(wbStock);
    const historyOf = history ? this.historyIndex(history) : null;
    const result = new Map<number, StoredArticleData>();
    for (const article of articles.values()) {
      const rows = <T extends { articleId: number }>(groups: Map<number, T[]>) => (groups.get(article.id) ?? []).map(strip);
      const articleMappings = rows(byArticle.mappings) as StoredWbMapping[];
      const articleListings = new Set(articleMappings.map((mapping) => mapping.wbSku));
      result.set(article.id, {
        article,
        settings: {
          article: settings.articles.get(article.id) ?? null,
          planningSettings: settings.planningSettings.get(article.id) ?? null,
          global: settings.global,
        },
        skus: rows(byArticle.skus) as StoredSku[],
        bundleTypes: rows(byArticle.bundleTypes) as StoredBundleType[],
        onHandBySkuUnitId: Object.fromEntries((byArticle.onHand.get(article.id) ?? []).map((row) => [row.skuUnitId, row.quantity])),
        nscBundles: rows(byArticle.nscBundles) as StoredArticleData['nscBundles'],
        colorFabricMins: rows(byArticle.colorMins) as StoredArticleData['colorFabricMins'],
        elasticSettings: rows(byArticle.elasticSettings) as StoredArticleData['elasticSettings'],
        elasticBindings: rows(byArticle.bindings) as StoredArticleData['elasticBindings'],
        adminSizeWeights: rows(byArticle.sizeWeights) as StoredArticleData['adminSizeWeights'],
        adminInFlightDefaults: rows(byArticle.inFlight) as StoredArticleData['adminInFlightDefaults'],
        wbMappings: articleMappings,
        wbStock: wbStockOf(articleListings),
        wbHistory: historyOf ? historyOf(articleListings) : null,
      });
    }
    return result;
  }

  /** Statement 15 of 05 §7.1: the import watermark ≤ day 0 and the latest import date, over the whole table. */
  async loadImportWatermarks(day0: string): Promise<WbImportWatermarks> {
    const rows: WbImportWatermarks[] = await this.tx.manager.query(
      `SELECT to_char((SELECT max(date) FROM wb_sales_daily WHERE date <= $1::date), 'YYYY-MM-DD') AS "importWatermark",
              to_char((SELECT max(date) FROM wb_sales_daily), 'YYYY-MM-DD') AS "latestImportDate"`,
      [day0],
    );
    return rows[0];
  }

  /** Σ WB stock per listing and the business date of its latest update. */
  private loadWbStock(listings: string[], timeZone: string): Promise<StoredWbStock[]> {
    if (listings.length === 0) return Promise.resolve([]);
    return this.query<StoredWbStock>(
      `SELECT wb_sku AS "wbSku", sum(stock_qty)::int AS "stockQty",
              to_char((max(updated_at) AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS "lastUpdatedDate"
         FROM wb_stock WHERE wb_sku = ANY($1::text[]) GROUP BY wb_sku ORDER BY wb_sku`,
      [listings, timeZone],
    );
  }

  private async loadWbHistory(
    listings: string[],
    wb: { window: { start: string; end: string }; watermarks: WbImportWatermarks },
  ): Promise<LoadedWbHistory> {
    const latestSales = await this.query<{ wbSku: string; date: string }>(
      `SELECT wb_sku AS "wbSku", to_char(max(date), 'YYYY-MM-DD') AS date FROM wb_sales_daily WHERE wb_sku = ANY($1::text[]) GROUP BY wb_sku`,
      [listings],
    );
    // One row per listing with the window's days as offsets from its start and the quantities as
    // parallel JSON arrays: a portfolio reads ~30 days × 18,000 listings per table, and one row per
    // day costs far more on the wire and in the driver than the same values in two arrays (JSON,
    // because the driver parses it natively; Postgres array text is parsed character by character).
    const windowDays = daysBetween(wb.window.start, wb.window.end) + 1;
    const dates = Array.from({ length: Math.max(windowDays, 0) }, (_, k) => addDays(wb.window.start, k));
    const perListing = async <Row>(table: 'wb_sales_daily' | 'wb_stock_daily', column: 'sales_qty' | 'stock_qty', row: (wbSku: string, date: string, qty: number) => Row) => {
      const compact = await this.query<{ wbSku: string; days: number[]; quantities: number[] }>(
        `SELECT wb_sku AS "wbSku", array_to_json(array_agg(date - $2::date)) AS days, array_to_json(array_agg(${column})) AS quantities
           FROM ${table} WHERE wb_sku = ANY($1::text[]) AND date BETWEEN $2::date AND $3::date
          GROUP BY wb_sku ORDER BY wb_sku`,
        [listings, wb.window.start, wb.window.end],
      );
      // Both arrays of a group follow the same row order; the days are put in date order here
      // (one row per listing and date: the table's unique key), which spares the server a sort.
      return compact.map(({ wbSku, days, quantities }) => {
        const byDay: (Row | undefined)[] = new Array(dates.length);
        days.forEach((day, k) => (byDay[day] = row(wbSku, dates[day], quantities[k])));
        return { wbSku, rows: byDay.filter((entry): entry is Row => entry !== undefined) };
      });
    };
    const sales = await perListing('wb_sales_daily', 'sales_qty', (wbSku, date, salesQty) => ({ wbSku, date, salesQty }));
    const stockDaily = await perListing('wb_stock_daily', 'stock_qty', (wbSku, date, stockQty) => ({ wbSku, date, stockQty }));
    return { ...wb.watermarks, latestSales, sales, stockDaily };
  }

  /** The history of one article's listings, from rows grouped once per listing. */
  private historyIndex(history: LoadedWbHistory): (listings: Set<string>) => StoredWbHistory {
    const latestSalesOf = indexByListing(history.latestSales);
    const salesOf = indexListingGroups(history.sales);
    const stockDailyOf = indexListingGroups(history.stockDaily);
    return (listings) => ({
      importWatermark: history.importWatermark,
      latestImportDate: history.latestImportDate,
      latestSaleDateByWbSku: Object.fromEntries(latestSalesOf(listings).map((row) => [row.wbSku, row.date])),
      sales: salesOf(listings),
      stockDaily: stockDailyOf(listings),
    });
  }

  private query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.tx.manager.query(sql, parameters);
  }
}
