import { DataSource, DataSourceOptions, Migration } from 'typeorm';
import { buildDataSourceOptions, runMigrationsUnderLock } from '@supply-brain/database';
import { ALL_MIGRATIONS } from '@supply-brain/migrations';
import { TestDatabase } from './test-database';

/** Tables of the original's schema (01 §2.4–2.9). */
export const ORIGINAL_TABLES = [
  'article', 'color', 'size', 'bundle_type', 'warehouse', 'sku_unit', 'bundle_recipe', 'stock_balance',
  'article_planning_settings', 'color_planning_settings', 'elastic_type', 'elastic_planning_settings',
  'global_planning_settings', 'planning_settings', 'wb_sales_daily', 'wb_stock', 'article_wb_mapping',
  'purchase_order', 'purchase_order_item', 'wb_shipment', 'wb_shipment_item', 'monitoring_snapshots',
  'wb_integration_accounts', 'moysklad_integration_accounts', 'monitoring_alert_rules',
] as const;

/**
 * The foundation's migrations (baseline + hardening). Their tests pin the schema exactly, so they
 * run these alone; later migrations are checked as a chain on top of them.
 */
export const FOUNDATION_MIGRATIONS = (ALL_MIGRATIONS as Array<{ name: string }>).slice(0, 2);
export const FOUNDATION_MIGRATION_NAMES = FOUNDATION_MIGRATIONS.map((migration) => migration.name);

/** A data source of its own on the test database (knowing `migrations`), destroyed after `work`. */
export async function withDataSource<T>(
  db: TestDatabase,
  work: (dataSource: DataSource) => Promise<T>,
  migrations: unknown[] = FOUNDATION_MIGRATIONS,
): Promise<T> {
  const options = { ...buildDataSourceOptions({ url: db.url, poolMax: 2 }), migrations } as DataSourceOptions;
  const dataSource = await new DataSource(options).initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

export function migrate(db: TestDatabase, migrations: unknown[] = FOUNDATION_MIGRATIONS): Promise<Migration[]> {
  return withDataSource(db, (dataSource) => runMigrationsUnderLock(dataSource), migrations);
}

/** Reverts every applied migration, newest first. */
export function revertAll(db: TestDatabase, migrations: unknown[] = FOUNDATION_MIGRATIONS): Promise<void> {
  return withDataSource(
    db,
    async (dataSource) => {
      while (await appliedMigrationCount(dataSource)) await dataSource.undoLastMigration({ transaction: 'each' });
    },
    migrations,
  );
}

async function appliedMigrationCount(dataSource: DataSource): Promise<number> {
  const rows: { count: number }[] = await dataSource.query('SELECT count(*)::int AS count FROM typeorm_migrations');
  return rows[0].count;
}

export async function publicTables(db: TestDatabase): Promise<string[]> {
  const rows = await db.query<{ tablename: string }>(`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
  return rows.map((row) => row.tablename);
}

export interface SchemaCatalog {
  columns: string[];
  constraints: string[];
  indexes: string[];
  sequences: string[];
}

/**
 * Everything that defines the application's tables, as comparable text: columns with type,
 * nullability and default; constraints with their definition and validation state; indexes;
 * sequences. Bookkeeping tables of either migration tool are left out.
 */
export async function schemaCatalog(db: TestDatabase): Promise<SchemaCatalog> {
  const tables = [...ORIGINAL_TABLES];
  const columns = await db.query<{ line: string }>(
    `SELECT concat_ws(' ', table_name, column_name, data_type, character_maximum_length, numeric_precision, numeric_scale,
                      is_nullable, column_default) AS line
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = ANY($1)
      ORDER BY table_name, ordinal_position`,
    [tables],
  );
  const constraints = await db.query<{ line: string }>(
    `SELECT concat_ws(' ', c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid), CASE WHEN c.convalidated THEN 'valid' ELSE 'not valid' END) AS line
       FROM pg_constraint c
      WHERE c.conrelid::regclass::text = ANY($1)
      ORDER BY 1`,
    [tables],
  );
  const indexes = await db.query<{ line: string }>(
    `SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1) ORDER BY indexname`,
    [tables],
  );
  const sequences = await db.query<{ line: string }>(
    `SELECT sequencename || ' ' || data_type AS line FROM pg_sequences WHERE schemaname = 'public' AND sequencename <> 'typeorm_migrations_id_seq' ORDER BY 1`,
  );
  const lines = (rows: { line: string }[]) => rows.map((row) => row.line);
  return { columns: lines(columns), constraints: lines(constraints), indexes: lines(indexes), sequences: lines(sequences) };
}

/** A fingerprint of every row of a table, to prove that migrating kept them all unchanged. */
export async function tableFingerprint(db: TestDatabase, table: string): Promise<{ rows: number; digest: string | null }> {
  // Only the columns the table had before migrating: later migrations may append columns.
  const columns = await originalColumnsOf(db, table);
  const [row] = await db.query<{ rows: number; digest: string | null }>(
    `SELECT count(*)::int AS rows, md5(string_agg(row(${columns.map((c) => `t.${c}`).join(', ')})::text, '|' ORDER BY t.id)) AS digest FROM ${table} t`,
  );
  return row;
}

const originalColumnsByTable = new Map<string, string[]>();

/** The table's columns the first time it is fingerprinted in this test process (before any migration ran). */
async function originalColumnsOf(db: TestDatabase, table: string): Promise<string[]> {
  const known = originalColumnsByTable.get(table);
  if (known) return known;
  const rows = await db.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  const columns = rows.map((row) => row.name);
  originalColumnsByTable.set(table, columns);
  return columns;
}
