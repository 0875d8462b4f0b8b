import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_MIGRATIONS } from '@supply-brain/migrations';
import { migrate, withDataSource } from '../support/schema-catalog';
import { TestDatabase } from '../support/test-database';

const ORIGINAL_0008 = readFileSync(join(__dirname, '..', 'fixtures', 'original-0008-schema.sql'), 'utf8');
const EVERY_MIGRATION = ALL_MIGRATIONS as unknown[];
const PLANNING_CORE = 'PlanningCore1700000000050';

async function failureOf(db: TestDatabase, sql: string): Promise<string | null> {
  try {
    await db.query(sql);
    return null;
  } catch (error) {
    return (error as { constraint?: string; code: string }).constraint ?? (error as { code: string }).code;
  }
}

describe('Migration planning_core_v1 on a database the original manages', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await TestDatabase.create({ empty: true });
    await db.query(ORIGINAL_0008);
    await db.query(`INSERT INTO bundle_type (code, name) VALUES ('3pack-assorti', '3 pack'), ('5pack', 'Ассорти 5')`);
    // An admin table of the earlier system's revision 0009 that already holds a row.
    await db.query(`CREATE TABLE production_order_size_weight_settings (
      id SERIAL PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES article (id), size_id INTEGER NOT NULL REFERENCES size (id),
      weight FLOAT NOT NULL DEFAULT 1.0, CONSTRAINT uq_po_size_weight_article_size UNIQUE (article_id, size_id))`);
    await db.query('INSERT INTO production_order_size_weight_settings (article_id, size_id, weight) VALUES (1, 2, 0.7)');
    await migrate(db, EVERY_MIGRATION);
  });
  afterAll(() => db.drop());

  it('backfills is_assorti from the code or name (assorti / ассорти) and leaves pieces null', async () => {
    expect(await db.query('SELECT code, is_assorti, pieces FROM bundle_type ORDER BY id')).toEqual([
      { code: '4pack', is_assorti: false, pieces: null },
      { code: '3pack-assorti', is_assorti: true, pieces: null },
      { code: '5pack', is_assorti: true, pieces: null },
    ]);
  });

  it('keeps an existing 0009 admin table and its rows, adding the new check', async () => {
    expect(await db.query('SELECT article_id, size_id, weight FROM production_order_size_weight_settings')).toEqual([{ article_id: 1, size_id: 2, weight: 0.7 }]);
    expect(await failureOf(db, 'INSERT INTO production_order_size_weight_settings (article_id, size_id, weight) VALUES (1, 1, 0)')).toBe('ck_po_size_weight_positive');
  });

  it('enforces the new constraints: bindings unique with NULLs equal and scoped to a colour or SKU, pieces ≥ 1, known methods and stages', async () => {
    await db.query(`INSERT INTO production_order_elastic_bindings (article_id, elastic_type_id, color_id) VALUES (1, 1, 1)`);
    expect(await failureOf(db, `INSERT INTO production_order_elastic_bindings (article_id, elastic_type_id, color_id) VALUES (1, 1, 1)`)).toBe('uq_po_elastic_binding_scope');
    expect(await failureOf(db, `INSERT INTO production_order_elastic_bindings (article_id, elastic_type_id) VALUES (1, 1)`)).toBe('ck_po_elastic_binding_color_or_sku');
    expect(await failureOf(db, `UPDATE bundle_type SET pieces = 0 WHERE id = 1`)).toBe('ck_bundle_type_pieces_positive');
    expect(await failureOf(db, `UPDATE article_planning_settings SET production_order_safety_stock_method = 'weeks'`)).toBe('ck_article_planning_settings_po_safety_stock_method');
    expect(await failureOf(db, `INSERT INTO production_order_in_flight_defaults (article_id, color_id, size_id, stage) VALUES (1, 1, 1, 'sea')`)).toBe('ck_po_in_flight_default_stage');
    expect(await failureOf(db, `INSERT INTO wb_stock_daily (wb_sku, date) VALUES ('111', '2024-03-01'), ('111', '2024-03-01')`)).toBe('uq_wb_stock_daily_sku_date');
  });

  it('creates the global columns under the names PostgreSQL keeps (63 bytes)', async () => {
    const rows = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'global_planning_settings' AND column_name LIKE 'default_production_order_layer5%' ORDER BY 1`,
    );
    expect(rows.map((row) => row.column_name)).toEqual([
      'default_production_order_layer5_accelerate_production_risk_thre',
      'default_production_order_layer5_unavoidable_stockout_risk_thres',
    ]);
  });

  it('keeps stored run responses verbatim (json, keys in their order); reverting 070 turns them back into jsonb', async () => {
    const types = await db.query(
      `SELECT table_name, data_type FROM information_schema.columns
        WHERE column_name = 'response' AND table_name IN ('production_order_proposal', 'production_order_portfolio_run') ORDER BY 1`,
    );
    expect(types).toEqual([
      { table_name: 'production_order_portfolio_run', data_type: 'json' },
      { table_name: 'production_order_proposal', data_type: 'json' },
    ]);
    const answered = '{"portfolio_run_id":1,"generated_at":"2026-03-02T08:00:00.000Z","total":33.3,"a":[]}';
    await db.query(
      `INSERT INTO production_order_portfolio_run (as_of_date, engine_version, article_count, request_snapshot, response)
       VALUES ('2026-03-02', 'pc-v1', 0, '{}', $1::json)`,
      [answered],
    );
    expect(await db.query('SELECT response::text AS text FROM production_order_portfolio_run')).toEqual([{ text: answered }]);
    await withDataSource(
      db,
      async (dataSource) => {
        for (;;) {
          const applied: Array<{ name: string }> = await dataSource.query('SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1');
          await dataSource.undoLastMigration({ transaction: 'each' });
          if (applied[0]?.name === 'ProposalRunResponseText1700000000070') break;
        }
      },
      EVERY_MIGRATION,
    );
    const [reverted] = await db.query<{ type: string; text: string }>(
      `SELECT pg_typeof(response)::text AS type, response::text AS text FROM production_order_portfolio_run`,
    );
    expect(reverted.type).toBe('jsonb');
    expect(JSON.parse(reverted.text)).toEqual(JSON.parse(answered));
  });

  it('down removes every table and column it added, and only those', async () => {
    await withDataSource(
      db,
      async (dataSource) => {
        for (;;) {
          const applied: Array<{ name: string }> = await dataSource.query('SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1');
          const last = applied[0]?.name;
          await dataSource.undoLastMigration({ transaction: 'each' });
          if (last === PLANNING_CORE) break;
        }
      },
      EVERY_MIGRATION,
    );
    const tables = await db.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND (tablename LIKE 'production_order%' OR tablename IN ('bundle_stock_balance', 'wb_stock_daily'))`,
    );
    expect(tables).toEqual([]);
    const columns = await db.query<{ name: string }>(
      `SELECT table_name || '.' || column_name AS name FROM information_schema.columns
        WHERE table_schema = 'public' AND (column_name LIKE '%production_order%' OR (table_name = 'bundle_type' AND column_name IN ('is_assorti', 'pieces')))`,
    );
    expect(columns).toEqual([]);
    expect(await db.query('SELECT count(*)::int AS n FROM bundle_type')).toEqual([{ n: 3 }]);
  });
});
