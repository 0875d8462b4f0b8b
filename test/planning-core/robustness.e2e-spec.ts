import { createTestApp, TestApp } from '../support/test-app';
import { PlanningCoreFixtures } from './planning-core-fixtures';

const ROUTES: Array<['post' | 'put', string]> = [
  ['post', '/api/v1/planning/core/production-order/proposal'],
  ['post', '/api/v1/planning/core/production-order/proposal/from-wb'],
  ['put', '/api/v1/planning/core/production-order/settings/1'],
  ['post', '/api/v1/planning/core/bundle-stock/import'],
];

const NASTY = ['x', 12, -1, 1.5, 2 ** 31, true, null, [], [1], ['x'], [null], [[]], {}, { a: 1 }, { '1': 'x' }, { '-1': 2 }, [{ bundle_type_id: 'x' }]];
const FIELDS = [
  'article_id',
  'bundle_daily_sales',
  'bundle_stock',
  'in_flight_supply',
  'size_weights',
  'overrides',
  'as_of_date',
  'bundle_type_ids',
  'size_weights',
  'elastic_bindings',
  'in_flight_supply_defaults',
  'assorti_bundle_type_ids',
  'lead_time_stage_days',
  'fabric_min_batch_overrides',
  'elastic_type_settings',
  'items',
];
const OVERRIDE_FIELDS = ['lead_time_days', 'stage_yield', 'fabric_min_batch_qty_by_pantone', 'elastic_min_batch_qty_by_type', 'capital_governance_mode', 'available_capital'];

/** Malformed bodies are refused with a 4xx on every Planning Core write route, never a 5xx. */
describe('Planning Core routes refuse malformed bodies without a server error', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp();
    const fixtures = new PlanningCoreFixtures(app.db);
    await fixtures.common();
    await fixtures.sku(1, 1, 5);
    await fixtures.bundleType(1, [1]);
  });
  afterAll(() => app.close());

  it('each field set to each nasty value, at the top level and inside overrides and list items', async () => {
    const failures: string[] = [];
    for (const [method, path] of ROUTES) {
      const bodies: unknown[] = ['[]', 'null', '"x"', ...FIELDS.flatMap((field) => NASTY.map((value) => ({ article_id: 1, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 1 }], [field]: value })))];
      bodies.push(...OVERRIDE_FIELDS.flatMap((field) => NASTY.map((value) => ({ article_id: 1, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 1 }], overrides: { [field]: value } }))));
      bodies.push(...NASTY.map((value) => ({ items: [value] })));
      bodies.push(...NASTY.map((value) => ({ article_id: 1, bundle_daily_sales: [value], elastic_bindings: [value], size_weights: [value] })));
      for (const body of bodies) {
        const request = app.http[method](path).set('content-type', 'application/json');
        const res = await request.send(typeof body === 'string' ? body : JSON.stringify(body));
        if (res.status >= 500) failures.push(`${method} ${path} ${JSON.stringify(body)} → ${res.status}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
