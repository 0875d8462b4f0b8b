import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { resolveSecretsCipher, runAccessCli, SecretsCipher } from '@supply-brain/access';
import { AppConfig, validateEnvironment } from '@supply-brain/common';
import { EncryptIntegrationTokens1700000000061 } from '../../migrations/1700000000061-encrypt-integration-tokens';
import { createTestApp, TEST_SECRETS_KEY, TestApp } from '../support/test-app';
import { TestDatabase } from '../support/test-database';

const TOKEN = 'wb-secret-token-7f3a9c';
const storedTokens = (db: TestDatabase) =>
  db.query<{ api_token: string }>(`SELECT api_token FROM wb_integration_accounts UNION ALL SELECT api_token FROM moysklad_integration_accounts`);

describe('Integration tokens at rest', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ captureLogs: true, env: { LOG_LEVEL: 'verbose' } });
  });
  afterAll(() => t.close());

  it('are stored encrypted, decrypt to what was sent, and appear in no response and no log line', async () => {
    const texts: string[] = [];
    const created = await t.http.post('/api/v1/integrations/wb-accounts').send({ name: 'WB', api_token: TOKEN }).expect(201);
    texts.push(created.text);
    texts.push((await t.http.patch(`/api/v1/integrations/wb-accounts/${created.body.id}`).set('X-Request-Id', 'req-token-patch').send({ api_token: TOKEN }).expect(200)).text);
    texts.push((await t.http.post('/api/v1/integrations/moysklad-accounts').send({ name: 'MS', api_token: TOKEN }).expect(201)).text);
    texts.push((await t.http.post('/api/v1/integrations/moysklad-accounts').send({ name: null, api_token: TOKEN }).expect(422)).text);
    texts.push((await t.http.get('/api/v1/integrations/wb-accounts').expect(200)).text);
    texts.push((await t.http.get(`/api/v1/integrations/wb-accounts/${created.body.id}`).expect(200)).text);
    texts.push((await t.http.get('/api/v1/planning/integrations/config-snapshot').expect(200)).text);

    for (const text of [...texts, ...t.logs]) expect(text).not.toContain(TOKEN);
    expect(t.logs.some((line) => line.includes('req-token-patch'))).toBe(true);

    const stored = await storedTokens(t.db);
    expect(stored).toHaveLength(2);
    for (const { api_token } of stored) {
      expect(api_token).toMatch(/^enc:v1:[0-9a-f]{8}:/);
      expect(t.app.get(SecretsCipher).decrypt(api_token)).toBe(TOKEN);
    }
  });
});

describe('Adopted plaintext tokens', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await TestDatabase.create();
    await db.query(`INSERT INTO wb_integration_accounts (name, api_token) VALUES ('a', 'plain-wb'), ('none', '')`);
    await db.query(`INSERT INTO moysklad_integration_accounts (name, api_token) VALUES ('b', 'plain-ms')`);
  });
  afterEach(() => db.drop());

  it('are encrypted in place at the first start; "no token" stays empty; a second start changes nothing', async () => {
    const t = await createTestApp({ db });
    const cipher = t.app.get(SecretsCipher);
    await t.close();
    const first = (await storedTokens(db)).map(({ api_token }) => api_token);
    expect(first.map((value) => (value === '' ? '' : cipher.decrypt(value))).sort()).toEqual(['', 'plain-ms', 'plain-wb']);
    expect(first.filter((value) => value !== '').every((value) => value.startsWith('enc:v1:'))).toBe(true);

    await (await createTestApp({ db })).close();
    expect((await storedTokens(db)).map(({ api_token }) => api_token)).toEqual(first);
  });

  it('are encrypted by migration 061 when SECRETS_KEY is set, and its down() restores plain text', async () => {
    const dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    const runner = dataSource.createQueryRunner();
    process.env.SECRETS_KEY = TEST_SECRETS_KEY;
    try {
      await new EncryptIntegrationTokens1700000000061().up(runner);
      const encrypted = (await storedTokens(db)).map(({ api_token }) => api_token).filter((value) => value !== '');
      expect(encrypted.map((value) => SecretsCipher.fromBase64(TEST_SECRETS_KEY).decrypt(value)).sort()).toEqual(['plain-ms', 'plain-wb']);
      expect(encrypted.every((value) => value.startsWith('enc:v1:'))).toBe(true);

      await new EncryptIntegrationTokens1700000000061().down(runner);
      expect((await storedTokens(db)).map(({ api_token }) => api_token).sort()).toEqual(['', 'plain-ms', 'plain-wb']);
    } finally {
      await runner.release();
      await dataSource.destroy();
    }
  });
});

