import { bundleAvailability, bundleDeficit, RecipeSku } from './bundle-capacity';

/*
 * Fixture F1 of 02 §5.3 at warehouse W1: sizes L (1), S (2), M (3); colours A (1), B (2), K (3);
 * SKUs A/L, A/S, A/M, B/L, B/S, B/M, K/S; balances A/L 10, B/L 4, A/S 7, B/S −3, K/S 100, A/M 5,
 * none for B/M.
 */
const LABELS: Record<number, string> = { 1: 'L', 2: 'S', 3: 'M' };
const sku = (colorId: number, sizeId: number, quantity: number): RecipeSku => ({ colorId, sizeId, sizeLabel: LABELS[sizeId], quantity });
const W1: RecipeSku[] = [sku(1, 1, 10), sku(1, 2, 7), sku(1, 3, 5), sku(2, 1, 4), sku(2, 2, -3), sku(2, 3, 0), sku(3, 2, 100)];

describe('bundleAvailability (02 §4.3)', () => {
  it('example 19: a negative balance and a missing balance give no bundles of that size', () => {
    expect(bundleAvailability([1, 2], W1)).toEqual({
      totalAvailable: 4,
      perSize: [
        { sizeId: 1, sizeLabel: 'L', available: 4 },
        { sizeId: 2, sizeLabel: 'S', available: 0 },
        { sizeId: 3, sizeLabel: 'M', available: 0 },
      ],
    });
  });

  it('example 20: a size lacking a recipe colour’s SKU gives 0', () => {
    const result = bundleAvailability([1, 2, 3], W1);
    expect(result.totalAvailable).toBe(0);
    expect(result.perSize.map((size) => size.available)).toEqual([0, 0, 0]);
  });

  it('example 23: recipe colours without SKUs give nothing at all', () => {
    expect(bundleAvailability([9], W1)).toEqual({ totalAvailable: 0, perSize: [] });
  });

  it('a missing size row is shown by its id and yields 0', () => {
    const result = bundleAvailability([1], [{ colorId: 1, sizeId: 7, sizeLabel: null, quantity: 5 }]);
    expect(result.perSize).toEqual([{ sizeId: 7, sizeLabel: '7', available: 0 }]);
  });
});

describe('bundleDeficit (02 §4.4)', () => {
  it('example 24: negative stock deepens the deficit; a missing balance counts 0', () => {
    expect(bundleDeficit([1, 2], W1, 6)).toEqual({
      perSize: [
        { sizeId: 1, sizeLabel: 'L', required: { 1: 6, 2: 6 }, current: { 1: 10, 2: 4 }, deficit: { 1: 0, 2: 2 } },
        { sizeId: 2, sizeLabel: 'S', required: { 1: 6, 2: 6 }, current: { 1: 7, 2: -3 }, deficit: { 1: 0, 2: 9 } },
        { sizeId: 3, sizeLabel: 'M', required: { 1: 6, 2: 6 }, current: { 1: 5, 2: 0 }, deficit: { 1: 1, 2: 6 } },
      ],
      totalDeficitPerColor: { 1: 1, 2: 17 },
    });
  });

  it('example 25: a colour without a SKU in a size still appears with current 0', () => {
    const result = bundleDeficit([1, 2, 3], W1, 6);
    expect(result.perSize.map((size) => [size.current['3'], size.deficit['3']])).toEqual([[0, 6], [100, 0], [0, 6]]);
    expect(result.totalDeficitPerColor).toEqual({ 1: 1, 2: 17, 3: 12 });
  });

  it('example 27: recipe colours without SKUs give no sizes and zero totals', () => {
    expect(bundleDeficit([3], [], 3)).toEqual({ perSize: [], totalDeficitPerColor: { 3: 0 } });
  });

  it('id-keyed objects list their keys in ascending numeric order', () => {
    const result = bundleDeficit([10, 2], [sku(10, 1, 0), sku(2, 1, 0)], 1);
    expect(Object.keys(result.totalDeficitPerColor)).toEqual(['2', '10']);
  });
});
