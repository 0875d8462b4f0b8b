import { RouteAccessAudit } from '@supply-brain/access';
import { createTestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-database';
import { UndeclaredController } from './access-test-kit';

const KEY = /sb_[A-Za-z0-9_-]{43}/g;
const keysIn = (logs: string[]) => logs.flatMap((line) => line.match(KEY) ?? []);

describe('Bootstrap admin key', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await TestDatabase.create();
  });
  afterEach(() => db.drop());

  it('with no active key, start-up creates one admin key, prints it once with how to use it, and stores only its hash', async () => {
    const t = await createTestApp({ db, authRequired: true, captureLogs: true, env: { LOG_LEVEL: 'log' } });
    try {
      const printed = keysIn(t.logs);
      expect(printed).toHaveLength(1);
      const line = t.logs.find((entry) => entry.includes(printed[0]))!;
      expect(JSON.parse(line)).toMatchObject({ level: 'warn', msg: expect.stringContaining('Authorization: Bearer <key>') });

      const rows = await db.query<{ name: string; role: string; key_hash: string; key_prefix: string }>('SELECT name, role, key_hash, key_prefix FROM api_keys');
      expect(rows).toEqual([{ name: 'bootstrap-admin', role: 'admin', key_hash: expect.stringMatching(/^[0-9a-f]{64}$/), key_prefix: printed[0].slice(0, 11) }]);
      expect(JSON.stringify(rows)).not.toContain(printed[0]);

      await t.http.get('/api/v1/admin/api-keys').set('Authorization', `Bearer ${printed[0]}`).expect(200);
    } finally {
      await t.close();
    }

    const restarted = await createTestApp({ db, authRequired: true, captureLogs: true, env: { LOG_LEVEL: 'log' } });
    try {
      expect(keysIn(restarted.logs)).toEqual([]);
      expect(await db.query('SELECT id FROM api_keys')).toHaveLength(1);
    } finally {
      await restarted.close();
    }
  });

  it('with LOG_LEVEL=error (warnings hidden) the key still reaches the operator once, on stderr', async () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    try {
      const t = await createTestApp({ db, authRequired: true, captureLogs: true, env: { LOG_LEVEL: 'error' } });
      await t.close();
      expect(keysIn(t.logs)).toEqual([]);
    } finally {
      spy.mockRestore();
    }
    expect(keysIn(written)).toHaveLength(1);
  });

  it('two replicas starting together on an empty key table create exactly one key', async () => {
    const [a, b] = await Promise.all([
      createTestApp({ db, authRequired: true, captureLogs: true, env: { LOG_LEVEL: 'log' } }),
      createTestApp({ db, authRequired: true, captureLogs: true, env: { LOG_LEVEL: 'log' } }),
    ]);
    try {
      expect(await db.query('SELECT id FROM api_keys')).toHaveLength(1);
      expect(keysIn([...a.logs, ...b.logs])).toHaveLength(1);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('a revoked key does not count: the next start issues a new bootstrap key', async () => {
    await db.query(`INSERT INTO api_keys (name, role, key_prefix, key_hash, revoked_at) VALUES ('old', 'admin', 'sb_x', repeat('a', 64), now())`);
    const t = await createTestApp({ db, authRequired: true, captureLogs: true, env: { LOG_LEVEL: 'log' } });
    try {
      expect(keysIn(t.logs)).toHaveLength(1);
    } finally {
      await t.close();
    }
  });

  it('AUTH_MODE=disabled warns at every start, serves without keys and creates none', async () => {
    for (let start = 0; start < 2; start++) {
      const t = await createTestApp({ db, captureLogs: true, env: { LOG_LEVEL: 'warn' } });
      try {
        expect(t.logs.filter((line) => line.includes('AUTH_MODE=disabled'))).toHaveLength(1);
        await t.http.get('/api/v1/integrations/wb-accounts').expect(200);
      } finally {
        await t.close();
      }
    }
    expect(await db.query('SELECT id FROM api_keys')).toEqual([]);
  });
});

describe('Every route declares its access', () => {
  it('the application declares access on every route (the audit finds none missing)', async () => {
    const t = await createTestApp();
    try {
      expect(t.app.get(RouteAccessAudit).undeclaredRoutes()).toEqual([]);
    } finally {
      await t.close();
    }
  });

  it.each([true, false])('a route without @RequireRole or @PublicRoute stops start-up and is named (auth required: %s)', async (authRequired) => {
    const db = await TestDatabase.create();
    try {
      await expect(createTestApp({ db, authRequired, controllers: [UndeclaredController] })).rejects.toThrow(
        /Every route must declare @RequireRole\(\.\.\.\) or @PublicRoute\(\); these do not:\n\s+POST forgotten\/write \(UndeclaredController\.write\)/,
      );
    } finally {
      await db.drop();
    }
  });
});
