/* Number rules of spec 05 §4.0.2 and the z-table test vectors of §4.9. */
import { zScore } from './engine/safety-stock';
import { normalizePantoneKey } from './input/pantone';
import { ceil6, floorToMultiple, largestRemainder, roundOut } from './numeric';
import { compactProposalBody } from './response';
import { fixed, runDirect, storedArticle } from './testing/fixtures';

describe('numeric rules', () => {
  it('z(p) test vectors', () => {
    expect([90, 95, 97, 98, 99, 100, 40].map(zScore)).toEqual([1.2816, 1.6449, 1.897, 2.0537, 2.3263, 3.0902, 0]);
  });
  it('requirements round up after 6 decimals; output rounds half away from zero', () => {
    expect(ceil6(100.0000000001)).toBe(100);
    expect(ceil6(-3)).toBe(0);
    expect(roundOut(2.675, 2)).toBe(2.68);
    expect(roundOut(-0.05, 1)).toBe(-0.1);
  });
  it('integer multiples without 0.3 / 3 artefacts', () => {
    expect(floorToMultiple(0.3 * 10, 3)).toBe(3);
  });
  it('largest remainder sums to Δ, ties by position, zero weights as equal', () => {
    expect(largestRemainder(120, [3, 2])).toEqual([72, 48]);
    expect(largestRemainder(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(largestRemainder(5, [0, 0])).toEqual([3, 2]);
  });
  it('Pantone keys are normalised', () => {
    expect(normalizePantoneKey('  19-4052   tcx ', 1)).toBe('19-4052 TCX');
    expect(normalizePantoneKey(null, 7)).toBe('COLOR-7');
  });
  it('compact mode trims the per-SKU projection and assorti meta only', () => {
    const out = runDirect(storedArticle({ skus: { 'C1-M': 10 }, bundleTypes: [fixed(1, [1])] }), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 1 }] });
    const compact = compactProposalBody(out.body);
    expect(compact.explanation.meta.sku_projection).toBeNull();
    expect(compact.explanation.meta.assorti).toBeNull();
    expect(compact.explanation.meta.policy).toBe(out.body.explanation.meta.policy);
    expect(out.body.explanation.meta.sku_projection).not.toBeNull();
  });
});
