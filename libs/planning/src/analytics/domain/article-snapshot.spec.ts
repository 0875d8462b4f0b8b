import { buildArticleSnapshot, bundleCoverageOf, SkuStock, SnapshotInputs } from './article-snapshot';
import { bundleAvailability } from './bundle-capacity';

const inputs = (overrides: Partial<SnapshotInputs>): SnapshotInputs => ({
  articleId: 1,
  articleCode: 'ART',
  skus: [],
  recipes: new Map(),
  bundleListings: [],
  bundleTypeNames: new Map(),
  bundleSales: [],
  ...overrides,
});
const held = (colorId: number, sizeId: number, nscStock: number, sizeLabel = 'S'): SkuStock => ({ colorId, sizeId, sizeLabel, nscStock, heldAtNsc: true });

describe('buildArticleSnapshot (02 §4.5, examples 28–33)', () => {
  it('example 28: 4/5/6 packs from one pool of singles, each with its WB stock', () => {
    const snapshot = buildArticleSnapshot(
      inputs({
        skus: [held(1, 1, 10), held(2, 1, 5)],
        recipes: new Map([[4, [1, 2]], [5, [1, 2]], [6, [1, 2]]]),
        bundleListings: [
          { bundleTypeId: 4, sizeId: 1, wbStock: 2 },
          { bundleTypeId: 5, sizeId: 1, wbStock: 10 },
          { bundleTypeId: 6, sizeId: 1, wbStock: 0 },
        ],
        bundleTypeNames: new Map([[4, '4pack'], [5, '5pack'], [6, '6pack']]),
      }),
    );
    expect(snapshot.nscSingleSkuStock).toEqual([{ colorId: 1, sizeId: 1, quantity: 10 }, { colorId: 2, sizeId: 1, quantity: 5 }]);
    expect(snapshot.wbBundleStock.map((stock) => [stock.bundleTypeName, stock.quantity])).toEqual([['4pack', 2], ['5pack', 10], ['6pack', 0]]);
    expect(snapshot.nscBundleStock).toEqual([]);
    expect(snapshot.bundleCoverage.map((coverage) => [coverage.potentialBundlesFromSingles, coverage.wbReadyBundles, coverage.totalAvailableBundles])).toEqual([
      [5, 2, 7],
      [5, 10, 15],
      [5, 0, 5],
    ]);
    for (const coverage of snapshot.bundleCoverage) {
      expect(coverage).toMatchObject({ nscReadyBundles: 0, avgDailySales: 0, daysOfCover: null, observationWindowDays: 30 });
    }
  });

  it('example 30: singles without recipes or mappings give no bundle figures', () => {
    const snapshot = buildArticleSnapshot(inputs({ skus: [held(3, 4, 7)] }));
    expect(snapshot.nscSingleSkuStock).toEqual([{ colorId: 3, sizeId: 4, quantity: 7 }]);
    expect(snapshot.wbBundleStock).toEqual([]);
    expect(snapshot.bundleCoverage).toEqual([]);
  });

  it('example 31: sales give a rate and days of cover', () => {
    const snapshot = buildArticleSnapshot(
      inputs({
        skus: [held(1, 1, 100), held(2, 1, 40)],
        recipes: new Map([[7, [1, 2]]]),
        bundleListings: [{ bundleTypeId: 7, sizeId: 1, wbStock: 0 }],
        bundleSales: [{ bundleTypeId: 7, totalSales: 20, spanDays: 10 }],
      }),
    );
    expect(snapshot.bundleCoverage).toEqual([
      expect.objectContaining({ bundleTypeName: '7', totalAvailableBundles: 40, avgDailySales: 2, daysOfCover: 20, observationWindowDays: 30 }),
    ]);
  });

  it('example 32 [REC]: capacity from the NSC sum over every internal warehouse; size-less listings only sell', () => {
    // F1 summed over W1 and W2: A/L 60, A/S 7, A/M 5, B/L 54, B/S −3, K/S 100; B/M has no internal row.
    const skus: SkuStock[] = [
      held(1, 1, 60, 'L'), held(1, 2, 7), held(1, 3, 5, 'M'), held(2, 1, 54, 'L'), held(2, 2, -3),
      { colorId: 2, sizeId: 3, sizeLabel: 'M', nscStock: 0, heldAtNsc: false },
      held(3, 2, 100),
    ];
    const snapshot = buildArticleSnapshot(
      inputs({
        skus,
        recipes: new Map([[1, [1, 2]], [2, [1, 2, 3]]]),
        bundleListings: [
          { bundleTypeId: 1, sizeId: 2, wbStock: 7 },
          { bundleTypeId: 1, sizeId: 1, wbStock: 5 },
          { bundleTypeId: 1, sizeId: null, wbStock: 1000 },
        ],
        bundleSales: [{ bundleTypeId: 1, totalSales: 10, spanDays: 10 }],
      }),
    );
    expect(snapshot.nscSingleSkuStock.map((stock) => [stock.colorId, stock.sizeId, stock.quantity])).toEqual([
      [1, 1, 60], [1, 2, 7], [1, 3, 5], [2, 1, 54], [2, 2, -3], [3, 2, 100],
    ]);
    expect(snapshot.wbBundleStock.map((stock) => [stock.bundleTypeId, stock.sizeId, stock.quantity])).toEqual([[1, 1, 5], [1, 2, 7]]);
    expect(snapshot.bundleCoverage).toEqual([
      expect.objectContaining({ bundleTypeId: 1, wbReadyBundles: 12, potentialBundlesFromSingles: 54, totalAvailableBundles: 66, avgDailySales: 1, daysOfCover: 66 }),
      expect.objectContaining({ bundleTypeId: 2, wbReadyBundles: 0, potentialBundlesFromSingles: 0, totalAvailableBundles: 0, avgDailySales: 0, daysOfCover: null }),
    ]);
  });

  it('example 33 [REC]: singles held only in a second internal warehouse still make bundles', () => {
    const snapshot = buildArticleSnapshot(inputs({ skus: [held(1, 1, 50), held(2, 1, 50)], recipes: new Map([[1, [1, 2]]]) }));
    expect(snapshot.bundleCoverage[0].potentialBundlesFromSingles).toBe(50);
  });

  it('available bundles without sales cover 0 days only when there is a rate; a negative rate has no cover', () => {
    const base = { skus: [held(1, 1, 0)], recipes: new Map([[1, [1]]]) };
    expect(buildArticleSnapshot(inputs({ ...base, bundleSales: [{ bundleTypeId: 1, totalSales: 4, spanDays: 2 }] })).bundleCoverage[0].daysOfCover).toBe(0);
    expect(buildArticleSnapshot(inputs({ ...base, bundleSales: [{ bundleTypeId: 1, totalSales: -4, spanDays: 2 }] })).bundleCoverage[0]).toMatchObject({
      avgDailySales: -2,
      daysOfCover: null,
    });
  });
});

