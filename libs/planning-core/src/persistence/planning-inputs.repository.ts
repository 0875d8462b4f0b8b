import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import {
  ArticleSettingsRow,
  GlobalSettingsRow,
  LegacyPlanningSettingsRow,
  Stage,
  StoredArticleData,
  StoredBundleType,
  StoredWbHistory,
  StoredWbMapping,
  StoredWbStock,
  WbListingDays,
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

/** One listing's window rows: day offsets from the window start and the quantities, in parallel. */
interface CompactListing {
  wbSku: string;
  days: number[] | null;
  quantities: number[] | null;
}

/** The WB history of all listings of a load, each listing with its position in query order. */
interface LoadedWbHistory {
  dates: string[];
  sales: Map<string, CompactListing & { latest: string; order: number }>;
  stockDaily: Map<string, CompactListing & { order: number }>;
}

/** A listing's sales rows inside a window of `windowDays` days from its month rows ([offset of the month's first day from the window start, daily quantities]). */
function windowDaysOf(months: [number, Array<number | null>][], windowDays: number): Pick<CompactListing, 'days' | 'quantities'> {
  const days: number[] = [];
  const quantities: number[] = [];
  for (const [monthOffset, daily] of months) {
    for (let k = Math.max(0, -monthOffset); k < daily.length && monthOffset + k < windowDays; k++) {
      const quantity = daily[k];
      if (quantity !== null) {
        days.push(monthOffset + k);
        quantities.push(quantity);
      }
    }
  }
  return days.length > 0 ? { days, quantities } : { days: null, quantities: null };
}

/** The positions of `days` in date order, or null when already sorted (the aggregate usually follows the index). */
function dateOrder(days: number[]): number[] | null {
  for (let k = 1; k < days.length; k++) {
    if (days[k] < days[k - 1]) return days.map((_, j) => j).sort((a, b) => days[a] - days[b]);
  }
  return null;
}

/** The given listings with their days as dates, listings in query order and each listing's days in date order. */
function listingDaysOf(groups: (CompactListing & { order: number })[], dates: string[]): WbListingDays[] {
  groups.sort((a, b) => a.order - b.order);
  const listings: WbListingDays[] = [];
  for (const { wbSku, days, quantities } of groups) {
    if (!days || !quantities || days.length === 0) continue;
    const order = dateOrder(days);
    listings.push(
      order
        ? { wbSku, dates: order.map((k) => dates[days[k]]), quantities: order.map((k) => quantities[k]) }
        : { wbSku, dates: days.map((day) => dates[day]), quantities },
    );
  }
  return listings;
}

function windowLength(window: { start: string; end: string }): number {
  return Math.max(daysBetween(window.start, window.end) + 1, 0);
}

/** The loaded listings keyed by `wb_sku`, each with its position in query order, and the window's dates. */
function indexWbHistory(
  window: { start: string; end: string },
  sales: Array<CompactListing & { latest: string }>,
  stockDaily: CompactListing[],
): LoadedWbHistory {
  const dates = Array.from({ length: windowLength(window) }, (_, k) => addDays(window.start, k));
  const index = <T extends CompactListing>(rows: T[]) => new Map(rows.map((row, order) => [row.wbSku, { ...row, order }]));
  return { dates, sales: index(sales), stockDaily: index(stockDaily) };
}

type CatalogRows = Awaited<ReturnType<PlanningInputsRepository['loadCatalogRows']>>;

/** WB stock per listing and, for a from-WB load, the window's sales. */
interface WbLane {
  wbStock: Map<number, StoredWbStock[]>;
  sales: Array<CompactListing & { latest: string }> | null;
}

/** The WB history of one article's listings (its distinct mapped `wb_sku`s). */
function historyOf(mappings: StoredWbMapping[], history: LoadedWbHistory | null, watermarks: WbImportWatermarks): StoredWbHistory {
  const sales: (CompactListing & { latest: string; order: number })[] = [];
  const stockDaily: (CompactListing & { order: number })[] = [];
  if (history) {
    for (const wbSku of new Set(mappings.map((mapping) => mapping.wbSku))) {
      const listingSales = history.sales.get(wbSku);
      if (listingSales) sales.push(listingSales);
      const listingStock = history.stockDaily.get(wbSku);
      if (listingStock) stockDaily.push(listingStock);
    }
  }
  const dates = history?.dates ?? [];
  const salesDays = listingDaysOf(sales, dates);
  const latestSaleDateByWbSku: Record<string, string> = {};
  for (const listing of sales) latestSaleDateByWbSku[listing.wbSku] = listing.latest;
  return {
    importWatermark: watermarks.importWatermark,
    latestImportDate: watermarks.latestImportDate,
    latestSaleDateByWbSku,
    sales: salesDays,
    stockDaily: listingDaysOf(stockDaily, dates),
  };
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
   * stock history of that window as well (from-WB runs). `sideBySide` (for many articles) reads in
   * up to three lanes of about equal cost, side by side on one snapshot where the transaction
   * allows it: the catalog rows; WB stock and sales; the daily WB stock. A single article's reads
   * are too small to gain from the helper connections' extra round trips.
   */
  async loadArticleData(
    articles: Map<number, { id: number; code: string }>,
    timeZone: string,
    wbHistory: { window: { start: string; end: string }; watermarks: WbImportWatermarks } | null,
    options: { sideBySide?: boolean } = {},
  ): Promise<Map<number, StoredArticleData>> {
    const ids = [...articles.keys()];
    const lanes: [() => Promise<CatalogRows>, () => Promise<WbLane>, () => Promise<CompactListing[] | null>] = [
      () => this.loadCatalogRows(ids),
      async () => ({ wbStock: await this.loadWbStock(ids, timeZone), sales: wbHistory ? await this.loadWbSales(ids, wbHistory.window) : null }),
      async () => (wbHistory ? this.loadWbStockDaily(ids, wbHistory.window) : null),
    ];
    const [catalog, wb, stockDaily] = !options.sideBySide
      ? [await lanes[0](), await lanes[1](), await lanes[2]()]
      : wbHistory
        ? await this.tx.readSideBySide(lanes)
        : ([...(await this.tx.readSideBySide([lanes[0], lanes[1]])), null] as const);
    const { settings, skus, bundleTypes, colorMins, elasticSettings, bindings, sizeWeights, inFlight, onHand, nscBundles, mappings } = catalog;
    const { wbStock } = wb;
    const history = wbHistory && wb.sales && stockDaily ? indexWbHistory(wbHistory.window, wb.sales, stockDaily) : null;

    const byArticle = {
      bundleTypes: groupBy(bundleTypes),
      colorMins: groupBy(colorMins),
      elasticSettings: groupBy(elasticSettings),
      bindings: groupBy(bindings),
      sizeWeights: groupBy(sizeWeights),
      inFlight: groupBy(inFlight),
    };
    const onHandOf = new Map(onHand.map((row) => [row.articleId, row.quantities]));
    const result = new Map<number, StoredArticleData>();
    for (const article of articles.values()) {
      const rows = <T extends { articleId: number }>(groups: Map<number, T[]>) => (groups.get(article.id) ?? []).map(strip);
      const wbMappings: StoredWbMapping[] = (mappings.get(article.id) ?? []).map(([wbSku, bundleTypeId, sizeId]) => ({ wbSku, bundleTypeId, sizeId }));
      result.set(article.id, {
        article,
        settings: {
          article: settings.articles.get(article.id) ?? null,
          planningSettings: settings.planningSettings.get(article.id) ?? null,
          global: settings.global,
        },
        skus: (skus.get(article.id) ?? []).map(([skuUnitId, colorId, sizeId, sizeSortOrder, pantoneCode]) => ({ skuUnitId, colorId, sizeId, sizeSortOrder, pantoneCode })),
        bundleTypes: rows(byArticle.bundleTypes) as StoredBundleType[],
        onHandBySkuUnitId: onHandOf.get(article.id) ?? {},
        nscBundles: (nscBundles.get(article.id) ?? []).map(([bundleTypeId, sizeId, quantity]) => ({ bundleTypeId, sizeId, quantity })),
        colorFabricMins: rows(byArticle.colorMins) as StoredArticleData['colorFabricMins'],
        elasticSettings: rows(byArticle.elasticSettings) as StoredArticleData['elasticSettings'],
        elasticBindings: rows(byArticle.bindings) as StoredArticleData['elasticBindings'],
        adminSizeWeights: rows(byArticle.sizeWeights) as StoredArticleData['adminSizeWeights'],
        adminInFlightDefaults: rows(byArticle.inFlight) as StoredArticleData['adminInFlightDefaults'],
        wbMappings,
        wbStock: wbStock.get(article.id) ?? [],
        wbHistory: wbHistory ? historyOf(wbMappings, history, wbHistory.watermarks) : null,
      });
    }
    return result;
  }

  /** The articles' settings, SKUs, recipes, minimums, admin rows, own stock and WB listings (05 §7.1 statements 2–14). */
  private async loadCatalogRows(ids: number[]) {
    const settings = await this.loadSettingsRows(ids);
    // The statements that return several rows per article (SKUs, stock, bundles, listings)
    // answer one row per article with its rows as JSON tuples: tens of thousands of small rows
    // cost far more to decode in the driver than a thousand JSON texts, which V8 parses natively.
    const skus = await this.perArticle<[number, number, number, number, string | null]>(
      `SELECT su.article_id AS "articleId",
              json_agg(json_build_array(su.id, su.color_id, su.size_id, s.sort_order, c.pantone_code) ORDER BY su.color_id, s.sort_order, su.size_id) AS rows
         FROM sku_unit su JOIN size s ON s.id = su.size_id JOIN color c ON c.id = su.color_id
        WHERE su.article_id = ANY($1::int[])
        GROUP BY su.article_id`,
      ids,
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
    // One JSON object per article keyed by SKU unit id: already the shape of `onHandBySkuUnitId`.
    const onHand = await this.query<{ articleId: number; quantities: Record<number, number> }>(
      `SELECT "articleId", json_object_agg("skuUnitId", quantity) AS quantities
         FROM (SELECT su.article_id AS "articleId", sb.sku_unit_id AS "skuUnitId", sum(sb.quantity)::int AS quantity
                 FROM stock_balance sb JOIN sku_unit su ON su.id = sb.sku_unit_id JOIN warehouse w ON w.id = sb.warehouse_id
                WHERE su.article_id = ANY($1::int[]) AND w.type = 'internal'
                GROUP BY su.article_id, sb.sku_unit_id) per_sku
        GROUP BY "articleId"`,
      [ids],
    );
    const nscBundles = await this.perArticle<[number, number, number]>(
      `SELECT "articleId", json_agg(json_build_array("bundleTypeId", "sizeId", quantity) ORDER BY "bundleTypeId", "sizeId") AS rows
         FROM (SELECT b.article_id AS "articleId", b.bundle_type_id AS "bundleTypeId", b.size_id AS "sizeId", sum(b.quantity)::int AS quantity
                 FROM bundle_stock_balance b JOIN warehouse w ON w.id = b.warehouse_id
                WHERE b.article_id = ANY($1::int[]) AND w.type = 'internal'
                GROUP BY b.article_id, b.bundle_type_id, b.size_id) per_bundle
        GROUP BY "articleId"`,
      ids,
    );
    const mappings = await this.perArticle<[string, number | null, number | null]>(
      `SELECT article_id AS "articleId", json_agg(json_build_array(wb_sku, bundle_type_id, size_id) ORDER BY wb_sku) AS rows
         FROM article_wb_mapping WHERE article_id = ANY($1::int[]) GROUP BY article_id`,
      ids,
    );
    return { settings, skus, bundleTypes, colorMins, elasticSettings, bindings, sizeWeights, inFlight, onHand, nscBundles, mappings };
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

  /**
   * Σ WB stock per listing and the business date of its latest update, per article in listing
   * order. The listings are the articles' mapping rows, joined in SQL rather than sent as a text
   * array of every listing (planning a filter of ~18,000 literals alone costs tens of ms).
   */
  private async loadWbStock(ids: number[], timeZone: string): Promise<Map<number, StoredWbStock[]>> {
    const perArticle = await this.perArticle<[string, number, string | null]>(
      `SELECT m.article_id AS "articleId", json_agg(json_build_array(s.wb_sku, s.stock_qty, s.last_updated) ORDER BY s.wb_sku) AS rows
         FROM (SELECT wb_sku, sum(stock_qty)::int AS stock_qty, to_char((max(updated_at) AT TIME ZONE $2)::date, 'YYYY-MM-DD') AS last_updated
                 FROM wb_stock WHERE wb_sku IN (SELECT wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[]))
                GROUP BY wb_sku) s
         JOIN article_wb_mapping m ON m.wb_sku = s.wb_sku
        WHERE m.article_id = ANY($1::int[])
        GROUP BY m.article_id`,
      ids,
      [timeZone],
    );
    const result = new Map<number, StoredWbStock[]>();
    for (const [articleId, rows] of perArticle) {
      result.set(articleId, rows.map(([wbSku, stockQty, lastUpdatedDate]) => ({ wbSku, stockQty, lastUpdatedDate })));
    }
    return result;
  }

  /**
   * Sales of the articles' listings inside the window, one row per listing with the days as
   * offsets from the window start and the quantities in parallel (~30 days × 18,000 listings: one
   * row per day costs far more on the wire and in the driver). They come from `wb_sales_month`,
   * the projection of `wb_sales_daily`: the month rows overlapping the window, and the latest sale
   * date of each listing from its tail row (`wb_sales_tail`; 05 §7.1 statements 16 and 17 in one),
   * whatever the length of its history.
   */
  private async loadWbSales(ids: number[], window: { start: string; end: string }): Promise<Array<CompactListing & { latest: string }>> {
    const windowDays = windowLength(window);
    const salesMonths = await this.query<{ wbSku: string; latest: string; months: [number, Array<number | null>][] | null }>(
      `SELECT l.wb_sku AS "wbSku", to_char(tail.last_sale_date, 'YYYY-MM-DD') AS latest,
              (SELECT json_agg(json_build_array(m.month - $2::date, m.daily) ORDER BY m.month)
                 FROM wb_sales_month m
                WHERE m.wb_sku = l.wb_sku AND m.month BETWEEN date_trunc('month', $2::date)::date AND $3::date) AS months
         FROM (SELECT DISTINCT wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[])) AS l
         JOIN wb_sales_tail tail ON tail.wb_sku = l.wb_sku
        ORDER BY l.wb_sku`,
      [ids, window.start, window.end],
    );
    return salesMonths.map(({ wbSku, latest, months }) => ({ wbSku, latest, ...windowDaysOf(months ?? [], windowDays) }));
  }

  /** Daily WB stock of the articles' listings inside the window, in the same compact shape (05 §7.1 statement 19). */
  private loadWbStockDaily(ids: number[], window: { start: string; end: string }): Promise<CompactListing[]> {
    return this.query<CompactListing>(
      `SELECT wb_sku AS "wbSku", array_to_json(array_agg(date - $2::date)) AS days, array_to_json(array_agg(stock_qty)) AS quantities
         FROM wb_stock_daily WHERE wb_sku IN (SELECT wb_sku FROM article_wb_mapping WHERE article_id = ANY($1::int[]))
          AND date BETWEEN $2::date AND $3::date
        GROUP BY wb_sku ORDER BY wb_sku`,
      [ids, window.start, window.end],
    );
  }

  /** One row per article with its rows as JSON tuples (`rows`), keyed by article id. */
  private async perArticle<Tuple>(sql: string, ids: number[], more: unknown[] = []): Promise<Map<number, Tuple[]>> {
    const rows = await this.query<{ articleId: number; rows: Tuple[] }>(sql, [ids, ...more]);
    return new Map(rows.map((row) => [row.articleId, row.rows]));
  }

  private query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
    return this.tx.manager.query(sql, parameters);
  }
}
