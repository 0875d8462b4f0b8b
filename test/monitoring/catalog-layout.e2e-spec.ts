import { createTestApp, TestApp } from '../support/test-app';
import { BASE, MonitoringFixtures } from './monitoring-fixtures';

const METRICS = [
  ['risk_critical', 'risk', 'Critical risk articles'],
  ['risk_warning', 'risk', 'Warning risk articles'],
  ['risk_ok', 'risk', 'OK risk articles'],
  ['risk_overstock', 'risk', 'Overstock risk articles'],
  ['risk_no_data', 'risk', 'No-data risk articles'],
  ['wb_accounts_active', 'integrations', 'Active WB accounts'],
  ['ms_accounts_active', 'integrations', 'Active MoySklad accounts'],
  ['articles_with_orders', 'orders', 'Articles with final orders'],
  ['total_final_order_qty', 'orders', 'Total final order quantity'],
];

const SOURCES = ['status', 'snapshot', 'timeseries', 'risk-focus'].map((path) => `${BASE}/${path}`);

interface Tile {
  id: string;
  title: string;
  description: string;
  type: string;
  primary_metric: string | null;
  secondary_metrics: string[] | null;
  source_endpoint: string;
  source_params: Record<string, unknown> | null;
}
interface Section {
  id: string;
  title: string;
  description: string | null;
  tiles: Tile[];
}

/* 03 §4 scenarios 15–18. */
describe('Monitoring catalog, layout and bootstrap', () => {
  let t: TestApp;
  let seed: MonitoringFixtures;
  beforeAll(async () => {
    t = await createTestApp();
    seed = new MonitoringFixtures(t);
  });
  afterAll(() => t.close());

  it('scenario 15: the catalog holds exactly the 9 metrics in order, all flags true', async () => {
    const { body } = await t.http.get(`${BASE}/metrics`).expect(200);
    expect(body.items.map((item: { metric: string; category: string; label: string }) => [item.metric, item.category, item.label])).toEqual(METRICS);
    for (const item of body.items) {
      expect(item).toMatchObject({ supports_alerts: true, supports_timeseries: true, used_in_status: true, since_schema_version: 1 });
      expect(item.description.length).toBeGreaterThan(0);
    }
  });

  it('scenario 16: alert-capable metrics are used in status; every seed metric is alert-capable', async () => {
    const items = (await t.http.get(`${BASE}/metrics`).expect(200)).body.items as { metric: string; supports_alerts: boolean; used_in_status: boolean }[];
    for (const item of items.filter((entry) => entry.supports_alerts)) expect(item.used_in_status).toBe(true);
    await seed.reset();
    await t.http.post(`${BASE}/alert-rules/seed`).expect(200);
    const alertCapable = new Set(items.filter((entry) => entry.supports_alerts).map((entry) => entry.metric));
    const seeded = (await t.http.get(`${BASE}/alert-rules`).expect(200)).body.items as { metric: string }[];
    for (const rule of seeded) expect(alertCapable.has(rule.metric)).toBe(true);
  });

  it('scenario 17: layout shape and exact content', async () => {
    const { body } = await t.http.get(`${BASE}/layout`).expect(200);
    const sections = body.sections as Section[];
    const catalog = new Set(METRICS.map(([metric]) => metric));
    const tileIds = sections.flatMap((section) => section.tiles.map((tile) => tile.id));
    expect(new Set(tileIds).size).toBe(tileIds.length);
    for (const section of sections) {
      expect(section.id && section.title && section.description).toBeTruthy();
      expect(section.tiles.length).toBeGreaterThan(0);
      for (const tile of section.tiles) {
        expect(typeof tile.title === 'string' && tile.description.length > 0).toBe(true);
        expect(['counter', 'timeseries', 'table_link']).toContain(tile.type);
        expect(SOURCES).toContain(tile.source_endpoint);
        for (const metric of [tile.primary_metric, ...(tile.secondary_metrics ?? [])].filter((m): m is string => m !== null)) expect(catalog.has(metric)).toBe(true);
      }
    }
    expect(sections.map((section) => [section.id, section.title, section.tiles.map((tile) => tile.id)])).toEqual([
      ['status', 'Overall status', ['status_summary']],
      ['risk', 'Risk portfolio', ['risk_counters', 'risk_timeseries', 'risk_top_articles']],
      ['integrations', 'Integrations health', ['integrations_counters', 'integrations_timeseries']],
      ['orders', 'Orders summary', ['orders_counters', 'orders_timeseries']],
    ]);
    const strip = ({ description: _description, ...tile }: Tile) => tile;
    expect(sections.flatMap((section) => section.tiles).map(strip)).toEqual([
      { id: 'status_summary', title: 'Monitoring status', type: 'counter', primary_metric: null, secondary_metrics: null, source_endpoint: SOURCES[0], source_params: null },
      { id: 'risk_counters', title: 'Risk level counters', type: 'counter', primary_metric: 'risk_critical', secondary_metrics: ['risk_warning', 'risk_ok', 'risk_overstock', 'risk_no_data'], source_endpoint: SOURCES[1], source_params: null },
      { id: 'risk_timeseries', title: 'Critical risk timeseries', type: 'timeseries', primary_metric: 'risk_critical', secondary_metrics: null, source_endpoint: SOURCES[2], source_params: { metrics: ['risk_critical'], limit: 30 } },
      { id: 'risk_top_articles', title: 'Top risky articles', type: 'table_link', primary_metric: null, secondary_metrics: null, source_endpoint: SOURCES[3], source_params: { limit: 20 } },
      { id: 'integrations_counters', title: 'Integration accounts counters', type: 'counter', primary_metric: 'wb_accounts_active', secondary_metrics: ['ms_accounts_active'], source_endpoint: SOURCES[1], source_params: null },
      { id: 'integrations_timeseries', title: 'Integrations activity timeseries', type: 'timeseries', primary_metric: 'wb_accounts_active', secondary_metrics: ['ms_accounts_active'], source_endpoint: SOURCES[2], source_params: { metrics: ['wb_accounts_active', 'ms_accounts_active'], limit: 30 } },
      { id: 'orders_counters', title: 'Orders counters', type: 'counter', primary_metric: 'articles_with_orders', secondary_metrics: ['total_final_order_qty'], source_endpoint: SOURCES[1], source_params: null },
      { id: 'orders_timeseries', title: 'Orders quantity timeseries', type: 'timeseries', primary_metric: 'total_final_order_qty', secondary_metrics: null, source_endpoint: SOURCES[2], source_params: { metrics: ['total_final_order_qty'], limit: 30 } },
    ]);
  });

  it('scenario 18: bootstrap agrees with /metrics, /layout and /status', async () => {
    await seed.reset();
    const [bootstrap, metrics, layout, status] = await Promise.all(
      ['bootstrap', 'metrics', 'layout', 'status'].map(async (path) => (await t.http.get(`${BASE}/${path}`).expect(200)).body),
    );
    expect(bootstrap.metrics).toEqual(metrics);
    expect(bootstrap.layout).toEqual(layout);
    expect(Object.keys(bootstrap.status).sort()).toEqual(
      ['alerts_source', 'critical_alerts', 'data_as_of', 'history_stale', 'overall_status', 'updated_at', 'warning_alerts'],
    );
    const triple = (s: Record<string, unknown>) => [s.overall_status, s.critical_alerts, s.warning_alerts];
    expect(triple(bootstrap.status)).toEqual(triple(status));
  });
});
