/*
 * Quantities the original truncated from doubles are evaluated on the stored integers instead
 * (00 §8), so `21/30 × 90` gives 63 rather than 62.999… → 62.
 */

/** `trunc(numerator / denominator)` computed exactly; both must be integers, the denominator non-zero. */
export function truncDiv(numerator: number | bigint, denominator: number | bigint): number {
  return Number(BigInt(numerator) / BigInt(denominator));
}

/** Sign of `left − right`, exact for integer operands of any size. */
export function compareProducts(leftA: number, leftB: number, rightA: number, rightB: number): number {
  const left = BigInt(leftA) * BigInt(leftB);
  const right = BigInt(rightA) * BigInt(rightB);
  return left === right ? 0 : left < right ? -1 : 1;
}