describe('bundleCoverageOf', () => {
  /** A deterministic pseudo-random sequence, so a failure is reproducible. */
  function sequence(seed: number): () => number {
    let state = seed;
    return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  }

  it('counts the same capacity from singles as C3 over the NSC pool, for varied sizes, labels, stock and recipes', () => {
    const random = sequence(7);
    const pick = (count: number) => Math.floor(random() * count);
    for (let round = 0; round < 300; round++) {
      const skus: SkuStock[] = [];
      for (let colorId = 1; colorId <= 4; colorId++) {
        for (let sizeId = 1; sizeId <= 3; sizeId++) {
          if (random() < 0.25) continue;
          skus.push({ colorId, sizeId, sizeLabel: random() < 0.1 ? null : `S${sizeId}`, nscStock: pick(12) - 3, heldAtNsc: true });
        }
      }
      const recipes = new Map<number, number[]>();
      for (let bundleTypeId = 1; bundleTypeId <= 3; bundleTypeId++) {
        recipes.set(bundleTypeId, Array.from({ length: 1 + pick(3) }, () => 1 + pick(5)));
      }
      const coverage = bundleCoverageOf(inputs({ skus, recipes }));
      const pool = skus.map((sku) => ({ colorId: sku.colorId, sizeId: sku.sizeId, sizeLabel: sku.sizeLabel, quantity: sku.nscStock }));
      for (const [bundleTypeId, colorIds] of recipes) {
        const expected = bundleAvailability(colorIds, pool);
        const entry = coverage.find((candidate) => candidate.bundleTypeId === bundleTypeId);
        if (expected.perSize.length === 0) expect(entry).toBeUndefined();
        else expect(entry?.potentialBundlesFromSingles).toBe(expected.totalAvailable);
      }
    }
  });
});
