/**
 * One row per key, the last occurrence's values winning (04 §4.2), ordered by key. A single
 * `INSERT … ON CONFLICT DO UPDATE` may not touch a row twice, and a fixed key order makes
 * concurrent imports of overlapping keys lock rows in the same order instead of deadlocking.
 */
export function collapseDuplicates<T>(rows: readonly T[], keyOf: (row: T) => string): T[] {
  const lastByKey = new Map<string, T>();
  for (const row of rows) lastByKey.set(keyOf(row), row);
  return [...lastByKey.keys()].sort(byCodeUnits).map((key) => lastByKey.get(key) as T);
}

/** Consecutive slices of at most `size` rows. */
export function chunksOf<T>(rows: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
