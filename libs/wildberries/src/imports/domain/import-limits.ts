/** Rows one import request may carry (04 W11); larger payloads are refused whole with a 413. */
export const MAX_IMPORT_ROWS = 50_000;

/** Rows per upsert statement: large enough to keep round trips few, small enough to bound memory. */
export const UPSERT_CHUNK_ROWS = 10_000;

export function tooManyRowsMessage(count: number): string {
  return `Too many items in one import: ${count} (at most ${MAX_IMPORT_ROWS} per request); split the payload into several requests`;
}
