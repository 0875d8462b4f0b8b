import type { DataSource, Migration } from 'typeorm';

/** One key for "schema changes in progress", so N replicas starting together migrate exactly once. */
export const MIGRATION_LOCK_KEY = 7_310_021_001;

/**
 * Applies pending migrations while holding a session-level advisory lock on a dedicated
 * connection; replicas that start at the same time wait on the lock, then find nothing to do.
 */
export async function runMigrationsUnderLock(dataSource: DataSource): Promise<Migration[]> {
  const lockRunner = dataSource.createQueryRunner();
  await lockRunner.connect();
  try {
    await lockRunner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lockRunner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lockRunner.release();
  }
}

/** True when every known migration is recorded as applied. */
export async function allMigrationsApplied(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.showMigrations());
}
