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

/** The article's singles of one size, per colour: NSC stock (the last SKU wins), and the first SKU's position and label. */
type SizePool = Map<number, { stock: number; firstIndex: number; labelled: boolean }>;

function sizePools(skus: SkuStock[]): Map<number, SizePool> {
  const pools = new Map<number, SizePool>();
  skus.forEach((sku, index) => {
    let pool = pools.get(sku.sizeId);
    if (!pool) pools.set(sku.sizeId, (pool = new Map()));
    const color = pool.get(sku.colorId);
    if (color) color.stock = sku.nscStock;
    else pool.set(sku.colorId, { stock: sku.nscStock, firstIndex: index, labelled: sku.sizeLabel !== null });
  });
  return pools;
}

/**
 * Bundles the NSC singles can make per recipe type (C3's rule over the NSC pool: per size with every
 * recipe colour, the scarcest colour, negative stock counting as none); a type whose colours have no
 * SKUs has no entry. The sizes are grouped once per article rather than once per recipe.
 */
function capacityFromSingles(inputs: SnapshotInputs): Map<number, number> {
  const capacity = new Map<number, number>();
  if (inputs.recipes.size === 0) return capacity;
  const pools = sizePools(inputs.skus);
  for (const [bundleTypeId, colorIds] of inputs.recipes) {
    let anySize = false;
    let total = 0;
    for (const pool of pools.values()) {
      let present = 0;
      let scarcest = Infinity;
      // The size's label is the one of its first SKU in a recipe colour (as C3 groups them).
      let first: { firstIndex: number; labelled: boolean } | null = null;
      for (const colorId of colorIds) {
        const color = pool.get(colorId);
        if (color === undefined) continue;
        present++;
        scarcest = Math.min(scarcest, Math.max(0, color.stock));
        if (first === null || color.firstIndex < first.firstIndex) first = color;
      }
      if (first === null) continue;
      anySize = true;
      if (first.labelled && present === colorIds.length) total += scarcest;
    }
    if (anySize) capacity.set(bundleTypeId, total);
  }
  return capacity;
}

function daysOfCover(totalAvailable: number, perDay: number): number | null {
  if (!(perDay > 0)) return null;
  return totalAvailable > 0 ? totalAvailable / perDay : 0;
}

/** WB stock of the bundle listings with a size, per bundle type. */
function wbReadyBundles(listings: BundleListing[]): Map<number, number> {
  const ready = new Map<number, number>();
  for (const listing of listings) {
    if (listing.sizeId === null) continue;
    ready.set(listing.bundleTypeId, (ready.get(listing.bundleTypeId) ?? 0) + listing.wbStock);
  }
  return ready;
}

/**
 * C5(d)–(e): per bundle type with WB stock or recipe capacity, ascending id, the bundles available
 * and the days they cover. What the risk portfolio reads of a snapshot, without its stock lists.
 */
export function bundleCoverageOf(inputs: SnapshotInputs): BundleCoverage[] {
  const nameOf = (id: number) => inputs.bundleTypeNames.get(id) ?? String(id);
  const wbReady = wbReadyBundles(inputs.bundleListings);
  const capacity = capacityFromSingles(inputs);
  const salesOf = new Map(inputs.bundleSales.map((sales) => [sales.bundleTypeId, sales]));
  const bundleTypeIds = [...new Set([...wbReady.keys(), ...capacity.keys()])].sort((a, b) => a - b);

  return bundleTypeIds.map((bundleTypeId) => {
    const sales = salesOf.get(bundleTypeId);
    const rate = bundleSalesRate(sales?.totalSales ?? 0, sales?.spanDays ?? 0);
    const ready = wbReady.get(bundleTypeId) ?? 0;
    const potential = capacity.get(bundleTypeId) ?? 0;
    const total = ready + potential;
    return {
      bundleTypeId,
      bundleTypeName: nameOf(bundleTypeId),
      avgDailySales: rate.perDay,
      salesWindow: rate,
      wbReadyBundles: ready,
      nscReadyBundles: 0,
      potentialBundlesFromSingles: potential,
      totalAvailableBundles: total,
      daysOfCover: daysOfCover(total, rate.perDay),
      observationWindowDays: OBSERVATION_WINDOW_DAYS,
    };
  });
}

export function buildArticleSnapshot(inputs: SnapshotInputs): ArticleBundleSnapshot {
  const nameOf = (id: number) => inputs.bundleTypeNames.get(id) ?? String(id);
  return {
    articleId: inputs.articleId,
    articleCode: inputs.articleCode,
    nscSingleSkuStock: inputs.skus
      .filter((sku) => sku.heldAtNsc)
      .map((sku) => ({ colorId: sku.colorId, sizeId: sku.sizeId, quantity: sku.nscStock }))
      .sort((a, b) => a.colorId - b.colorId || a.sizeId - b.sizeId),
    wbBundleStock: wbBundleStock(inputs, nameOf),
    nscBundleStock: [],
    bundleCoverage: bundleCoverageOf(inputs),
  };
}
