import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions, runMigrationsUnderLock } from '@supply-brain/database';
import { createTestApp } from './support/test-app';
import { TestDatabase } from './support/test-database';
import { ALL_MIGRATIONS } from '@supply-brain/migrations';
import {
  FOUNDATION_MIGRATION_NAMES,
  migrate,
  ORIGINAL_TABLES,
  publicTables,
  revertAll,
  schemaCatalog,
  SchemaCatalog,
  tableFingerprint,
  withDataSource,
} from './support/schema-catalog';

const ORIGINAL_0008 = readFileSync(join(__dirname, 'fixtures', 'original-0008-schema.sql'), 'utf8');
const MIGRATION_NAMES = FOUNDATION_MIGRATION_NAMES;
const EVERY_MIGRATION = ALL_MIGRATIONS as unknown[];
const EVERY_MIGRATION_NAME = (ALL_MIGRATIONS as Array<{ name: string }>).map((migration) => migration.name);
const ORIGINAL_AND_BOOKKEEPING_TABLES = [...ORIGINAL_TABLES, 'typeorm_migrations'].sort();
const CLEANED_UP_TABLES = ['wb_stock', 'global_planning_settings'];
/** Their tokens are encrypted by migration 061 (SECRETS_KEY is set in tests) and decrypted again by its down(). */
const TOKEN_TABLES = ['wb_integration_accounts', 'moysklad_integration_accounts'];

async function databaseWithOriginal0008(): Promise<TestDatabase> {
  const db = await TestDatabase.create({ empty: true });
  await db.query(ORIGINAL_0008);
  return db;
}

async function recordedMigrations(db: TestDatabase): Promise<string[]> {
  const rows = await db.query<{ name: string }>('SELECT name FROM typeorm_migrations ORDER BY id');
  return rows.map((row) => row.name);
}

async function constraintDefinition(db: TestDatabase, name: string): Promise<{ table: string; definition: string; validated: boolean }> {
  const [row] = await db.query<{ table: string; definition: string; validated: boolean }>(
    `SELECT conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS definition, convalidated AS validated
       FROM pg_constraint WHERE conname = $1`,
    [name],
  );
  return row;
}

async function column(db: TestDatabase, table: string, name: string) {
  const [row] = await db.query(
    `SELECT data_type, character_maximum_length, numeric_precision, numeric_scale, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name = $2`,
    [table, name],
  );
  return row;
}

/** The PostgreSQL error a statement fails with (code and constraint), or null when it succeeds. */
async function failureOf(db: TestDatabase, sql: string): Promise<{ code: string; constraint: string } | null> {
  try {
    await db.query(sql);
    return null;
  } catch (error) {
    const { code, constraint } = error as { code: string; constraint: string };
    return { code, constraint };
  }
}

