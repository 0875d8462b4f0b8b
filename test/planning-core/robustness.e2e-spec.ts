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
  'elastic_bindings',
  'in_flight_supply_defaults',
  'assorti_bundle_type_ids',
  'lead_time_stage_days',
  'fabric_min_batch_overrides',
  'elastic_type_settings',
  'items',
];
const OVERRIDE_FIELDS = ['lead_time_days', 'stage_yield', 'fabric_min_batch_qty_by_pantone', 'elastic_min_batch_qty_by_type', 'capital_governance_mode', 'available_capital'];

const validBase = () => ({ article_id: 1, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 1 }] });

/** One group of malformed bodies each, so a slow machine never runs into one test's timeout. */
const BODY_GROUPS: Array<[string, unknown[]]> = [
  ['a body that is not an object', ['[]', 'null', '"x"']],
  ...FIELDS.map((field): [string, unknown[]] => [`top-level ${field}`, NASTY.map((value) => ({ ...validBase(), [field]: value }))]),
  ...OVERRIDE_FIELDS.map((field): [string, unknown[]] => [`overrides.${field}`, NASTY.map((value) => ({ ...validBase(), overrides: { [field]: value } }))]),
  ['an item of items', NASTY.map((value) => ({ items: [value] }))],
  ['an item of every list', NASTY.map((value) => ({ article_id: 1, bundle_daily_sales: [value], elastic_bindings: [value], size_weights: [value] }))],
];

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

  describe.each(ROUTES)('%s %s', (method, path) => {
    it.each(BODY_GROUPS)('%s', async (_group, bodies) => {
      const failures: string[] = [];
      for (const body of bodies) {
        const request = app.http[method](path).set('content-type', 'application/json');
        const res = await request.send(typeof body === 'string' ? body : JSON.stringify(body));
        if (res.status >= 500) failures.push(`${JSON.stringify(body)} → ${res.status}`);
      }
      expect(failures).toEqual([]);
    });
  });
});
