import { bundleAvailability, RecipeSku } from './bundle-capacity';
import { bundleSalesRate, OBSERVATION_WINDOW_DAYS, SalesWindow } from './sales-rate';

/*
 * C5 (02 §4.5): an article's singles at NSC, its bundles on WB, and per bundle type how many bundles
 * are available in all and how many days they cover at the WB bundle sales rate (C6).
 */

export interface SkuStock {
  colorId: number;
  sizeId: number;
  sizeLabel: string | null;
  /** NSC stock: Σ over internal warehouses, negative balances included. */
  nscStock: number;
  /** Whether any internal warehouse has a balance row for it. */
  heldAtNsc: boolean;
}

export interface BundleListing {
  bundleTypeId: number;
  sizeId: number | null;
  /** Σ WB stock of the listing over WB warehouses. */
  wbStock: number;
}

export interface BundleSales {
  bundleTypeId: number;
  /** Σ sales in the 30 days ending on the listings' last sale. */
  totalSales: number;
  /** Days from the first to the last sales row of that window, both included. */
  spanDays: number;
}

export interface SnapshotInputs {
  articleId: number;
  articleCode: string;
  skus: SkuStock[];
  /** Bundle type id → recipe colour ids. */
  recipes: Map<number, number[]>;
  bundleListings: BundleListing[];
  bundleTypeNames: Map<number, string>;
  bundleSales: BundleSales[];
}

export interface SingleStock {
  colorId: number;
  sizeId: number;
  quantity: number;
}

export interface BundleStock {
  bundleTypeId: number;
  bundleTypeName: string;
  sizeId: number;
  quantity: number;
}

export interface BundleCoverage {
  bundleTypeId: number;
  bundleTypeName: string;
  avgDailySales: number;
  /** The rate as a fraction, so thresholds can be compared exactly (W-NUM-6). */
  salesWindow: SalesWindow;
  wbReadyBundles: number;
  nscReadyBundles: number;
  potentialBundlesFromSingles: number;
  totalAvailableBundles: number;
  daysOfCover: number | null;
  observationWindowDays: number;
}

export interface ArticleBundleSnapshot {
  articleId: number;
  articleCode: string;
  nscSingleSkuStock: SingleStock[];
  wbBundleStock: BundleStock[];
  /** Bundles assembled at NSC are not modelled in v1. */
  nscBundleStock: BundleStock[];
  bundleCoverage: BundleCoverage[];
}

const byTypeThenSize = (a: BundleStock, b: BundleStock) => a.bundleTypeId - b.bundleTypeId || a.sizeId - b.sizeId;

/** WB stock of bundle listings with a size, per (bundle type, size). */
function wbBundleStock(inputs: SnapshotInputs, nameOf: (id: number) => string): BundleStock[] {
  const buckets = new Map<string, BundleStock>();
  for (const listing of inputs.bundleListings) {
    if (listing.sizeId === null) continue;
    const key = `${listing.bundleTypeId}:${listing.sizeId}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.quantity += listing.wbStock;
    else {
      buckets.set(key, { bundleTypeId: listing.bundleTypeId, bundleTypeName: nameOf(listing.bundleTypeId), sizeId: listing.sizeId, quantity: listing.wbStock });
    }
  }
  return [...buckets.values()].sort(byTypeThenSize);
}

/** Bundles the NSC singles can make per recipe type; a type whose colours have no SKUs has no entry. */
function capacityFromSingles(inputs: SnapshotInputs): Map<number, number> {
  const pool: RecipeSku[] = inputs.skus.map((sku) => ({ colorId: sku.colorId, sizeId: sku.sizeId, sizeLabel: sku.sizeLabel, quantity: sku.nscStock }));
  const capacity = new Map<number, number>();
  for (const [bundleTypeId, colorIds] of inputs.recipes) {
    const availability = bundleAvailability(colorIds, pool);
    if (availability.perSize.length > 0) capacity.set(bundleTypeId, availability.totalAvailable);
  }
  return capacity;
}

function daysOfCover(totalAvailable: number, perDay: number): number | null {
  if (!(perDay > 0)) return null;
  return totalAvailable > 0 ? totalAvailable / perDay : 0;
}

export function buildArticleSnapshot(inputs: SnapshotInputs): ArticleBundleSnapshot {
  const nameOf = (id: number) => inputs.bundleTypeNames.get(id) ?? String(id);
  const wbStock = wbBundleStock(inputs, nameOf);
  const capacity = capacityFromSingles(inputs);
  const salesOf = new Map(inputs.bundleSales.map((sales) => [sales.bundleTypeId, sales]));
  const bundleTypeIds = [...new Set([...wbStock.map((stock) => stock.bundleTypeId), ...capacity.keys()])].sort((a, b) => a - b);

  const bundleCoverage = bundleTypeIds.map((bundleTypeId) => {
    const sales = salesOf.get(bundleTypeId);
    const rate = bundleSalesRate(sales?.totalSales ?? 0, sales?.spanDays ?? 0);
    const wbReady = wbStock.filter((stock) => stock.bundleTypeId === bundleTypeId).reduce((sum, stock) => sum + stock.quantity, 0);
    const potential = capacity.get(bundleTypeId) ?? 0;
    const total = wbReady + potential;
    return {
      bundleTypeId,
      bundleTypeName: nameOf(bundleTypeId),
      avgDailySales: rate.perDay,
      salesWindow: rate,
      wbReadyBundles: wbReady,
      nscReadyBundles: 0,
      potentialBundlesFromSingles: potential,
      totalAvailableBundles: total,
      daysOfCover: daysOfCover(total, rate.perDay),
      observationWindowDays: OBSERVATION_WINDOW_DAYS,
    };
  });

  return {
    articleId: inputs.articleId,
    articleCode: inputs.articleCode,
    nscSingleSkuStock: inputs.skus
      .filter((sku) => sku.heldAtNsc)
      .map((sku) => ({ colorId: sku.colorId, sizeId: sku.sizeId, quantity: sku.nscStock }))
      .sort((a, b) => a.colorId - b.colorId || a.sizeId - b.sizeId),
    wbBundleStock: wbStock,
    nscBundleStock: [],
    bundleCoverage,
  };
}
