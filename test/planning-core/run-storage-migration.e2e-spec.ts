import { ALL_MIGRATIONS } from '@supply-brain/migrations';
import { migrate, withDataSource } from '../support/schema-catalog';
import { createTestApp, TestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-database';

const EVERY_MIGRATION = ALL_MIGRATIONS as Array<{ name: string }>;
const RUN_STORAGE = 'ProposalRunStorage1700000000090';
const BEFORE_RUN_STORAGE = EVERY_MIGRATION.slice(0, EVERY_MIGRATION.findIndex((migration) => migration.name === RUN_STORAGE));
const PROPOSALS = '/api/v1/planning/core/production-order/proposals';

/** A run stored before migration 090: its body as json text, its lines without `source_reason`. */
const LEGACY_BODY =
  '{"proposal_id":1,"portfolio_run_id":null,"source":"direct","status":"ok","article_id":1,"generated_at":"2026-03-02T08:00:00.000Z",' +
  '"recommendation":{"action":"order_with_buffer","total_units":12,"lines":[{"sku_unit_id":1,"recommended_qty":5,"source_reason":"net_requirement|fabric_min_uplift"},' +
  '{"sku_unit_id":2,"recommended_qty":7,"source_reason":"safety_stock"}]},"explanation":{"summary":"é ✓"},"purchase_order_id":null,"converted_at":null}';

async function seedLegacyRun(db: TestDatabase): Promise<void> {
  await db.query(`INSERT INTO article (code, name) VALUES ('A-1', 'A-1')`);
  await db.query(`INSERT INTO color (inner_code) VALUES ('C-1'), ('C-2')`);
  await db.query(`INSERT INTO size (label, sort_order) VALUES ('S', 1), ('M', 2)`);
  await db.query(`INSERT INTO sku_unit (article_id, color_id, size_id) VALUES (1, 1, 1), (1, 1, 2)`);
  await db.query(
    `INSERT INTO production_order_proposal (id, article_id, created_at, as_of_date, source, status, action, risk_level, lead_time_days_total,
                                            total_units, engine_version, input_snapshot, policy_snapshot, response)
     VALUES (1, 1, '2026-03-02T08:00:00Z', '2026-03-02', 'direct', 'ok', 'order_with_buffer', 'critical', 10, 12, 'pc-v1', '{}', '{}', $1::json)`,
    [LEGACY_BODY],
  );
  await db.query(`SELECT setval(pg_get_serial_sequence('production_order_proposal', 'id'), 1)`);
  await db.query(
    `INSERT INTO production_order_proposal_line (proposal_id, article_id, color_id, size_id, sku_unit_id, pantone_key, daily_demand, on_hand_now,
                                                 receipts_before_arrival, receipts_in_window, projected_on_hand_at_arrival, safety_stock_target,
                                                 net_requirement, safety_stock, recommended_qty, cover_days_now, cover_days_at_arrival, risk_level, reason_codes)
     VALUES (1, 1, 1, 1, 1, 'P', 1, 0, 0, 0, 0, 0, 5, 0, 5, 0, 0, 'critical', '{net_requirement}'),
            (1, 1, 1, 2, 2, 'P', 1, 0, 0, 0, 0, 0, 7, 0, 7, 0, 0, 'critical', '{safety_stock}')`,
  );
}

async function failureOf(db: TestDatabase, sql: string): Promise<string | null> {
  try {
    await db.query(sql);
    return null;
  } catch (error) {
    return (error as { constraint?: string; code: string }).constraint ?? (error as { code: string }).code;
  }
}

/** Migration 090 on a database that already holds runs (05 §2.8): nothing answered before changes. */
describe('Migration 090: deflated run bodies, line reasons and one SKU key per line', () => {
  let db: TestDatabase;
  let t: TestApp;

  beforeAll(async () => {
    db = await TestDatabase.create({ empty: true });
    await migrate(db, BEFORE_RUN_STORAGE);
    await seedLegacyRun(db);
    t = await createTestApp({ db }); // applies 090 and whatever follows
  });
  afterAll(async () => {
    await t.close();
    await db.drop();
  });

  it('a run stored before reads back byte for byte from its json column', async () => {
    expect((await t.http.get(`${PROPOSALS}/1`).expect(200)).text).toBe(LEGACY_BODY);
    expect(await db.query('SELECT response_deflated FROM production_order_proposal')).toEqual([{ response_deflated: null }]);
  });

  it('lines get the source_reason their run answered, and a purchase order made from the run copies it', async () => {
    expect(await db.query('SELECT sku_unit_id, source_reason FROM production_order_proposal_line ORDER BY sku_unit_id')).toEqual([
      { sku_unit_id: 1, source_reason: 'net_requirement|fabric_min_uplift' },
      { sku_unit_id: 2, source_reason: 'safety_stock' },
    ]);
    const order = await t.http.post('/api/v1/purchase-order/from-proposal').send({ proposal_id: 1, explanation: true }).expect(201);
    expect(order.body.items.map((item: { quantity: number; notes: string }) => [item.quantity, item.notes])).toEqual([
      [5, 'net_requirement|fabric_min_uplift'],
      [7, 'safety_stock'],
    ]);
  });

  it('a run holds exactly one body: json or deflated', async () => {
    const insert = (response: string, deflated: string) =>
      `INSERT INTO production_order_proposal (article_id, as_of_date, source, status, risk_level, lead_time_days_total, engine_version,
                                              input_snapshot, policy_snapshot, response, response_deflated)
       VALUES (1, '2026-03-02', 'direct', 'ok', 'ok', 1, 'pc-v1', '{}', '{}', ${response}, ${deflated})`;
    expect(await failureOf(db, insert('NULL', 'NULL'))).toBe('ck_po_proposal_one_response');
    expect(await failureOf(db, insert(`'{}'`, `'\\x00'`))).toBe('ck_po_proposal_one_response');
  });

  it('a line names its SKU with the SKU’s own article, colour and size; the SKU keeps that identity while stored runs name it', async () => {
    const [{ id }] = await db.query<{ id: number }>(
      `INSERT INTO production_order_proposal (article_id, as_of_date, source, status, risk_level, lead_time_days_total, engine_version,
                                              input_snapshot, policy_snapshot, response)
       VALUES (1, '2026-03-02', 'direct', 'ok', 'ok', 1, 'pc-v1', '{}', '{}', '{}') RETURNING id`,
    );
    expect(
      await failureOf(
        db,
        `INSERT INTO production_order_proposal_line (proposal_id, article_id, color_id, size_id, sku_unit_id, pantone_key, daily_demand, on_hand_now,
                                                     receipts_before_arrival, receipts_in_window, projected_on_hand_at_arrival, safety_stock_target,
                                                     net_requirement, safety_stock, recommended_qty, cover_days_now, cover_days_at_arrival, risk_level)
         VALUES (${id}, 1, 2, 1, 1, 'P', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'ok')`,
      ),
    ).toBe('fk_po_proposal_line_sku_unit');
    expect(await failureOf(db, 'UPDATE sku_unit SET color_id = 2 WHERE id = 1')).toBe('fk_po_proposal_line_sku_unit');
  });

  it('down restores the json-only bodies and the four single foreign keys when no deflated run exists', async () => {
    const other = await TestDatabase.create({ empty: true });
    try {
      await migrate(other, EVERY_MIGRATION);
      await withDataSource(
        other,
        async (dataSource) => {
          for (;;) {
            const [applied] = (await dataSource.query('SELECT name FROM typeorm_migrations ORDER BY id DESC LIMIT 1')) as Array<{ name: string }>;
            await dataSource.undoLastMigration({ transaction: 'each' });
            if (applied.name === RUN_STORAGE) break;
          }
        },
        EVERY_MIGRATION,
      );
      const keys = await other.query<{ name: string }>(
        `SELECT conname AS name FROM pg_constraint WHERE conrelid = 'production_order_proposal_line'::regclass AND contype = 'f' ORDER BY 1`,
      );
      expect(keys.map((key) => key.name)).toEqual([
        'production_order_proposal_line_article_id_fkey',
        'production_order_proposal_line_color_id_fkey',
        'production_order_proposal_line_proposal_id_fkey',
        'production_order_proposal_line_size_id_fkey',
        'production_order_proposal_line_sku_unit_id_fkey',
      ]);
      const columns = await other.query(
        `SELECT table_name, column_name, is_nullable FROM information_schema.columns
          WHERE column_name IN ('response', 'response_deflated', 'source_reason') AND table_name LIKE 'production_order_%' ORDER BY 1, 2`,
      );
      expect(columns).toEqual([
        { table_name: 'production_order_portfolio_run', column_name: 'response', is_nullable: 'NO' },
        { table_name: 'production_order_proposal', column_name: 'response', is_nullable: 'NO' },
      ]);
    } finally {
      await other.drop();
    }
  });
});
