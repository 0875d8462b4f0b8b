import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { BASE, MonitoringFixtures } from './monitoring-fixtures';

const instant = (text: string) => new Date(text).getTime();
const summary = (status: { overall_status: string; critical_alerts: number; warning_alerts: number }) => [
  status.overall_status,
  status.critical_alerts,
  status.warning_alerts,
];

/* 03 §4 scenarios 28–43, and the additive status fields of §5.4. */
describe('Monitoring alerts, status and dashboard', () => {
  let t: TestApp;
  let seed: MonitoringFixtures;
  beforeAll(async () => {
    t = await createTestApp();
    seed = new MonitoringFixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  const get = async (path: string) => (await t.http.get(`${BASE}${path}`).expect(200)).body;
  const alerts = async () => (await get('/alerts')).items as { rule_id: number; metric: string; current_value: number }[];

  describe('alerts', () => {
    it('scenario 28: no rules → no alerts', async () => {
      expect(await get('/alerts')).toEqual({ items: [] });
    });

    it('scenario 29: triggered versus quiet rules, in rule-id order', async () => {
      const r1 = await seed.rule({ name: 'Too many critical risks', metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
      const r2 = await seed.rule({ name: 'No active WB accounts', metric: 'wb_accounts_active', threshold_type: 'below', threshold_value: 1, severity: 'warning' });
      await seed.rule({ name: 'Too many warnings', metric: 'risk_warning', threshold_type: 'above', threshold_value: 10, severity: 'warning' });
      await seed.record('2025-01-01T00:00:00Z', {
        wb_accounts_total: 2, wb_accounts_active: 0, ms_accounts_total: 1, ms_accounts_active: 1,
        risk_critical: 2, risk_warning: 3, articles_with_orders: 1, total_final_order_qty: 100,
      });
      expect(await get('/alerts')).toEqual({
        items: [
          { rule_id: r1, name: 'Too many critical risks', severity: 'critical', metric: 'risk_critical', current_value: 2, threshold_type: 'above', threshold_value: 0 },
          { rule_id: r2, name: 'No active WB accounts', severity: 'warning', metric: 'wb_accounts_active', current_value: 0, threshold_type: 'below', threshold_value: 1 },
        ],
      });
    });

    it('scenario 30: the latest record beats the live state', async () => {
      await seed.rule({ metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
      await seed.record('2025-01-02T00:00:00Z', { risk_critical: 5 });
      expect((await get('/snapshot')).risks.critical).toBe(0);
      expect((await alerts()).map((alert) => [alert.metric, alert.current_value])).toEqual([['risk_critical', 5]]);
    });

    it('scenario 31: stored rules with an unknown metric or threshold type are ignored', async () => {
      const validRule = await seed.rule({ metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
      await seed.rule({ name: 'Unknown metric', metric: 'unknown_metric', threshold_type: 'above', threshold_value: 0, severity: 'warning' });
      // A legacy row from before the CHECK constraint: written the way an adopted database holds it.
      await t.db.query('ALTER TABLE monitoring_alert_rules DROP CONSTRAINT ck_monitoring_alert_rules_threshold_type');
      try {
        await seed.rule({ name: 'Weird threshold type', metric: 'risk_critical', threshold_type: 'weird', threshold_value: 0, severity: 'warning' });
      } finally {
        await t.db.query(`ALTER TABLE monitoring_alert_rules ADD CONSTRAINT ck_monitoring_alert_rules_threshold_type CHECK (threshold_type IN ('above', 'below')) NOT VALID`);
      }
      await seed.record('2025-01-01T00:00:00Z', { risk_critical: 3 });
      expect((await alerts()).map((alert) => [alert.rule_id, alert.current_value])).toEqual([[validRule, 3]]);
      await t.db.query(`DELETE FROM monitoring_alert_rules WHERE threshold_type = 'weird'`);
      await t.db.query('ALTER TABLE monitoring_alert_rules VALIDATE CONSTRAINT ck_monitoring_alert_rules_threshold_type');
    });

    it('scenario 32: comparisons are strict', async () => {
      await seed.rule({ metric: 'risk_warning', threshold_type: 'above', threshold_value: 5, severity: 'warning' });
      await seed.rule({ metric: 'wb_accounts_active', threshold_type: 'below', threshold_value: 1, severity: 'warning' });
      const record = await seed.record('2025-01-01T00:00:00Z', { risk_warning: 5, wb_accounts_active: 1 });
      expect(await alerts()).toEqual([]);
      await t.db.query('UPDATE monitoring_snapshots SET risk_warning = 6, wb_accounts_active = 0 WHERE id = $1', [record]);
      expect((await alerts()).map((alert) => alert.metric)).toEqual(['risk_warning', 'wb_accounts_active']);
    });

    it('scenario 33: inactive rules never fire', async () => {
      await seed.rule({ metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical', is_active: false });
      await seed.record('2025-01-01T00:00:00Z', { risk_critical: 9 });
      expect(await alerts()).toEqual([]);
    });

    it('scenario 34: equal created_at — the record with the higher id supplies the values', async () => {
      await seed.rule({ metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
      await seed.record('2025-01-01T00:00:00Z', { risk_critical: 1 });
      await seed.record('2025-01-01T00:00:00Z', { risk_critical: 7 });
      expect((await alerts()).map((alert) => alert.current_value)).toEqual([7]);
    });
  });

  describe('status and dashboard', () => {
    it('scenario 35: empty database dashboard and status → warning with 0 / 0', async () => {
      const before = Date.now();
      const dashboard = await get('/dashboard');
      expect(dashboard.snapshot.integrations).toEqual({ wb_accounts_total: 0, wb_accounts_active: 0, ms_accounts_total: 0, ms_accounts_active: 0 });
      expect(dashboard.snapshot.risks).toEqual({ critical: 0, warning: 0, ok: 0, overstock: 0, no_data: 0 });
      expect(dashboard.snapshot.orders).toEqual({ articles_with_orders: 0, total_final_order_qty: 0 });
      expect(dashboard.history).toEqual({ items: [] });
      expect(dashboard.alerts).toEqual({ items: [] });
      expect(dashboard.rules).toEqual({ items: [] });
      expect(dashboard.status).toMatchObject({ overall_status: 'warning', critical_alerts: 0, warning_alerts: 0 });
      expect(dashboard.status).not.toHaveProperty('updated_at');
      const status = await get('/status');
      expect(summary(status)).toEqual(['warning', 0, 0]);
      expect(instant(status.updated_at)).toBeGreaterThanOrEqual(before - 5000);
      expect(instant(status.updated_at)).toBeLessThanOrEqual(Date.now() + 5000);
    });

    it('scenario 36: dashboard with history and rules', async () => {
      await seed.record('2025-01-01T00:00:00Z', { wb_accounts_total: 1, wb_accounts_active: 1, risk_critical: 1, articles_with_orders: 1, total_final_order_qty: 10 });
      const newest = await seed.record('2025-01-02T00:00:00Z', { wb_accounts_total: 2, wb_accounts_active: 2, ms_accounts_total: 1, ms_accounts_active: 1, risk_critical: 2, articles_with_orders: 2, total_final_order_qty: 20 });
      const rule1 = await seed.rule({ metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
      const rule2 = await seed.rule({ metric: 'risk_warning', threshold_type: 'above', threshold_value: 5, severity: 'warning' });
      await seed.wbAccount('LIVE-WB', true);
      const dashboard = await get('/dashboard');
      expect(dashboard.history.items.map((item: { id: number }) => item.id)).toEqual([newest, newest - 1]);
      expect(dashboard.rules.items.map((rule: { id: number }) => rule.id)).toEqual([rule1, rule2]);
      expect(dashboard.alerts.items.map((alert: { rule_id: number; current_value: number }) => [alert.rule_id, alert.current_value])).toEqual([[rule1, 2]]);
      expect(summary(dashboard.status)).toEqual(['critical', 1, 0]);
      expect(dashboard.snapshot.integrations.wb_accounts_total).toBe(1);
    });

    it('scenario 37: dashboard with a critical alert', async () => {
      await seed.record('2025-01-03T00:00:00Z', { risk_critical: 5 });
      const rule = await seed.rule({ name: 'Too many critical', metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
      const dashboard = await get('/dashboard');
      expect(dashboard.alerts.items).toEqual([expect.objectContaining({ metric: 'risk_critical', current_value: 5, rule_id: rule })]);
      expect(summary(dashboard.status)).toEqual(['critical', 1, 0]);
    });

    it('scenario 38: warning alerts only', async () => {
      await seed.record('2025-01-01T00:00:00Z', { risk_warning: 10, risk_overstock: 20 });
      await seed.rule({ name: 'Warning 1', metric: 'risk_warning', threshold_type: 'above', threshold_value: 5, severity: 'warning' });
      await seed.rule({ name: 'Warning 2', metric: 'risk_overstock', threshold_type: 'above', threshold_value: 10, severity: 'warning' });
      const dashboard = await get('/dashboard');
      expect(dashboard.alerts.items.map((alert: { name: string; current_value: number }) => [alert.name, alert.current_value])).toEqual([
        ['Warning 1', 10],
        ['Warning 2', 20],
      ]);
      expect(summary(dashboard.status)).toEqual(['warning', 0, 2]);
    });

    it('scenario 39: a critical alert dominates a warning one', async () => {
      await seed.record('2025-01-01T00:00:00Z', { risk_critical: 5, risk_warning: 10 });
      await seed.rule({ metric: 'risk_critical', threshold_type: 'above', threshold_value: 0, severity: 'critical' });
      await seed.rule({ metric: 'risk_warning', threshold_type: 'above', threshold_value: 5, severity: 'warning' });
      await seed.wbAccount('WB', true);
      await seed.msAccount('MS', true);
      expect(summary(await get('/status'))).toEqual(['critical', 1, 1]);
      expect(summary((await get('/bootstrap')).status)).toEqual(['critical', 1, 1]);
    });

    it('scenario 40: warning from the live snapshot without alerts — inactive WB account; a live critical risk', async () => {
      await seed.wbAccount('WB', false);
      await seed.msAccount('MS', true);
      expect(summary(await get('/status'))).toEqual(['warning', 0, 0]);
      await seed.reset();
      await seed.wbAccount('WB', true);
      await seed.msAccount('MS', true);
      await seed.riskArticle('CRIT', 'critical');
      expect(summary(await get('/status'))).toEqual(['warning', 0, 0]);
    });

    it('scenario 41: ok', async () => {
      await seed.wbAccount('WB-1', true);
      await seed.wbAccount('WB-2', true);
      await seed.msAccount('MS-1', true);
      const before = Date.now();
      const status = await get('/status');
      expect(summary(status)).toEqual(['ok', 0, 0]);
      expect(instant(status.updated_at)).toBeGreaterThanOrEqual(before - 5000);
      expect(summary((await get('/bootstrap')).status)).toEqual(['ok', 0, 0]);
    });

    it('scenario 42: seeded rules on an empty system → 4 alerts, critical 3 / warning 1', async () => {
      const seeded = (await t.http.post(`${BASE}/alert-rules/seed`).expect(200)).body.created_ids as number[];
      const items = (await get('/alerts')).items as { rule_id: number; metric: string; current_value: number; severity: string }[];
      expect(items.map((alert) => [alert.rule_id, alert.metric, alert.current_value, alert.severity])).toEqual([
        [seeded[2], 'wb_accounts_active', 0, 'critical'],
        [seeded[3], 'ms_accounts_active', 0, 'critical'],
        [seeded[4], 'articles_with_orders', 0, 'warning'],
        [seeded[5], 'total_final_order_qty', 0, 'critical'],
      ]);
      expect(summary(await get('/status'))).toEqual(['critical', 3, 1]);
    });

    it('scenario 43: the fallback reads the live snapshot, not the record', async () => {
      await seed.record('2025-01-01T00:00:00Z', { risk_critical: 0, wb_accounts_total: 1, wb_accounts_active: 1, ms_accounts_total: 1, ms_accounts_active: 1 });
      expect(summary(await get('/status'))).toEqual(['warning', 0, 0]);
    });
  });

  describe('where the alert values came from (03 §5.4)', () => {
    it('no record: alerts_source live, data_as_of the live build time, not stale', async () => {
      const status = await get('/status');
      expect(status).toMatchObject({ alerts_source: 'live', history_stale: false });
      expect(status.data_as_of).toBe(status.updated_at);
    });

    it('a fresh record: alerts_source history, data_as_of its created_at, not stale', async () => {
      const [{ created_at }] = await t.db.query<{ created_at: Date }>(
        `INSERT INTO monitoring_snapshots (created_at) VALUES (now() - interval '10 minutes') RETURNING created_at`,
      );
      for (const status of [await get('/status'), (await get('/bootstrap')).status, (await get('/dashboard')).status]) {
        expect(status).toMatchObject({ alerts_source: 'history', history_stale: false });
        expect(instant(status.data_as_of)).toBe(created_at.getTime());
      }
    });

    it('a record older than 3 × the 15-minute interval (database clock) is stale', async () => {
      await t.db.query(`INSERT INTO monitoring_snapshots (created_at) VALUES (now() - interval '46 minutes')`);
      expect(await get('/status')).toMatchObject({ alerts_source: 'history', history_stale: true });
      expect((await get('/dashboard')).status).toMatchObject({ history_stale: true });
    });
  });

  describe('cost', () => {
    it('status, dashboard and alerts issue the same number of statements for 2 and 8 active articles', async () => {
      const measure = async (path: string) => (await countStatements(() => t.http.get(`${BASE}${path}`).expect(200))).statements;
      for (let index = 0; index < 2; index++) await seed.riskArticle(`S-${index}`, 'ok');
      const small = { status: await measure('/status'), dashboard: await measure('/dashboard'), snapshot: await measure('/snapshot') };
      for (let index = 2; index < 8; index++) await seed.riskArticle(`S-${index}`, 'ok');
      const large = { status: await measure('/status'), dashboard: await measure('/dashboard'), snapshot: await measure('/snapshot') };
      expect(large).toEqual(small);
      // One live build per request: the dashboard costs a build plus a few reads, not two builds.
      expect(small.dashboard).toBeLessThan(2 * small.snapshot);
      expect(small.status).toBeLessThan(2 * small.snapshot);
    });
  });
});
