import { applyStrictness, splitEvenly, splitProportionally } from './exact-arithmetic';

describe('exact quantity arithmetic (conventions §8, 02 W-NUM-1, W-NUM-3)', () => {
  it('strictness 1.15 on a deficit of 100 is 115, not the 114 of a truncated double', () => {
    expect(100 * 1.15).toBeLessThan(115);
    expect(applyStrictness(100, 1.15)).toBe(115);
  });

  it('strictness below 1, zero or negative never reduces the deficit', () => {
    expect(applyStrictness(100, 0.5)).toBe(100);
    expect(applyStrictness(100, 0)).toBe(100);
    expect(applyStrictness(100, -2)).toBe(100);
  });

  it('strictness 1.2 on 100 is 120 and is floored on fractions', () => {
    expect(applyStrictness(100, 1.2)).toBe(120);
    expect(applyStrictness(7, 1.5)).toBe(10);
  });

  it('an even split gives the remainder to the first slots', () => {
    expect(splitEvenly(200, 6)).toEqual([34, 34, 33, 33, 33, 33]);
  });

  it('a proportional split always distributes exactly the extra units', () => {
    expect(splitProportionally(200, [100, 100, 100])).toEqual([67, 67, 66]);
    expect(splitProportionally(180, [220, 100, 100])).toEqual([95, 43, 42]);
    expect(splitProportionally(5, [0, 0])).toEqual([3, 2]);
  });
});
