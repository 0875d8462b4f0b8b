import { AppMetrics } from '@supply-brain/common';
import { MonitoringSnapshotService } from '@supply-brain/monitoring';
import { createTestApp, TestApp } from '../support/test-app';

describe('Snapshot capture service (the scheduler contract)', () => {
  let app: TestApp;
  let service: MonitoringSnapshotService;
  beforeAll(async () => {
    app = await createTestApp();
    service = app.app.get(MonitoringSnapshotService);
  });
  afterAll(() => app.close());

  it('a scheduler slot is written once: the second capture of the same slot writes nothing', async () => {
    const slotStart = new Date('2026-01-01T10:15:00.000Z');
    expect(await service.hasSnapshotForSlot(slotStart)).toBe(false);
    const first = await service.captureSnapshot({ source: 'scheduler', slotStart });
    expect(first).toMatchObject({ written: true, slotStart, schemaVersion: 1 });
    expect(first.snapshotId).toBeGreaterThan(0);
    expect(first.buildMs).toBeGreaterThanOrEqual(0);
    const second = await service.captureSnapshot({ source: 'scheduler', slotStart });
    expect(second).toMatchObject({ written: false, snapshotId: null, slotStart, schemaVersion: 1 });
    expect(await service.hasSnapshotForSlot(slotStart)).toBe(true);
    const rows = await app.db.query(`SELECT id, source, slot_start, schema_version, build_ms FROM monitoring_snapshots WHERE slot_start = $1`, [slotStart]);
    expect(rows).toEqual([{ id: first.snapshotId, source: 'scheduler', slot_start: slotStart, schema_version: 1, build_ms: first.buildMs }]);
  });

  it('parallel scheduler captures of one slot write exactly one row', async () => {
    const slotStart = new Date('2026-01-01T10:30:00.000Z');
    const results = await Promise.all([1, 2, 3, 4].map(() => service.captureSnapshot({ source: 'scheduler', slotStart })));
    expect(results.filter((result) => result.written)).toHaveLength(1);
    const [{ count }] = await app.db.query<{ count: number }>(`SELECT count(*)::int AS count FROM monitoring_snapshots WHERE slot_start = $1`, [slotStart]);
    expect(count).toBe(1);
  });

  it('every capture is counted in the snapshot build histogram that /metrics exposes', async () => {
    const successes = async () => {
      const exposition = await app.app.get(AppMetrics).registry.metrics();
      const line = exposition.split('\n').find((text) => text.startsWith('supply_brain_snapshot_build_duration_seconds_count{outcome="success"}'));
      return line ? Number(line.split(' ').pop()) : 0;
    };
    const before = await successes();
    await service.captureSnapshot({ source: 'manual' });
    expect(await successes()).toBe(before + 1);
  });

  it('manual captures are never deduplicated and carry no slot', async () => {
    const first = await service.captureSnapshot({ source: 'manual' });
    const second = await service.captureSnapshot({ source: 'manual' });
    expect(first.written && second.written).toBe(true);
    expect(second.snapshotId).toBeGreaterThan(first.snapshotId!);
    const rows = await app.db.query(`SELECT source, slot_start FROM monitoring_snapshots WHERE id = ANY($1::int[])`, [[first.snapshotId, second.snapshotId]]);
    expect(rows).toEqual([
      { source: 'manual', slot_start: null },
      { source: 'manual', slot_start: null },
    ]);
  });

  it("a capture's statement timeout cuts its build, the reads on helper connections included", async () => {
    const [{ id }] = await app.db.query<{ id: number }>(`INSERT INTO article (code) VALUES ('SC-TIMEOUT') RETURNING id`);
    await app.db.query(
      `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days, safety_stock_days, strictness)
       VALUES ($1, true, 0, 0, 14, 7, 1.0)`,
      [id],
    );
    // Only the WB read (on a helper connection) reads wb_sales_tail: it waits for this lock until its timeout.
    const blocker = await app.db.client();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE wb_sales_tail IN ACCESS EXCLUSIVE MODE');
      const capture = service.captureSnapshot({ source: 'manual', statementTimeoutMs: 300 });
      const stuck = new Promise((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5000).unref());
      await expect(Promise.race([capture, stuck])).rejects.toThrow(/statement timeout/);
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
      await app.db.query(`DELETE FROM planning_settings WHERE article_id = $1`, [id]);
      await app.db.query(`DELETE FROM article WHERE id = $1`, [id]);
    }
  });

  it('a scheduler capture without a slot is refused before anything is built', async () => {
    await expect(service.captureSnapshot({ source: 'scheduler' })).rejects.toThrow('slotStart');
  });

  it('a failing beforeWrite guard (a deposed leader) writes nothing', async () => {
    const slotStart = new Date('2026-01-01T10:45:00.000Z');
    await expect(
      service.captureSnapshot({
        source: 'scheduler',
        slotStart,
        beforeWrite: async () => {
          throw new Error('fencing term lost');
        },
      }),
    ).rejects.toThrow('fencing term lost');
    expect(await service.hasSnapshotForSlot(slotStart)).toBe(false);
  });
});
