import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_MIGRATIONS } from '@supply-brain/migrations';
import { migrate, revertAll, withDataSource } from '../support/schema-catalog';
import { createTestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-database';

const ORIGINAL_0008 = readFileSync(join(__dirname, '..', 'fixtures', 'original-0008-schema.sql'), 'utf8');
const VERSIONING = 'MonitoringSnapshotVersioning1700000000030';
/** The chain up to and including snapshot versioning, so this file tests that migration alone on top of its predecessors. */
const THROUGH_VERSIONING = (() => {
  const all = ALL_MIGRATIONS as Array<{ name: string }>;
  return all.filter((migration) => Number(migration.name.slice(-13)) <= Number(VERSIONING.slice(-13)));
})();
const ORIGINAL_COLUMNS = `id, created_at, wb_accounts_total, wb_accounts_active, ms_accounts_total, ms_accounts_active, risk_critical,
  risk_warning, risk_ok, risk_overstock, risk_no_data, articles_with_orders, total_final_order_qty`;

/* Snapshot schema versioning (03 §5.3) on a database the original filled with version-less records. */
describe('Snapshot versioning over an adopted database', () => {
  let db: TestDatabase;
  let before: Record<string, unknown>[];
  beforeAll(async () => {
    db = await TestDatabase.create({ empty: true });
    await db.query(ORIGINAL_0008);
    before = await db.query(`SELECT ${ORIGINAL_COLUMNS} FROM monitoring_snapshots ORDER BY id`);
    await migrate(db, THROUGH_VERSIONING);
  });
  afterAll(() => db.drop());

  it('keeps every original value and reads the version-less rows as v1 written before versioning', async () => {
    expect(before).toHaveLength(2);
    expect(await db.query(`SELECT ${ORIGINAL_COLUMNS} FROM monitoring_snapshots ORDER BY id`)).toEqual(before);
    expect(await db.query('SELECT schema_version, source, build_ms, slot_start FROM monitoring_snapshots ORDER BY id')).toEqual([
      { schema_version: 1, source: 'migration', build_ms: null, slot_start: null },
      { schema_version: 1, source: 'migration', build_ms: null, slot_start: null },
    ]);
  });

  it('a row inserted without them is v1, manual', async () => {
    const [row] = await db.query(`INSERT INTO monitoring_snapshots DEFAULT VALUES RETURNING schema_version, source`);
    expect(row).toEqual({ schema_version: 1, source: 'manual' });
    await db.query(`DELETE FROM monitoring_snapshots WHERE source = 'manual'`);
  });

  it('one scheduler row per slot; scheduler rows need a slot; sources and versions are checked', async () => {
    const insert = (source: string, slot: string | null, version = 1) =>
      db.query(`INSERT INTO monitoring_snapshots (source, slot_start, schema_version) VALUES ($1, $2, $3)`, [source, slot, version]);
    await insert('scheduler', '2026-01-01T00:00:00Z');
    await expect(insert('scheduler', '2026-01-01T00:00:00Z')).rejects.toMatchObject({ code: '23505', constraint: 'uq_monitoring_snapshots_scheduler_slot' });
    await insert('manual', '2026-01-01T00:00:00Z');
    await expect(insert('scheduler', null)).rejects.toMatchObject({ code: '23514', constraint: 'ck_monitoring_snapshots_scheduler_slot' });
    await expect(insert('cron', null)).rejects.toMatchObject({ code: '23514', constraint: 'ck_monitoring_snapshots_source' });
    await expect(insert('manual', null, 0)).rejects.toMatchObject({ code: '23514', constraint: 'ck_monitoring_snapshots_schema_version' });
    const [conflict] = await db.query(
      `INSERT INTO monitoring_snapshots (source, slot_start) VALUES ('scheduler', '2026-01-01T00:00:00Z')
       ON CONFLICT (slot_start) WHERE source = 'scheduler' DO NOTHING RETURNING id`,
    );
    expect(conflict).toBeUndefined();
    await db.query(`DELETE FROM monitoring_snapshots WHERE source IN ('scheduler', 'manual')`);
  });

  it('history is still served by the (created_at DESC, id DESC) index', async () => {
    const indexes = await db.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE tablename = 'monitoring_snapshots' ORDER BY indexname`);
    expect(indexes.map((row) => row.indexdef)).toEqual([
      'CREATE INDEX ix_monitoring_snapshots_created_at_id ON public.monitoring_snapshots USING btree (created_at DESC, id DESC)',
      'CREATE UNIQUE INDEX monitoring_snapshots_pkey ON public.monitoring_snapshots USING btree (id)',
      `CREATE UNIQUE INDEX uq_monitoring_snapshots_scheduler_slot ON public.monitoring_snapshots USING btree (slot_start) WHERE (source = 'scheduler'::text)`,
    ]);
  });

  it('the entity maps the versioned columns exactly as migrated', async () => {
    const pending = await withDataSource(db, async (dataSource) => (await dataSource.driver.createSchemaBuilder().log()).upQueries, THROUGH_VERSIONING);
    const snapshotChanges = pending
      .map((query) => query.query)
      .filter((sql) => sql.includes('"monitoring_snapshots"') && !/^(ALTER TABLE "\w+" DROP CONSTRAINT|DROP INDEX)/.test(sql));
    expect(snapshotChanges).toEqual([]);
  });

  it('the API reads the adopted rows as schema version 1, newest first', async () => {
    const app = await createTestApp({ db });
    try {
      const { body } = await app.http.get('/api/v1/planning/monitoring/history').expect(200);
      expect(body.items.map((item: Record<string, unknown>) => [item.created_at, item.risk_critical, item.risk_ok, item.schema_version, item.source, item.build_ms])).toEqual([
        ['2024-03-02T00:00:00.000Z', 1, 6, 1, 'migration', null],
        ['2024-03-01T00:00:00.000Z', 2, 5, 1, 'migration', null],
      ]);
      const series = (await app.http.get('/api/v1/planning/monitoring/timeseries?metrics=risk_ok').expect(200)).body.items;
      expect(series[0].points.map((point: { value: number }) => point.value)).toEqual([5, 6]);
    } finally {
      await app.close();
    }
  });

  it('reverting the chain restores the original table and keeps its rows', async () => {
    await revertAll(db, ALL_MIGRATIONS as unknown[]);
    expect(await db.query(`SELECT ${ORIGINAL_COLUMNS} FROM monitoring_snapshots ORDER BY id`)).toEqual(before);
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'monitoring_snapshots' ORDER BY ordinal_position`,
    );
    expect(columns.map((row) => row.column_name)).toEqual(ORIGINAL_COLUMNS.split(',').map((column) => column.trim()));
  });
});
