/* Safety stock (spec 05 §4.9): by days of demand, or by service level with the fixed z-table. */
import { roundOut } from '../numeric';

const Z_TABLE: [number, number][] = [
  [50, 0],
  [75, 0.6745],
  [80, 0.8416],
  [85, 1.0364],
  [90, 1.2816],
  [92, 1.4051],
  [95, 1.6449],
  [97.5, 1.96],
  [98, 2.0537],
  [99, 2.3263],
  [99.5, 2.5758],
  [99.9, 3.0902],
];

/** z(p) by linear interpolation in the table, rounded to 4 decimals; p ≤ 50 ⇒ 0, p ≥ 99.9 ⇒ 3.0902. */
export function zScore(p: number): number {
  if (p <= 50) return 0;
  if (p >= 99.9) return 3.0902;
  for (let k = 1; k < Z_TABLE.length; k++) {
    const [p1, z1] = Z_TABLE[k];
    if (p <= p1) {
      const [p0, z0] = Z_TABLE[k - 1];
      return roundOut(z0 + ((p - p0) * (z1 - z0)) / (p1 - p0), 4);
    }
  }
  return 3.0902;
}

export interface SafetyStockPolicy {
  method: 'days' | 'service_level';
  safetyStockDays: number;
  z: number;
  /** L + R. */
  exposureDays: number;
}

/** SS = days · d̄, or z · √v · √(L + R). */
export function safetyStock(policy: SafetyStockPolicy, rate: number, variance: number): number {
  if (policy.method === 'days') return policy.safetyStockDays * rate;
  return policy.z * Math.sqrt(Math.max(variance, 0)) * Math.sqrt(policy.exposureDays);
}
