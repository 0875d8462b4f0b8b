import { createTestApp, TestApp } from '../support/test-app';
import { BASE, MonitoringFixtures } from './monitoring-fixtures';

const instant = (text: string) => new Date(text).getTime();

/* 03 §4 scenarios 1–14: live snapshot, capture, history, timeseries; plus the additive from/to and ignored_metrics. */
describe('Monitoring snapshot, capture, history and timeseries', () => {
  let t: TestApp;
  let seed: MonitoringFixtures;
  beforeAll(async () => {
    t = await createTestApp();
    seed = new MonitoringFixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  const get = (path: string) => t.http.get(`${BASE}${path}`);

  describe('snapshot', () => {
    it('scenario 1: empty system → all counters 0 and a timestamp', async () => {
      const before = Date.now();
      const { body } = await get('/snapshot').expect(200);
      expect(body.integrations).toEqual({ wb_accounts_total: 0, wb_accounts_active: 0, ms_accounts_total: 0, ms_accounts_active: 0 });
      expect(body.risks).toEqual({ critical: 0, warning: 0, ok: 0, overstock: 0, no_data: 0 });
      expect(body.orders).toEqual({ articles_with_orders: 0, total_final_order_qty: 0 });
      expect(instant(body.updated_at)).toBeGreaterThanOrEqual(before - 5000);
      expect(body.schema_version).toBe(1);
      expect(Object.keys(body.metrics)).toEqual([
        'risk_critical', 'risk_warning', 'risk_ok', 'risk_overstock', 'risk_no_data',
        'wb_accounts_active', 'ms_accounts_active', 'articles_with_orders', 'total_final_order_qty',
      ]);
    });

    it('scenario 2: integration counts follow the accounts and their is_active flag', async () => {
      await seed.wbAccount('WB-1', true, 'SUP-1');
      await seed.wbAccount('WB-2', false, null);
      await seed.msAccount('MS-1', true, 'ACC-1');
      const { body } = await get('/snapshot').expect(200);
      expect(body.integrations).toEqual({ wb_accounts_total: 2, wb_accounts_active: 1, ms_accounts_total: 1, ms_accounts_active: 1 });
      expect(body.metrics).toMatchObject({ wb_accounts_active: 1, ms_accounts_active: 1 });
    });

    it('scenario 3: risk counts per (article, bundle type) entry', async () => {
      await seed.riskArticle('R1', 'critical');
      await seed.riskArticle('R2', 'critical');
      await seed.riskArticle('R3', 'warning');
      await seed.riskArticle('R4', 'ok');
      await seed.riskArticle('R5', 'overstock');
      await seed.riskArticle('R6', 'no_data');
      const { body } = await get('/snapshot').expect(200);
      expect(body.risks).toEqual({ critical: 2, warning: 1, ok: 1, overstock: 1, no_data: 1 });
      expect(body.metrics).toMatchObject({ risk_critical: 2, risk_warning: 1, risk_ok: 1, risk_overstock: 1, risk_no_data: 1 });
    });

    it('scenario 4: order summary counts articles whose total is positive and sums only those', async () => {
      await seed.orderedArticle('A1', 10);
      await seed.orderedArticle('A2', 0);
      await seed.orderedArticle('A3', 5);
      const explained = (await t.http.get('/api/v1/planning/order-explanation-portfolio').expect(200)).body.items as {
        reasons: { final_order_qty: number }[];
      }[];
      const totals = explained.map((item) => item.reasons.reduce((sum, reason) => sum + reason.final_order_qty, 0));
      expect(totals[0]).toBe(100);
      expect(totals[1]).toBe(0);
      expect(totals[2]).toBeGreaterThan(0);
      const { body } = await get('/snapshot').expect(200);
      expect(body.orders).toEqual({ articles_with_orders: 2, total_final_order_qty: 100 + totals[2] });
    });

    it('a broken article (recipe of a deleted bundle type) never turns the snapshot into a 500', async () => {
      await t.db.query('ALTER TABLE bundle_recipe DROP CONSTRAINT IF EXISTS bundle_recipe_bundle_type_id_fkey');
      try {
        await seed.riskArticle('FINE', 'ok');
        const broken = await seed.riskArticle('BROKEN', 'ok');
        await t.db.query('DELETE FROM bundle_type WHERE id = $1', [broken.bundleType]);
        const { body } = await get('/snapshot').expect(200);
        expect(body.risks).toEqual({ critical: 1, warning: 0, ok: 1, overstock: 0, no_data: 0 });
        await get('/status').expect(200);
        await get('/dashboard').expect(200);
      } finally {
        await t.db.query('TRUNCATE bundle_recipe, bundle_type RESTART IDENTITY CASCADE');
        await t.db.query(
          'ALTER TABLE bundle_recipe ADD CONSTRAINT bundle_recipe_bundle_type_id_fkey FOREIGN KEY (bundle_type_id) REFERENCES bundle_type(id)',
        );
      }
    });
  });

  describe('capture and history', () => {
    it('scenario 5: capture persists exactly the live values and returns the stored record', async () => {
      await seed.wbAccount('WB-1', true);
      await seed.wbAccount('WB-2', false);
      await seed.msAccount('MS-1', true);
      await seed.riskArticle('C1', 'critical');
      await seed.riskArticle('W1', 'warning');
      await seed.orderedArticle('O1', 10);
      const live = (await get('/snapshot').expect(200)).body;
      const before = Date.now();
      const { body } = await t.http.post(`${BASE}/snapshot/capture`).send({ ignored: true }).expect(200);
      expect(body.id).toBeGreaterThan(0);
      expect(body).toMatchObject({
        wb_accounts_total: 2,
        wb_accounts_active: 1,
        ms_accounts_total: 1,
        ms_accounts_active: 1,
        risk_critical: live.risks.critical,
        risk_warning: live.risks.warning,
        risk_ok: live.risks.ok,
        risk_overstock: live.risks.overstock,
        risk_no_data: live.risks.no_data,
        articles_with_orders: live.orders.articles_with_orders,
        total_final_order_qty: live.orders.total_final_order_qty,
        schema_version: 1,
        source: 'manual',
        slot_start: null,
      });
      expect(live.risks.critical).toBe(1);
      expect(live.orders.total_final_order_qty).toBeGreaterThanOrEqual(100);
      expect(body.build_ms).toBeGreaterThanOrEqual(0);
      expect(Math.abs(instant(body.created_at) - before)).toBeLessThan(60_000);
      const rows = await t.db.query('SELECT id, risk_critical, total_final_order_qty, source, schema_version FROM monitoring_snapshots');
      expect(rows).toEqual([{ id: body.id, risk_critical: 1, total_final_order_qty: body.total_final_order_qty, source: 'manual', schema_version: 1 }]);
    });

    it('scenario 6: empty history', async () => {
      expect((await get('/history').expect(200)).body).toEqual({ items: [] });
    });

    it('scenario 7: newest first, limited', async () => {
      await seed.record('2025-01-01T00:00:00Z', { risk_critical: 1, wb_accounts_total: 1, wb_accounts_active: 1, articles_with_orders: 1, total_final_order_qty: 10 });
      await seed.record('2025-01-02T00:00:00Z', { risk_critical: 2, wb_accounts_total: 1, wb_accounts_active: 1, ms_accounts_total: 1, ms_accounts_active: 1, articles_with_orders: 1, total_final_order_qty: 20 });
      await seed.record('2025-01-03T00:00:00Z', { risk_critical: 3, wb_accounts_total: 2, wb_accounts_active: 2, ms_accounts_total: 1, ms_accounts_active: 1, articles_with_orders: 2, total_final_order_qty: 30 });
      const { body } = await get('/history?limit=2').expect(200);
      expect(body.items.map((item: { risk_critical: number }) => item.risk_critical)).toEqual([3, 2]);
      expect(body.items[0]).toEqual({
        id: 3,
        created_at: '2025-01-03T00:00:00.000Z',
        wb_accounts_total: 2,
        wb_accounts_active: 2,
        ms_accounts_total: 1,
        ms_accounts_active: 1,
        risk_critical: 3,
        risk_warning: 0,
        risk_ok: 0,
        risk_overstock: 0,
        risk_no_data: 0,
        articles_with_orders: 2,
        total_final_order_qty: 30,
        schema_version: 1,
        source: 'manual',
        build_ms: null,
        slot_start: null,
      });
    });

    it('scenario 8: limit bounds', async () => {
      await get('/history?limit=0').expect(422);
      await get('/history?limit=9999').expect(422);
      await get('/history?limit=366').expect(422);
      const bad = await get('/history?limit=abc').expect(422);
      expect(bad.body.detail[0].loc).toEqual(['query', 'limit']);
      await get('/history?limit=365').expect(200);
      for (let day = 1; day <= 31; day++) await seed.record(`2025-01-${String(day).padStart(2, '0')}T00:00:00Z`);
      expect((await get('/history').expect(200)).body.items).toHaveLength(30);
      expect((await get('/history/').expect(200)).body.items).toHaveLength(30);
    });

    it('equal created_at: the higher id comes first', async () => {
      const first = await seed.record('2025-01-01T00:00:00Z', { risk_critical: 1 });
      const second = await seed.record('2025-01-01T00:00:00Z', { risk_critical: 2 });
      expect((await get('/history').expect(200)).body.items.map((item: { id: number }) => item.id)).toEqual([second, first]);
    });

    it('from / to select a created_at range (inclusive), still newest first and limited', async () => {
      for (let day = 1; day <= 5; day++) await seed.record(`2025-01-0${day}T00:00:00Z`, { risk_critical: day });
      const values = async (query: string) => (await get(`/history${query}`).expect(200)).body.items.map((item: { risk_critical: number }) => item.risk_critical);
      expect(await values('?from=2025-01-02T00:00:00Z&to=2025-01-04T00:00:00Z')).toEqual([4, 3, 2]);
      expect(await values('?from=2025-01-04T00:00:00%2B00:00')).toEqual([5, 4]);
      expect(await values('?to=2025-01-03T00:00:00Z&limit=2')).toEqual([3, 2]);
      const bad = await get('/history?from=yesterday').expect(422);
      expect(bad.body.detail[0].loc).toEqual(['query', 'from']);
    });
  });

  describe('timeseries', () => {
    async function fourDays(): Promise<void> {
      for (let day = 1; day <= 4; day++) {
        await seed.record(`2025-01-0${day}T00:00:00Z`, { risk_critical: day - 1, wb_accounts_active: day - 1 });
      }
    }

    it('scenario 9: happy path — one series per metric, oldest point first, the latest `limit` records', async () => {
      await fourDays();
      const { body } = await get('/timeseries?metrics=risk_critical&metrics=wb_accounts_active&limit=3').expect(200);
      expect(body.items.map((series: { metric: string }) => series.metric)).toEqual(['risk_critical', 'wb_accounts_active']);
      for (const series of body.items) {
        expect(series.points.map((point: { timestamp: string }) => instant(point.timestamp))).toEqual(
          ['2025-01-02', '2025-01-03', '2025-01-04'].map((day) => instant(`${day}T00:00:00Z`)),
        );
        expect(series.points.map((point: { value: number }) => point.value)).toEqual([1, 2, 3]);
      }
      expect(body.ignored_metrics).toEqual([]);
    });

    it('scenario 10: unknown metrics only → empty items, reported as ignored', async () => {
      await fourDays();
      expect((await get('/timeseries?metrics=foo&metrics=bar').expect(200)).body).toEqual({ items: [], ignored_metrics: ['foo', 'bar'] });
    });

    it('scenario 11: no history → empty items', async () => {
      expect((await get('/timeseries?metrics=risk_critical').expect(200)).body).toEqual({ items: [], ignored_metrics: [] });
    });

    it('scenario 12: missing metrics → 400', async () => {
      expect((await get('/timeseries').expect(400)).body).toEqual({ detail: 'metrics query parameter is required' });
    });

    it('scenario 13: a bad limit is 422 even without metrics', async () => {
      const { body } = await get('/timeseries?limit=0').expect(422);
      expect(body.detail[0].loc).toEqual(['query', 'limit']);
    });

    it('scenario 14: de-duplication, filtering, empty and comma values', async () => {
      await fourDays();
      const dedup = (await get('/timeseries?metrics=risk_ok&metrics=foo&metrics=risk_ok').expect(200)).body;
      expect(dedup.items).toEqual([{ metric: 'risk_ok', points: expect.any(Array) }]);
      expect(dedup.items[0].points.map((point: { value: number }) => point.value)).toEqual([0, 0, 0, 0]);
      expect(dedup.ignored_metrics).toEqual(['foo']);
      expect((await get('/timeseries?metrics=wb_accounts_total').expect(200)).body).toEqual({ items: [], ignored_metrics: ['wb_accounts_total'] });
      expect((await get('/timeseries?metrics=').expect(200)).body).toEqual({ items: [], ignored_metrics: [''] });
      expect((await get('/timeseries?metrics=risk_critical,risk_ok').expect(200)).body).toEqual({ items: [], ignored_metrics: ['risk_critical,risk_ok'] });
    });

    it('from / to bound the records the series are built from', async () => {
      await fourDays();
      const { body } = await get('/timeseries?metrics=risk_critical&from=2025-01-02T00:00:00Z&to=2025-01-03T00:00:00Z').expect(200);
      expect(body.items[0].points.map((point: { value: number }) => point.value)).toEqual([1, 2]);
    });
  });
});
