import { createTestApp, TestApp } from './support/test-app';

describe('HTTP conventions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('GET / answers the original banner', async () => {
    const res = await t.http.get('/').expect(200);
    expect(res.body).toEqual({ status: 'ok', message: 'MACONLY backend running' });
  });

  it('an unknown path is 404 {"detail":"Not Found"}', async () => {
    const res = await t.http.get('/api/v1/no-such-thing').expect(404);
    expect(res.body).toEqual({ detail: 'Not Found' });
  });

  it('a known path with another method is 405 with an Allow header', async () => {
    const res = await t.http.delete('/').expect(405);
    expect(res.body).toEqual({ detail: 'Method Not Allowed' });
    expect(res.headers.allow).toContain('GET');
  });

  it('echoes the client X-Request-Id', async () => {
    const res = await t.http.get('/').set('X-Request-Id', 'abc-123').expect(200);
    expect(res.headers['x-request-id']).toBe('abc-123');
  });
});
