import { findFreePort } from '@supply-brain/database';
import { Role } from '@supply-brain/common';
import { createTestApp, TestApp } from '../support/test-app';
import { bearer, issueKeys, TestOnlyController } from './access-test-kit';

/** Parsed JSON log lines. */
const entries = (t: TestApp) => t.logs.map((line) => JSON.parse(line) as Record<string, unknown>);

describe('Request hygiene and operations', () => {
  let t: TestApp;
  let keys: Record<Role, string>;
  let metricsPort: number;

  beforeAll(async () => {
    metricsPort = await findFreePort();
    t = await createTestApp({
      authRequired: true,
      captureLogs: true,
      controllers: [TestOnlyController],
      env: {
        LOG_LEVEL: 'log',
        BODY_LIMIT: '4kb',
        IMPORT_BODY_LIMIT: '64kb',
        CORS_ORIGINS: 'https://planner.example.com, https://ops.example.com',
        REQUEST_TIMEOUT_MS: '300',
        METRICS_PORT: String(metricsPort),
      },
    });
    keys = await issueKeys(t);
  });
  afterAll(async () => {
    await t.close();
    delete process.env.METRICS_PORT;
    delete process.env.CORS_ORIGINS;
  });

  it('a body over BODY_LIMIT is 413; an import route takes up to IMPORT_BODY_LIMIT', async () => {
    const big = { inner_code: 'x', name: 'n'.repeat(5 * 1024) };
    expect((await t.http.post('/api/v1/color').set(bearer(keys.planner)).send(big).expect(413)).body).toEqual({ detail: 'Request body too large' });
    const items = Array.from({ length: 120 }, (_, index) => ({ wb_sku: `SKU-${index}`, date: '2025-01-01', sales_qty: 1, revenue: 10 }));
    expect(JSON.stringify({ items }).length).toBeGreaterThan(4 * 1024);
    expect((await t.http.post('/api/v1/wb/sales-daily/import').set(bearer(keys.planner)).send({ items }).expect(200)).body).toEqual({ inserted: 120, updated: 0 });
  });

  it('CORS: an allowed origin is echoed with X-Request-Id exposed; another origin gets no CORS headers', async () => {
    const allowed = await t.http.get('/health/live').set('Origin', 'https://ops.example.com').expect(200);
    expect(allowed.headers['access-control-allow-origin']).toBe('https://ops.example.com');
    expect(allowed.headers['access-control-expose-headers']).toContain('X-Request-Id');
    const preflight = await t.http.options('/api/v1/article').set('Origin', 'https://planner.example.com').set('Access-Control-Request-Method', 'POST');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-headers']).toContain('X-API-Key');
    const other = await t.http.get('/health/live').set('Origin', 'https://evil.example.net').expect(200);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('helmet headers are on API answers and no X-Powered-By', async () => {
    const res = await t.http.get('/api/v1/article').set(bearer(keys.reader)).expect(200);
    expect(res.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
      'content-security-policy': expect.stringContaining("default-src 'self'"),
    });
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('the request id is echoed (sent or generated), and a 5xx logs error_id = request id with the stack', async () => {
    expect((await t.http.get('/health/live').expect(200)).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const res = await t.http.get('/api/v1/test-only/boom').set(bearer(keys.reader)).set('X-Request-Id', 'trace-500-abc').expect(500);
    expect(res.body).toEqual({ detail: 'Internal Server Error', error_id: 'trace-500-abc' });
    expect(res.headers['x-request-id']).toBe('trace-500-abc');
    expect(res.text).not.toContain('kaboom');
    const errorLine = entries(t).find((entry) => typeof entry.msg === 'string' && entry.msg.includes('error_id=trace-500-abc'));
    expect(errorLine).toMatchObject({ level: 'error', request_id: 'trace-500-abc' });
    expect(JSON.stringify(errorLine)).toContain('kaboom');
  });

  it('one log line per request: method, route, status, duration, key name and request id; never the key', async () => {
    await t.http.get('/api/v1/article/').set(bearer(keys.reader)).set('X-Request-Id', 'trace-line-1').expect(200);
    const lines = entries(t).filter((entry) => entry.request_id === 'trace-line-1');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'info', method: 'GET', route: '/api/v1/article', status: 200, duration_ms: expect.any(Number), key_name: expect.stringMatching(/^reader-/) }),
    ]);
    for (const line of t.logs) for (const key of Object.values(keys)) expect(line).not.toContain(key);
  });

  it('a read running past REQUEST_TIMEOUT_MS answers 503', async () => {
    expect((await t.http.get('/api/v1/test-only/slow').set(bearer(keys.reader)).expect(503)).body).toEqual({ detail: 'Service Unavailable' });
  });

  it('GET /metrics needs an admin key and exposes the HTTP histogram by route and status and the DB pool', async () => {
    await t.http.get('/metrics').expect(401);
    await t.http.get('/metrics').set(bearer(keys.planner)).expect(403);
    const res = await t.http.get('/metrics').set(bearer(keys.admin)).expect(200);
    expect(res.headers['content-type']).toContain('text/plain');
    expect(res.text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/article",status="200"\} [1-9]/);
    expect(res.text).toMatch(/http_request_duration_seconds_bucket\{le="0\.005",method="GET",route="\/api\/v1\/test-only\/boom",status="500"\}/);
    expect(res.text).toMatch(/supply_brain_db_pool_in_use \d+/);
    expect(res.text).toMatch(/supply_brain_db_pool_idle \d+/);
    expect(res.text).toMatch(/supply_brain_db_pool_waiting \d+/);
    expect(res.text).toMatch(/supply_brain_import_rows_total\{kind="sales",outcome="/);
  });

  it('METRICS_PORT serves /metrics without a key, and nothing else', async () => {
    const res = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('http_request_duration_seconds');
    expect((await fetch(`http://127.0.0.1:${metricsPort}/api/v1/article`)).status).toBe(404);
  });
});
