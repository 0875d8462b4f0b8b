import { Role } from '@supply-brain/common';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, issueKeys } from './access-test-kit';

/*
 * AUTH_MODE=required: every role against a sample of each module's routes. Allowed → the route's
 * own success status; role too low → 403; no key, an unknown key or a revoked one → 401.
 */
let t: TestApp;
let keys: Record<Role, string>;

beforeAll(async () => {
  t = await createTestApp({ authRequired: true });
  keys = await issueKeys(t);
});
afterAll(() => t.close());

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
interface RouteSample {
  module: string;
  method: Method;
  path: string;
  body?: unknown;
  lowest: Role;
  ok: number;
}

let unique = 0;
const SAMPLES: Array<() => RouteSample> = [
  () => ({ module: 'catalog', method: 'get', path: '/api/v1/article', lowest: Role.Reader, ok: 200 }),
  () => ({ module: 'catalog', method: 'get', path: '/api/v1/warehouse/', lowest: Role.Reader, ok: 200 }),
  () => ({ module: 'catalog', method: 'post', path: '/api/v1/color', body: { inner_code: `C-${++unique}`, name: 'Red' }, lowest: Role.Planner, ok: 201 }),
  () => ({ module: 'settings', method: 'get', path: '/api/v1/planning/config-snapshot', lowest: Role.Reader, ok: 200 }),
  () => ({ module: 'integrations', method: 'get', path: '/api/v1/planning/integrations/config-snapshot', lowest: Role.Reader, ok: 200 }),
  () => ({ module: 'integrations', method: 'get', path: '/api/v1/integrations/wb-accounts', lowest: Role.Admin, ok: 200 }),
  () => ({ module: 'integrations', method: 'post', path: '/api/v1/integrations/moysklad-accounts', body: { name: 'MS', api_token: 't' }, lowest: Role.Admin, ok: 201 }),
  () => ({ module: 'purchase orders', method: 'get', path: '/api/v1/purchase-order/', lowest: Role.Reader, ok: 200 }),
  () => ({ module: 'planning', method: 'get', path: '/api/v1/planning/bundle-risk-portfolio', lowest: Role.Reader, ok: 200 }),
  () => ({ module: 'wildberries', method: 'get', path: '/api/v1/wb/manager/shipment/status-list', lowest: Role.Reader, ok: 200 }),
  () => ({ module: 'wildberries', method: 'post', path: '/api/v1/wb/sales-daily/import', body: { items: [] }, lowest: Role.Planner, ok: 200 }),
  () => ({ module: 'access', method: 'get', path: '/api/v1/admin/api-keys', lowest: Role.Admin, ok: 200 }),
  () => ({ module: 'metrics', method: 'get', path: '/metrics', lowest: Role.Admin, ok: 200 }),
];

const ROLE_ORDER = [Role.Reader, Role.Planner, Role.Admin];

describe.each(SAMPLES.map((sample) => [`${sample().method.toUpperCase()} ${sample().path}`, sample]))('%s', (_name, sample) => {
  const send = (headers: Record<string, string>) => {
    const { method, path, body } = sample();
    const request = t.http[method](path).set(headers);
    return body === undefined ? request : request.send(body as object);
  };

  it('without a key: 401 with the detail envelope and a WWW-Authenticate challenge', async () => {
    const res = await send({}).expect(401);
    expect(res.body).toEqual({ detail: expect.stringContaining('Not authenticated') });
    expect(res.headers['www-authenticate']).toBe('Bearer');
  });

  it('with an unknown key: 401', async () => {
    expect((await send(bearer('sb_not-a-real-key')).expect(401)).body).toEqual({ detail: 'Invalid or revoked API key' });
  });

  it.each(ROLE_ORDER)('with a %s key: allowed from its lowest role on, 403 below it', async (role) => {
    const { lowest, ok } = sample();
    const allowed = ROLE_ORDER.indexOf(role) >= ROLE_ORDER.indexOf(lowest);
    const res = await send(bearer(keys[role]));
    if (allowed) {
      expect({ status: res.status, body: res.body }).toEqual({ status: ok, body: expect.anything() });
    } else {
      expect({ status: res.status, body: res.body }).toEqual({ status: 403, body: { detail: `This API key's role does not allow this operation (requires ${lowest})` } });
    }
  });
});

