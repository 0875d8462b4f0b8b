/*
 * Quantities derived from stored integers are computed exactly (conventions §8): a double such as
 * 100 × 1.15 = 114.99999999999999 would lose a unit when truncated. BigInt keeps huge products exact.
 */

const TEN_THOUSAND = 10000n;

/** floor(numerator / denominator) for a positive denominator, exact for any integer size. */
export function floorDiv(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  return numerator % denominator !== 0n && numerator < 0n ? quotient - 1n : quotient;
}

/**
 * Strictness read as a decimal with at most 4 fractional digits (W-NUM-1), in ten-thousandths.
 * A value ≤ 0 means "no strictness", i.e. 1.0.
 */
export function strictnessInTenThousandths(strictness: number): bigint {
  return strictness > 0 ? BigInt(Math.round(strictness * 10000)) : TEN_THOUSAND;
}

/** floor(deficit × strictness), never below the deficit: strictness below 1 never reduces an order. */
export function applyStrictness(deficit: number, strictness: number): number {
  const scaled = Number(floorDiv(BigInt(deficit) * strictnessInTenThousandths(strictness), TEN_THOUSAND));
  return Math.max(scaled, deficit);
}

/**
 * Units missing on WB over the horizon (W-NUM-2): trunc(unitsSold / days × horizon − stock), never
 * negative, evaluated as floor((unitsSold × horizon − stock × days) / days). Returns are ignored.
 */
export function exactDeficit(unitsSold: number, days: number, horizonDays: number, stock: number): number {
  const sold = BigInt(Math.max(unitsSold, 0));
  const numerator = sold * BigInt(horizonDays) - BigInt(stock) * BigInt(days);
  return numerator > 0n ? Number(floorDiv(numerator, BigInt(days))) : 0;
}

/**
 * Splits `total` over `count` slots: everyone gets total div count, the first total mod count
 * slots one more.
 */
export function splitEvenly(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const remainder = total - base * count;
  return Array.from({ length: count }, (_, index) => base + (index < remainder ? 1 : 0));
}

/**
 * Splits `extra` over weights proportionally, floor(extra × weight / Σ weights) in exact integer
 * arithmetic (W-NUM-3); the units left over go one each to the first slots. Σ result = extra.
 */
export function splitProportionally(extra: number, weights: number[]): number[] {
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
  if (weightSum <= 0) return splitEvenly(extra, weights.length);
  const shares = weights.map((weight) => Number(floorDiv(BigInt(extra) * BigInt(weight), BigInt(weightSum))));
  let left = extra - shares.reduce((sum, share) => sum + share, 0);
  for (let index = 0; left > 0 && index < shares.length; index++, left--) shares[index] += 1;
  return shares;
}
