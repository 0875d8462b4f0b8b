import type { Response } from 'supertest';
import { SecretsCipher } from '@supply-brain/access';
import { createTestApp, TestApp } from './support/test-app';

/*
 * Integration accounts: CRUD under /api/v1/integrations/{wb,moysklad}-accounts (write-only tokens)
 * and the integrations snapshot (01 §3.12, scenarios INT-1 … INT-3).
 */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());
beforeEach(() => t.db.query('TRUNCATE wb_integration_accounts, moysklad_integration_accounts RESTART IDENTITY'));

/** A token must not appear in a body, by value or by key. */
function expectNoToken(res: Response, ...tokens: string[]): void {
  expect(res.text).not.toContain('api_token');
  for (const token of tokens) expect(res.text).not.toContain(token);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('Integrations configuration snapshot', () => {
  const url = '/api/v1/planning/integrations/config-snapshot';

  it('INT-1: no accounts answers two empty lists', async () => {
    const res = await t.http.get(url).expect(200);
    expect(res.body).toEqual({ wb_accounts: [], moysklad_accounts: [] });
  });

  it('INT-2: every account, active or not, by id, with exactly four fields', async () => {
    const wb1 = (await t.http.post('/api/v1/integrations/wb-accounts').send({ name: 'WB Account 1', supplier_id: 'SUP-1', api_token: 'wb-token-1' }).expect(201)).body;
    const wb2 = (await t.http.post('/api/v1/integrations/wb-accounts').send({ name: 'WB Account 2', supplier_id: null, is_active: false }).expect(201)).body;
    const ms1 = (await t.http.post('/api/v1/integrations/moysklad-accounts').send({ name: 'MS Account 1', account_id: 'ACC-1', api_token: 'ms-token-1' }).expect(201)).body;

    const res = await t.http.get(url).expect(200);

    expect(res.body).toEqual({
      wb_accounts: [
        { id: wb1.id, name: 'WB Account 1', supplier_id: 'SUP-1', is_active: true },
        { id: wb2.id, name: 'WB Account 2', supplier_id: null, is_active: false },
      ],
      moysklad_accounts: [{ id: ms1.id, name: 'MS Account 1', account_id: 'ACC-1', is_active: true }],
    });
  });

  it('INT-3: neither the api_token key nor any token value is in the response', async () => {
    await t.http.post('/api/v1/integrations/wb-accounts').send({ name: 'WB', api_token: 'super-secret-wb-token' }).expect(201);
    await t.http.post('/api/v1/integrations/moysklad-accounts').send({ name: 'MS', api_token: 'super-secret-ms-token' }).expect(201);

    const res = await t.http.get(url).expect(200);

    expectNoToken(res, 'super-secret-wb-token', 'super-secret-ms-token');
    expect(Object.keys(res.body)).toEqual(['wb_accounts', 'moysklad_accounts']);
    expect(res.body.wb_accounts).toHaveLength(1);
    expect(res.body.moysklad_accounts).toHaveLength(1);
  });
});

describe.each([
  { kind: 'WB', path: '/api/v1/integrations/wb-accounts', table: 'wb_integration_accounts', field: 'supplier_id', entity: 'WbIntegrationAccount' },
  {
    kind: 'MoySklad',
    path: '/api/v1/integrations/moysklad-accounts',
    table: 'moysklad_integration_accounts',
    field: 'account_id',
    entity: 'MoyskladIntegrationAccount',
  },
])('$kind accounts', ({ path, table, field, entity }) => {
  const token = 'tok-3f9a1c77e2';
  const create = async (body: Record<string, unknown>) => {
    const res = await t.http.post(path).send(body).expect(201);
    expectNoToken(res, token);
    return res.body;
  };
  /** The token as stored, decrypted; a stored non-empty token is never plain text. */
  const storedToken = async (id: number) => {
    const stored = (await t.db.query<{ api_token: string }>(`SELECT api_token FROM ${table} WHERE id = $1`, [id]))[0].api_token;
    if (stored !== '') expect(stored).toMatch(/^enc:v1:/);
    return t.app.get(SecretsCipher).decrypt(stored);
  };
  const notFound = { detail: `${entity} not found` };

  it('create answers 201 with the account, has_token instead of the token, and stores the token', async () => {
    const res = await t.http.post(path).send({ name: 'Main', [field]: 'EXT-1', api_token: token, is_active: false }).expect(201);

    expectNoToken(res, token);
    expect(res.body).toEqual({
      id: expect.any(Number),
      name: 'Main',
      [field]: 'EXT-1',
      is_active: false,
      has_token: true,
      created_at: expect.stringMatching(ISO_INSTANT),
      updated_at: res.body.created_at,
    });
    expect(Object.keys(res.body)).toEqual(['id', 'name', field, 'is_active', 'has_token', 'created_at', 'updated_at']);
    expect(await storedToken(res.body.id)).toBe(token);
  });

  it('create without token or flags: no token (stored as an empty string), active, external id null', async () => {
    const account = await create({ name: 'Bare' });
    expect(account).toMatchObject({ name: 'Bare', [field]: null, is_active: true, has_token: false });
    expect(await storedToken(account.id)).toBe('');
  });

  it('list answers every account by ascending id; get answers one; neither shows the token', async () => {
    const first = await create({ name: 'First', api_token: token });
    const second = await create({ name: 'Second', [field]: 'EXT-2', api_token: token });

    const list = await t.http.get(path).expect(200);
    expectNoToken(list, token);
    expect(list.body).toEqual([first, second]);
    expect((await t.http.get(`${path}/`).expect(200)).body).toEqual([first, second]);

    const one = await t.http.get(`${path}/${second.id}`).expect(200);
    expectNoToken(one, token);
    expect(one.body).toEqual(second);
  });

  it('get, patch and delete of an unknown id are 404 with the entity name; a non-integer id is 422', async () => {
    expect((await t.http.get(`${path}/999`).expect(404)).body).toEqual(notFound);
    expect((await t.http.get(`${path}/99999999999`).expect(404)).body).toEqual(notFound);
    expect((await t.http.patch(`${path}/999`).send({ name: 'x' }).expect(404)).body).toEqual(notFound);
    expect((await t.http.delete(`${path}/999`).expect(404)).body).toEqual(notFound);
    expect((await t.http.get(`${path}/abc`).expect(422)).body.detail[0].loc).toEqual(['path', 'id']);
  });

  it('create without a name, or with a blank or null one, is 422 at ["body", "name"]', async () => {
    for (const body of [{}, { name: '   ' }, { name: null }, { name: 5 }]) {
      const res = await t.http.post(path).send(body).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown }) => issue.loc)).toEqual([['body', 'name']]);
    }
    expect(await t.db.query(`SELECT id FROM ${table}`)).toEqual([]);
  });

  it('a 422 never echoes a token: neither a mistyped one nor a valid one next to another error', async () => {
    const mistyped = await t.http.post(path).send({ name: 'X', api_token: 31415926535 }).expect(422);
    expect(mistyped.text).not.toContain('31415926535');
    expect(mistyped.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'api_token'], input: '[redacted]' })]);

    const besideAnother = await t.http.post(path).send({ name: null, api_token: token }).expect(422);
    expect(besideAnother.text).not.toContain(token);

    const account = await create({ name: 'X' });
    const onPatch = await t.http.patch(`${path}/${account.id}`).send({ api_token: { value: token } }).expect(422);
    expect(onPatch.text).not.toContain(token);
    expect(onPatch.body.detail[0]).toMatchObject({ loc: ['body', 'api_token'], input: '[redacted]' });
  });

  it('PATCH changes only the fields given, moves updated_at and keeps created_at', async () => {
    const account = await create({ name: 'Old', [field]: 'EXT-1', api_token: token });

    const res = await t.http.patch(`${path}/${account.id}`).send({ name: 'New', is_active: false }).expect(200);

    expectNoToken(res, token);
    expect(res.body).toMatchObject({ id: account.id, name: 'New', [field]: 'EXT-1', is_active: false, has_token: true, created_at: account.created_at });
    expect(Date.parse(res.body.updated_at)).toBeGreaterThan(Date.parse(account.updated_at));
    expect(await storedToken(account.id)).toBe(token);
    expect((await t.http.get(`${path}/${account.id}`).expect(200)).body).toEqual(res.body);
  });

  it('PATCH sets, replaces and (with null) removes the token: has_token follows', async () => {
    const account = await create({ name: 'Tokens' });
    expect(account.has_token).toBe(false);

    const set = await t.http.patch(`${path}/${account.id}`).send({ api_token: token }).expect(200);
    expectNoToken(set, token);
    expect(set.body.has_token).toBe(true);
    expect(await storedToken(account.id)).toBe(token);

    await t.http.patch(`${path}/${account.id}`).send({ api_token: 'tok-rotated-88' }).expect(200);
    expect(await storedToken(account.id)).toBe('tok-rotated-88');

    const cleared = await t.http.patch(`${path}/${account.id}`).send({ api_token: null }).expect(200);
    expect(cleared.body.has_token).toBe(false);
    expect(await storedToken(account.id)).toBe('');
  });

  it('PATCH with null clears the external id; explicit null for name or is_active is 422 and changes nothing', async () => {
    const account = await create({ name: 'Keep', [field]: 'EXT-9' });

    expect((await t.http.patch(`${path}/${account.id}`).send({ [field]: null }).expect(200)).body[field]).toBeNull();

    const nullName = await t.http.patch(`${path}/${account.id}`).send({ name: null }).expect(422);
    expect(nullName.body.detail[0].loc).toEqual(['body', 'name']);
    const nullActive = await t.http.patch(`${path}/${account.id}`).send({ is_active: null }).expect(422);
    expect(nullActive.body.detail[0].loc).toEqual(['body', 'is_active']);
    expect((await t.http.get(`${path}/${account.id}`).expect(200)).body).toMatchObject({ name: 'Keep', is_active: true });
  });

  it('an invalid PATCH body to an unknown id is 422, not 404', async () => {
    const res = await t.http.patch(`${path}/999`).send({ name: '' }).expect(422);
    expect(res.body.detail[0].loc).toEqual(['body', 'name']);
  });

  it('a PATCH that changes nothing keeps updated_at; successive changes strictly increase it', async () => {
    const account = await create({ name: 'Same', [field]: 'EXT-1', api_token: token, is_active: true });

    const noOp = await t.http.patch(`${path}/${account.id}`).send({ name: 'Same', [field]: 'EXT-1', api_token: token, is_active: true }).expect(200);
    expect(noOp.body.updated_at).toBe(account.updated_at);
    expect((await t.http.patch(`${path}/${account.id}`).send({}).expect(200)).body.updated_at).toBe(account.updated_at);

    const stamps = [account.updated_at];
    for (const name of ['a', 'b', 'c']) {
      stamps.push((await t.http.patch(`${path}/${account.id}`).send({ name }).expect(200)).body.updated_at);
    }
    for (let i = 1; i < stamps.length; i++) expect(Date.parse(stamps[i])).toBeGreaterThan(Date.parse(stamps[i - 1]));
  });

  it('DELETE answers 204 with no body, after which the account is gone', async () => {
    const account = await create({ name: 'Doomed', api_token: token });

    const res = await t.http.delete(`${path}/${account.id}`).expect(204);

    expect(res.text).toBe('');
    expect((await t.http.get(`${path}/${account.id}`).expect(404)).body).toEqual(notFound);
    expect(await t.db.query(`SELECT id FROM ${table}`)).toEqual([]);
  });
});