describe('monitoring routes (sample)', () => {
  it.each([
    ['get', '/api/v1/planning/monitoring/status', Role.Reader],
    ['post', '/api/v1/planning/monitoring/alert-rules/seed', Role.Admin],
    ['post', '/api/v1/planning/monitoring/snapshot/capture', Role.Admin],
  ] as const)('%s %s needs %s', async (method, path, lowest) => {
    expect((await t.http[method](path)).status).toBe(401);
    for (const role of ROLE_ORDER) {
      const status = (await t.http[method](path).set(bearer(keys[role]))).status;
      if (ROLE_ORDER.indexOf(role) < ROLE_ORDER.indexOf(lowest)) expect(status).toBe(403);
      else expect([401, 403]).not.toContain(status);
    }
  });
});

describe('presenting a key', () => {
  it('works as "Authorization: Bearer <key>" and as "X-API-Key: <key>"', async () => {
    await t.http.get('/api/v1/article').set('Authorization', `Bearer ${keys.reader}`).expect(200);
    await t.http.get('/api/v1/article').set('X-API-Key', keys.reader).expect(200);
    await t.http.get('/api/v1/article').set('Authorization', `Basic ${Buffer.from('u:p').toString('base64')}`).expect(401);
  });

  it('the public routes answer without a key', async () => {
    for (const path of ['/', '/health/live', '/health/ready', '/docs', '/openapi.json']) {
      expect([path, (await t.http.get(path)).status]).toEqual([path, 200]);
    }
  });

  it('a revoked key stops working on the very next request', async () => {
    const admin = bearer(keys.admin);
    const created = (await t.http.post('/api/v1/admin/api-keys').set(admin).send({ name: 'short-lived', role: 'reader' }).expect(201)).body;
    await t.http.get('/api/v1/article').set(bearer(created.key)).expect(200);
    await t.http.delete(`/api/v1/admin/api-keys/${created.id}`).set(admin).expect(200);
    expect((await t.http.get('/api/v1/article').set(bearer(created.key)).expect(401)).body).toEqual({ detail: 'Invalid or revoked API key' });
  });

  it('checks run in the conventions order: unknown route 404, too large 413, then 401, then 422', async () => {
    await t.http.get('/api/v1/no-such-thing').expect(404);
    await t.http.post('/api/v1/color').send({ name: 'x'.repeat(2 * 1024 * 1024) }).expect(413);
    await t.http.post('/api/v1/color').send({ inner_code: 5 }).expect(401);
    await t.http.post('/api/v1/color').set(bearer(keys.reader)).send({ inner_code: 5 }).expect(403);
    expect((await t.http.post('/api/v1/color').set(bearer(keys.planner)).send({ inner_code: 5 }).expect(422)).body.detail[0].loc).toEqual(['body', 'inner_code']);
  });

  it('an Idempotency-Key belongs to the API key that sent it: another client reusing it creates its own order', async () => {
    const other = (await t.http.post('/api/v1/admin/api-keys').set(bearer(keys.admin)).send({ name: 'second-planner', role: 'planner' }).expect(201)).body;
    const body = { target_date: '2025-01-31', comment: 'shared idempotency key' };
    const send = (key: string) => t.http.post('/api/v1/purchase-order/from-proposal').set(bearer(key)).set('Idempotency-Key', 'shared-key-1').send(body);
    const first = await send(keys.planner).expect(201);
    expect((await send(keys.planner).expect(200)).body.id).toBe(first.body.id);
    const second = await send(other.key).expect(201);
    expect(second.body.id).not.toBe(first.body.id);
    const callers = await t.db.query<{ caller: string }>(`SELECT caller FROM idempotency_keys WHERE idempotency_key = 'shared-key-1' ORDER BY id`);
    expect(callers.map(({ caller }) => caller)).toEqual([expect.stringMatching(/^api-key:\d+$/), `api-key:${other.id}`]);
  });

  it('last_used_at records the first use of a key', async () => {
    const [row] = await t.db.query<{ last_used_at: Date | null }>(`SELECT last_used_at FROM api_keys WHERE role = 'reader' ORDER BY id LIMIT 1`);
    expect(row.last_used_at).toBeInstanceOf(Date);
  });
});