describe('Migrations on an empty database', () => {
  let db: TestDatabase;
  let appliedNames: string[];
  beforeAll(async () => {
    db = await TestDatabase.create({ empty: true });
    appliedNames = (await migrate(db)).map((migration) => migration.name);
  });
  afterAll(() => db.drop());

  it('applies the baseline, then the hardening', async () => {
    expect(appliedNames).toEqual(MIGRATION_NAMES);
    expect(await recordedMigrations(db)).toEqual(MIGRATION_NAMES);
  });

  it("creates exactly the original's 25 tables next to the migrations table", async () => {
    expect(await publicTables(db)).toEqual(ORIGINAL_AND_BOOKKEEPING_TABLES);
  });

  it("names keys as the original's migrations do, with foreign keys that have no ON DELETE", async () => {
    expect(await constraintDefinition(db, 'article_pkey')).toMatchObject({ table: 'article', definition: 'PRIMARY KEY (id)' });
    expect(await constraintDefinition(db, 'article_code_key')).toMatchObject({ table: 'article', definition: 'UNIQUE (code)' });
    expect(await constraintDefinition(db, 'uq_sku_unit_article_color_size')).toMatchObject({
      table: 'sku_unit',
      definition: 'UNIQUE (article_id, color_id, size_id)',
    });
    expect(await constraintDefinition(db, 'sku_unit_article_id_fkey')).toMatchObject({
      table: 'sku_unit',
      definition: 'FOREIGN KEY (article_id) REFERENCES article(id)',
    });
    expect(await constraintDefinition(db, 'article_planning_settings_article_id_key')).toMatchObject({ definition: 'UNIQUE (article_id)' });
    expect(await constraintDefinition(db, 'uq_planning_settings_article')).toMatchObject({ definition: 'UNIQUE (article_id)' });
    expect(await constraintDefinition(db, 'wb_shipment_item_shipment_id_fkey')).toMatchObject({
      definition: 'FOREIGN KEY (shipment_id) REFERENCES wb_shipment(id)',
    });
    const [{ cascading }] = await db.query<{ cascading: number }>(
      `SELECT count(*)::int AS cascading FROM pg_constraint WHERE contype = 'f' AND (confdeltype <> 'a' OR confupdtype <> 'a')`,
    );
    expect(cascading).toBe(0);
  });

  it('gives columns the original types, nullability and defaults', async () => {
    expect(await column(db, 'article', 'id')).toMatchObject({ data_type: 'integer', is_nullable: 'NO', column_default: "nextval('article_id_seq'::regclass)" });
    expect(await column(db, 'article', 'name')).toMatchObject({ data_type: 'character varying', character_maximum_length: 255, is_nullable: 'YES' });
    expect(await column(db, 'wb_sales_daily', 'created_at')).toMatchObject({
      data_type: 'timestamp with time zone',
      is_nullable: 'NO',
      column_default: 'now()',
    });
    expect(await column(db, 'wb_sales_daily', 'revenue')).toMatchObject({ data_type: 'numeric', numeric_precision: 12, numeric_scale: 2 });
    expect(await column(db, 'wb_sales_daily', 'date')).toMatchObject({ data_type: 'date', is_nullable: 'NO' });
    expect(await column(db, 'planning_settings', 'strictness')).toMatchObject({ data_type: 'double precision', is_nullable: 'NO' });
    expect(await column(db, 'purchase_order_item', 'source')).toMatchObject({ column_default: "'auto'::character varying" });
    expect(await column(db, 'purchase_order', 'updated_at')).toMatchObject({ column_default: 'now()' });
    expect(await column(db, 'wb_shipment', 'created_at')).toMatchObject({ column_default: 'now()' });
    expect(await column(db, 'size', 'sort_order')).toMatchObject({ column_default: '0' });
    expect(await column(db, 'global_planning_settings', 'default_fabric_min_batch_qty')).toMatchObject({ column_default: '7000' });
    expect(await column(db, 'monitoring_alert_rules', 'is_active')).toMatchObject({ data_type: 'boolean', column_default: 'true' });
    expect(await column(db, 'wb_integration_accounts', 'name')).toMatchObject({ data_type: 'character varying', character_maximum_length: null });
  });

  it('lets the database stamp created_at of a sales row inserted without it', async () => {
    const [row] = await db.query<{ recent: boolean }>(
      `INSERT INTO wb_sales_daily (wb_sku, date) VALUES ('sku-default', '2024-01-01') RETURNING created_at > now() - interval '1 minute' AS recent`,
    );
    expect(row.recent).toBe(true);
  });

  it('keeps uq_wb_stock_sku_warehouse but treats NULL warehouses as equal', async () => {
    expect(await constraintDefinition(db, 'uq_wb_stock_sku_warehouse')).toMatchObject({
      table: 'wb_stock',
      definition: 'UNIQUE NULLS NOT DISTINCT (wb_sku, warehouse_id)',
    });
    await db.query(`INSERT INTO wb_stock (wb_sku, warehouse_id, stock_qty, updated_at) VALUES ('sku-null', NULL, 1, now())`);
    expect(await failureOf(db, `INSERT INTO wb_stock (wb_sku, warehouse_id, stock_qty, updated_at) VALUES ('sku-null', NULL, 2, now())`)).toEqual({
      code: '23505',
      constraint: 'uq_wb_stock_sku_warehouse',
    });
  });

  it('enforces valid statuses and non-negative order quantities', async () => {
    for (const name of ['ck_purchase_order_status', 'ck_wb_shipment_status', 'ck_purchase_order_item_quantity_non_negative']) {
      expect(await constraintDefinition(db, name)).toMatchObject({ validated: true });
    }
    expect(await failureOf(db, `INSERT INTO purchase_order (status, target_date) VALUES ('archived', '2024-01-01')`)).toEqual({
      code: '23514',
      constraint: 'ck_purchase_order_status',
    });
    expect(
      await failureOf(
        db,
        `INSERT INTO wb_shipment (status, target_date, wb_arrival_date, strategy, zero_sales_policy, target_coverage_days, min_coverage_days, max_coverage_days_after)
         VALUES ('lost', '2024-01-01', '2024-01-08', 'normal', 'ignore', 30, 7, 60)`,
      ),
    ).toEqual({ code: '23514', constraint: 'ck_wb_shipment_status' });
    const [order] = await db.query<{ id: number }>(`INSERT INTO purchase_order (status, target_date) VALUES ('draft', '2024-01-01') RETURNING id`);
    const [article] = await db.query<{ id: number }>(`INSERT INTO article (code) VALUES ('CK-1') RETURNING id`);
    const [color] = await db.query<{ id: number }>(`INSERT INTO color (inner_code) VALUES ('CK-C') RETURNING id`);
    const [size] = await db.query<{ id: number }>(`INSERT INTO size (label) VALUES ('CK-S') RETURNING id`);
    expect(
      await failureOf(
        db,
        `INSERT INTO purchase_order_item (purchase_order_id, article_id, color_id, size_id, quantity) VALUES (${order.id}, ${article.id}, ${color.id}, ${size.id}, -1)`,
      ),
    ).toEqual({ code: '23514', constraint: 'ck_purchase_order_item_quantity_non_negative' });
  });

  it('admits a single global planning settings row', async () => {
    await db.query('INSERT INTO global_planning_settings DEFAULT VALUES');
    expect(await failureOf(db, 'INSERT INTO global_planning_settings DEFAULT VALUES')).toEqual({
      code: '23505',
      constraint: 'uq_global_planning_settings_singleton',
    });
  });

  it('indexes foreign keys and lookups, history newest first', async () => {
    const rows = await db.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'ix\\_%'`);
    const definitions = Object.fromEntries(rows.map((row) => [row.indexname, row.indexdef]));
    expect(Object.keys(definitions).sort()).toEqual([
      'ix_article_wb_mapping_article_id_bundle_type_id',
      'ix_article_wb_mapping_wb_sku',
      'ix_bundle_recipe_bundle_type_id',
      'ix_bundle_recipe_color_id',
      'ix_color_planning_settings_color_id',
      'ix_elastic_planning_settings_elastic_type_id',
      'ix_monitoring_snapshots_created_at_id',
      'ix_planning_settings_is_active',
      'ix_purchase_order_item_article_id',
      'ix_purchase_order_status',
      'ix_sku_unit_color_id',
      'ix_sku_unit_size_id',
      'ix_stock_balance_warehouse_id',
      'ix_wb_sales_daily_date',
      'ix_wb_shipment_item_article_id',
      'ix_wb_shipment_item_shipment_id',
      'ix_wb_shipment_status',
    ]);
    expect(definitions.ix_monitoring_snapshots_created_at_id).toContain('ON public.monitoring_snapshots USING btree (created_at DESC, id DESC)');
    expect(definitions.ix_wb_shipment_item_shipment_id).toContain('ON public.wb_shipment_item USING btree (shipment_id)');
  });

});

describe('The whole migration chain, later migrations included', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await TestDatabase.create({ empty: true });
  });
  afterAll(() => db.drop());

  it('applies every migration in order on top of the foundation', async () => {
    const names = (await migrate(db, ALL_MIGRATIONS as unknown[])).map((migration) => migration.name);
    expect(names).toEqual((ALL_MIGRATIONS as Array<{ name: string }>).map((migration) => migration.name));
    expect(names.slice(0, MIGRATION_NAMES.length)).toEqual(MIGRATION_NAMES);
    expect(await publicTables(db)).toEqual(expect.arrayContaining(ORIGINAL_AND_BOOKKEEPING_TABLES));
  });

  it('the entities map every table and column exactly as migrated (one schema source)', async () => {
    const pending = await withDataSource(db, async (dataSource) => (await dataSource.driver.createSchemaBuilder().log()).upQueries, ALL_MIGRATIONS as unknown[]);
    // Entities do not redeclare keys, checks and indexes; the builder would drop those, which is not a column difference.
    const columnChanges = pending.map((query) => query.query).filter((sql) => !/^(ALTER TABLE "\w+" DROP CONSTRAINT|DROP INDEX)/.test(sql));
    expect(columnChanges).toEqual([]);
  });

  it('reverting every migration leaves no application table', async () => {
    await revertAll(db, ALL_MIGRATIONS as unknown[]);
    expect(await publicTables(db)).toEqual(['typeorm_migrations']);
  });
});

describe('Reverting migrations on a fresh database', () => {
  let db: TestDatabase;
  let original: TestDatabase;
  beforeAll(async () => {
    [db, original] = await Promise.all([TestDatabase.create({ empty: true }), databaseWithOriginal0008()]);
    await migrate(db);
  });
  afterAll(() => Promise.all([db.drop(), original.drop()]));

  it("reverting the hardening leaves exactly the original's 0008 schema", async () => {
    await withDataSource(db, (dataSource) => dataSource.undoLastMigration({ transaction: 'each' }));
    expect(await schemaCatalog(db)).toEqual(await schemaCatalog(original));
  });

  it('reverting the baseline leaves no application table', async () => {
    await revertAll(db);
    expect(await publicTables(db)).toEqual(['typeorm_migrations']);
    expect((await schemaCatalog(db)).sequences).toEqual([]);
  });
});

describe('Adopting a database the original manages at Alembic 0008', () => {
  let db: TestDatabase;
  let fresh: TestDatabase;
  let originalCatalog: SchemaCatalog;
  let fingerprintsBefore: Record<string, unknown>;
  let appliedNames: string[];

  async function fingerprints(tables: readonly string[]): Promise<Record<string, unknown>> {
    const entries = await Promise.all(tables.map(async (table) => [table, await tableFingerprint(db, table)] as const));
    return Object.fromEntries(entries);
  }
  const keptTables = ORIGINAL_TABLES.filter((table) => !CLEANED_UP_TABLES.includes(table));

  beforeAll(async () => {
    [db, fresh] = await Promise.all([databaseWithOriginal0008(), TestDatabase.create()]);
    originalCatalog = await schemaCatalog(db);
    fingerprintsBefore = await fingerprints(keptTables);
    appliedNames = (await migrate(db, EVERY_MIGRATION)).map((migration) => migration.name);
  });
  afterAll(() => Promise.all([db.drop(), fresh.drop()]));

  it('applies every migration and leaves alembic_version at 0008', async () => {
    expect(appliedNames).toEqual(EVERY_MIGRATION_NAME);
    expect(await db.query('SELECT version_num FROM alembic_version')).toEqual([{ version_num: '0008' }]);
  });

  it('keeps every row of every table it does not clean up; integration tokens are encrypted in place', async () => {
    const after = await fingerprints(keptTables);
    const withoutTokenTables = (all: Record<string, unknown>) => Object.fromEntries(Object.entries(all).filter(([table]) => !TOKEN_TABLES.includes(table)));
    expect(withoutTokenTables(after)).toEqual(withoutTokenTables(fingerprintsBefore));
    const tokens = await db.query<{ api_token: string }>(`SELECT api_token FROM wb_integration_accounts UNION ALL SELECT api_token FROM moysklad_integration_accounts`);
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.filter(({ api_token }) => api_token !== '' && !api_token.startsWith('enc:v1:'))).toEqual([]);
    expect(after.article).toMatchObject({ rows: 2 });
    expect(after.purchase_order_item).toMatchObject({ rows: 2 });
  });

  it('collapses duplicate NULL-warehouse wb_stock rows into the most recently updated one', async () => {
    const rows = await db.query('SELECT id, wb_sku, warehouse_id, stock_qty FROM wb_stock ORDER BY id');
    expect(rows).toEqual([
      { id: 1, wb_sku: '111', warehouse_id: 507, stock_qty: 40 },
      { id: 3, wb_sku: '111', warehouse_id: null, stock_qty: 9 },
      { id: 4, wb_sku: '222', warehouse_id: null, stock_qty: 3 },
    ]);
  });

  it('keeps only the lowest-id global planning settings row, the one the snapshot reads', async () => {
    expect(await db.query('SELECT id, default_target_coverage_days FROM global_planning_settings')).toEqual([
      { id: 1, default_target_coverage_days: 60 },
    ]);
  });

  it('ends with the same schema as a database migrated from empty', async () => {
    expect(await schemaCatalog(db)).toEqual(await schemaCatalog(fresh));
  });

  it("continues the original's id sequences", async () => {
    expect(await db.query(`INSERT INTO article (code) VALUES ('A-300') RETURNING id`)).toEqual([{ id: 3 }]);
    await db.query(`DELETE FROM article WHERE code = 'A-300'`);
  });

  it('a second run applies nothing', async () => {
    expect(await migrate(db, EVERY_MIGRATION)).toEqual([]);
    expect(await recordedMigrations(db)).toEqual(EVERY_MIGRATION_NAME);
  });

  it('the app boots on the adopted database', async () => {
    const app = await createTestApp({ db });
    try {
      await app.http.get('/').expect(200);
    } finally {
      await app.close();
    }
  });

  it("reverting everything restores the original's schema and leaves its tables and rows alone", async () => {
    await revertAll(db, EVERY_MIGRATION);
    expect(await schemaCatalog(db)).toEqual(originalCatalog);
    expect(await fingerprints(keptTables)).toEqual(fingerprintsBefore);
    expect(await db.query('SELECT version_num FROM alembic_version')).toEqual([{ version_num: '0008' }]);
  });
});

describe('Adopting a database with legacy values the new checks reject', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await databaseWithOriginal0008();
    await db.query(`INSERT INTO purchase_order (status, target_date) VALUES ('on_hold', '2024-02-01')`);
    await db.query(`UPDATE purchase_order_item SET quantity = -5 WHERE id = 1`);
  });
  afterAll(() => db.drop());

  it('still migrates, leaving only the violated checks unvalidated but enforced for new rows', async () => {
    expect((await migrate(db)).map((migration) => migration.name)).toEqual(MIGRATION_NAMES);
    expect(await constraintDefinition(db, 'ck_purchase_order_status')).toMatchObject({ validated: false });
    expect(await constraintDefinition(db, 'ck_purchase_order_item_quantity_non_negative')).toMatchObject({ validated: false });
    expect(await constraintDefinition(db, 'ck_wb_shipment_status')).toMatchObject({ validated: true });
    expect(await db.query(`SELECT count(*)::int AS legacy FROM purchase_order WHERE status = 'on_hold'`)).toEqual([{ legacy: 1 }]);
    expect(await failureOf(db, `INSERT INTO purchase_order (status, target_date) VALUES ('on_hold', '2024-02-02')`)).toEqual({
      code: '23514',
      constraint: 'ck_purchase_order_status',
    });
  });
});

describe('Databases the baseline refuses', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await TestDatabase.create({ empty: true });
  });
  afterEach(() => db.drop());

  it('the original at another Alembic revision: asks to upgrade it to 0008 first and creates nothing', async () => {
    await db.query(`CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY); INSERT INTO alembic_version VALUES ('0007')`);
    await expect(migrate(db)).rejects.toThrow(/Alembic revision 0007; upgrade the original to 0008 first/);
    expect(await publicTables(db)).toEqual(['alembic_version', 'typeorm_migrations']);
    expect(await recordedMigrations(db)).toEqual([]);
  });

  it("some of the original's tables without alembic_version: refuses and leaves the database as it was", async () => {
    await db.query(`CREATE TABLE article (id SERIAL PRIMARY KEY, code VARCHAR(50) NOT NULL UNIQUE, name VARCHAR(255))`);
    await expect(migrate(db)).rejects.toThrow(/tables article already exist but there is no alembic_version table/);
    expect(await publicTables(db)).toEqual(['article', 'typeorm_migrations']);
    expect(await recordedMigrations(db)).toEqual([]);
  });
});

describe('Replicas starting together', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await TestDatabase.create({ empty: true });
  });
  afterAll(() => db.drop());

  it('both succeed and each migration is applied and recorded exactly once', async () => {
    const replicas = await Promise.all([1, 2].map(() => new DataSource(buildDataSourceOptions({ url: db.url, poolMax: 2 })).initialize()));
    try {
      const results = await Promise.all(replicas.map((replica) => runMigrationsUnderLock(replica)));
      expect(results.flat().map((migration) => migration.name).sort()).toEqual([...EVERY_MIGRATION_NAME].sort());
    } finally {
      await Promise.all(replicas.map((replica) => replica.destroy()));
    }
    expect(await recordedMigrations(db)).toEqual(EVERY_MIGRATION_NAME);
    expect(await publicTables(db)).toEqual(expect.arrayContaining(ORIGINAL_AND_BOOKKEEPING_TABLES));
  });
});