describe('CLI', () => {
  let t: TestApp;
  const out = { lines: [] as string[], errors: [] as string[] };
  const output = { log: (line: string) => out.lines.push(line), error: (line: string) => out.errors.push(line) };
  beforeAll(async () => {
    t = await createTestApp({ authRequired: true });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    out.lines = [];
    out.errors = [];
  });

  it('api-key create prints the key once; list shows the prefix, never the key; revoke stops it at once', async () => {
    expect(await runAccessCli(['api-key', 'create', '--role', 'reader', '--name', 'partner-x'], t.app, output)).toBe(0);
    const key = out.lines[1];
    expect(key).toMatch(/^sb_[A-Za-z0-9_-]{43}$/);
    await t.http.get('/api/v1/article').set('X-API-Key', key).expect(200);
    await t.http.post('/api/v1/color').set('X-API-Key', key).send({ inner_code: 'C', name: 'c' }).expect(403);

    out.lines = [];
    expect(await runAccessCli(['api-key', 'list'], t.app, output)).toBe(0);
    expect(out.lines.join('\n')).toContain(`partner-x\treader\t${key.slice(0, 11)}`);
    expect(out.lines.join('\n')).not.toContain(key);

    const id = out.lines.find((line) => line.includes('partner-x'))!.split('\t')[0];
    expect(await runAccessCli(['api-key', 'revoke', id], t.app, output)).toBe(0);
    await t.http.get('/api/v1/article').set('X-API-Key', key).expect(401);
  });

  it('bad usage exits 2 with the usage text; a duplicate active name exits 1', async () => {
    expect(await runAccessCli(['api-key', 'create', '--role', 'owner', '--name', 'x'], t.app, output)).toBe(2);
    expect(await runAccessCli(['frobnicate'], t.app, output)).toBe(2);
    expect(out.errors.join('\n')).toContain('Usage: npm run cli');
    expect(await runAccessCli(['api-key', 'create', '--role', 'admin', '--name', 'twin'], t.app, output)).toBe(0);
    expect(await runAccessCli(['api-key', 'create', '--role', 'admin', '--name', 'twin'], t.app, output)).toBe(1);
    expect(out.errors.at(-1)).toBe('Failed: An active API key with this name already exists');
  });

  it('secrets rotate re-encrypts every token under NEW_SECRETS_KEY; running it again changes nothing', async () => {
    await t.db.query(`INSERT INTO wb_integration_accounts (name, api_token) VALUES ('plain', 'tok-plain')`);
    const sealed = t.app.get(SecretsCipher).encrypt('tok-sealed');
    await t.db.query(`INSERT INTO moysklad_integration_accounts (name, api_token) VALUES ('sealed', $1)`, [sealed]);
    const nextKey = Buffer.alloc(32, 9).toString('base64');
    const next = SecretsCipher.fromBase64(nextKey);
    process.env.NEW_SECRETS_KEY = nextKey;
    try {
      expect(await runAccessCli(['secrets', 'rotate'], t.app, output)).toBe(0);
      const rotated = (await storedTokens(t.db)).map(({ api_token }) => api_token);
      expect(rotated.every((value) => next.encryptedWithThisKey(value))).toBe(true);
      expect(rotated.map((value) => next.decrypt(value)).sort()).toEqual(['tok-plain', 'tok-sealed']);
      expect(out.lines.join('\n')).not.toContain(nextKey);

      expect(await runAccessCli(['secrets', 'rotate'], t.app, output)).toBe(0);
      expect((await storedTokens(t.db)).map(({ api_token }) => api_token)).toEqual(rotated);
    } finally {
      delete process.env.NEW_SECRETS_KEY;
    }
  });
});

describe('SECRETS_KEY resolution', () => {
  const configOf = (raw: Record<string, string>) => new AppConfig(validateEnvironment(raw));
  const quiet = { warn: () => undefined } as never;

  it('with the embedded database and no key, one is generated into .data/secrets.key (mode 600) and reused', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sb-secrets-'));
    const config = configOf({ EMBEDDED_DB_DIR: join(dir, 'postgres') });
    const first = resolveSecretsCipher(config, quiet);
    const file = join(dir, 'secrets.key');
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64')).toHaveLength(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(resolveSecretsCipher(config, quiet).keyId).toBe(first.keyId);
  });

  it('with DATABASE_URL and no key, start-up stops naming SECRETS_KEY', () => {
    expect(() => resolveSecretsCipher(configOf({ DATABASE_URL: 'postgres://x@y/z' }), quiet)).toThrow(/SECRETS_KEY is required when DATABASE_URL is set/);
  });
});
