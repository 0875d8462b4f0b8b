/* Planning Core engine boundary: see ../engine-contract.ts. */
import type { Stage } from './base';

// ---------------------------------------------------------------------------------------------
// Stored data of one article, as the adapter loads it (spec 05 §2.9, §7.1)
// ---------------------------------------------------------------------------------------------

/** `article_planning_settings` columns Planning Core reads (null = not set). */
export interface ArticleSettingsRow {
  includeInPlanning: boolean | null;
  priority: number | null;
  targetCoverageDays: number | null;
  leadTimeDays: number | null;
  serviceLevelPercent: number | null;
  freshnessSalesStaleAfterDays: number | null;
  freshnessStockStaleAfterDays: number | null;
  /** Raw TEXT, e.g. "3,7". */
  assortiBundleTypeIds: string | null;
  productionCostPerUnit: number | null;
  logisticsCostPerUnit: number | null;
  availableCapital: number | null;
  leadTimeProductionDays: number | null;
  leadTimeChinaToNskDays: number | null;
  leadTimePackagingDays: number | null;
  leadTimeNskToWbDays: number | null;
  reviewPeriodDays: number | null;
  safetyStockMethod: string | null;
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
  overstockCoverDays: number | null;
  orderMultiple: number | null;
}

/** Legacy `planning_settings` row of the article (null = none). */
export interface LegacyPlanningSettingsRow {
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
}

/** The global row (lowest id) of `global_planning_settings`. */
export interface GlobalSettingsRow {
  defaultTargetCoverageDays: number | null;
  defaultLeadTimeDays: number | null;
  defaultServiceLevelPercent: number | null;
  defaultFabricMinBatchQty: number | null;
  defaultElasticMinBatchQty: number | null;
  assortiBundleTypeIds: string | null;
  productionCostPerUnit: number | null;
  logisticsCostPerUnit: number | null;
  availableCapital: number | null;
  leadTimeProductionDays: number | null;
  leadTimeChinaToNskDays: number | null;
  leadTimePackagingDays: number | null;
  leadTimeNskToWbDays: number | null;
  reviewPeriodDays: number | null;
  safetyStockMethod: string | null;
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
  overstockCoverDays: number | null;
  orderMultiple: number | null;
}

/** The raw settings inputs of policy resolution (§4.2); each row null when it does not exist. */
export interface PolicySettingsRows {
  article: ArticleSettingsRow | null;
  planningSettings: LegacyPlanningSettingsRow | null;
  global: GlobalSettingsRow | null;
}

export interface StoredSku {
  skuUnitId: number;
  colorId: number;
  sizeId: number;
  sizeSortOrder: number;
  /** `color.pantone_code` as stored (normalised by the engine). */
  pantoneCode: string | null;
}

/** A bundle type with at least one `bundle_recipe` row for the article. */
export interface StoredBundleType {
  id: number;
  isAssorti: boolean;
  /** `bundle_type.pieces`; null = |recipe|. */
  pieces: number | null;
  /** Recipe colours of the article, any order (the engine sorts). */
  recipeColorIds: number[];
}

export interface StoredWbMapping {
  wbSku: string;
  bundleTypeId: number | null;
  sizeId: number | null;
}

/** `wb_stock` per listing: Σ stock_qty and the business date of the largest `updated_at`. */
export interface StoredWbStock {
  wbSku: string;
  stockQty: number;
  lastUpdatedDate: string | null;
}

/** WB sales and stock history of the article's listings (from-WB only, §4.4.2–4.4.3). */
export interface StoredWbHistory {
  /** Largest `wb_sales_daily.date` ≤ day 0 over the whole table. */
  importWatermark: string | null;
  /** Largest `wb_sales_daily.date` of the whole table (latest import). */
  latestImportDate: string | null;
  /** Latest sale date per listing of the article (listings without rows absent). */
  latestSaleDateByWbSku: Record<string, string>;
  /** `wb_sales_daily` rows of the article's listings inside the window (see `salesWindow`), per listing. */
  sales: WbListingDays[];
  /** `wb_stock_daily` rows of the article's listings inside the window, per listing. */
  stockDaily: WbListingDays[];
}

/**
 * One listing's daily rows, in date order: `quantities[k]` on `dates[k]`. Two arrays per listing
 * rather than an object per day: a 1,000-article portfolio loads about a million such days.
 */
export interface WbListingDays {
  wbSku: string;
  dates: string[];
  quantities: number[];
}

/** Everything stored that one article's proposal reads. */
export interface StoredArticleData {
  article: { id: number; code: string };
  settings: PolicySettingsRows;
  /** Every SKU unit of the article. */
  skus: StoredSku[];
  bundleTypes: StoredBundleType[];
  /** Σ stock_balance.quantity over internal warehouses per SKU unit (may be negative; absent = 0). */
  onHandBySkuUnitId: Record<number, number>;
  /** Σ bundle_stock_balance.quantity over internal warehouses per (bundle type, size). */
  nscBundles: { bundleTypeId: number; sizeId: number; quantity: number }[];
  colorFabricMins: { colorId: number; fabricMinBatchQty: number | null }[];
  elasticSettings: { elasticTypeId: number; elasticMinBatchQty: number | null }[];
  elasticBindings: { elasticTypeId: number; colorId: number | null; skuUnitId: number | null; isActive: boolean }[];
  adminSizeWeights: { sizeId: number; weight: number }[];
  adminInFlightDefaults: { colorId: number; sizeId: number; qty: number; etaDays: number; stage: Stage; isActive: boolean }[];
  wbMappings: StoredWbMapping[];
  wbStock: StoredWbStock[];
  /** Required for from-WB, ignored by direct. */
  wbHistory: StoredWbHistory | null;
}
