/*
 * Instants the server writes come from the database clock, truncated to milliseconds (the API's
 * precision), and `updated_at` strictly increases on every change so it can serve as the version
 * for If-Unmodified-Since (conventions §5, §7).
 */

/** The database clock now, at millisecond precision. */
export const DB_NOW_MS = `date_trunc('milliseconds', now())`;

/** The next `updated_at` of a changed row: `max(now, previous + 1 ms)`. */
export function nextUpdatedAtSql(column = 'updated_at'): string {
  return `GREATEST(${DB_NOW_MS}, date_trunc('milliseconds', ${column}) + interval '1 millisecond')`;
}
