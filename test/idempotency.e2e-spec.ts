import { UnprocessableError } from '@supply-brain/common';
import { canonicalJson, IdempotencyService, parseIdempotencyKey, TransactionHost } from '@supply-brain/database';
import { createTestApp, TestApp } from './support/test-app';

const ENDPOINT = 'POST /test/idempotent-create';

describe('Idempotency-Key (conventions §7)', () => {
  let t: TestApp;
  let idempotency: IdempotencyService;
  let tx: TransactionHost;

  beforeAll(async () => {
    t = await createTestApp();
    idempotency = t.app.get(IdempotencyService);
    tx = t.app.get(TransactionHost);
  });
  afterAll(() => t.close());

  /** A real record to create: a draft purchase order whose comment tells the calls apart. */
  const createOrder = (comment: string) => async (): Promise<number> => {
    const rows: Array<{ id: number }> = await tx.manager.query(
      `INSERT INTO purchase_order (status, target_date, comment) VALUES ('draft', '2025-01-31', $1) RETURNING id`,
      [comment],
    );
    return rows[0].id;
  };

  const ordersWithComment = async (comment: string): Promise<number> =>
    (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM purchase_order WHERE comment = $1', [comment]))[0].n;

  const headerIssue = async (work: Promise<unknown>) => {
    const error = await work.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnprocessableError);
    return (error as UnprocessableError).issues;
  };

  it('without a key every call creates', async () => {
    const first = await idempotency.run({ endpoint: ENDPOINT, key: undefined, body: { a: 1 } }, createOrder('no-key'));
    const second = await idempotency.run({ endpoint: ENDPOINT, key: undefined, body: { a: 1 } }, createOrder('no-key'));
    expect(first.replayed).toBe(false);
    expect(second.replayed).toBe(false);
    expect(second.id).not.toBe(first.id);
    expect(await ordersWithComment('no-key')).toBe(2);
  });

  it('the same key and body twice creates one record; the repeat is replayed with its id', async () => {
    const request = { endpoint: ENDPOINT, key: 'same-key-1', body: { target_date: '2025-01-31', comment: 'x' } };
    const first = await idempotency.run(request, createOrder('same-key'));
    const second = await idempotency.run({ ...request, body: { comment: 'x', target_date: '2025-01-31' } }, createOrder('same-key'));
    expect(first).toEqual({ id: first.id, replayed: false });
    expect(second).toEqual({ id: first.id, replayed: true });
    expect(await ordersWithComment('same-key')).toBe(1);
    const stored = await t.db.query('SELECT endpoint, caller, idempotency_key, record_id, length(request_hash) AS hash_length FROM idempotency_keys WHERE idempotency_key = $1', [
      'same-key-1',
    ]);
    expect(stored).toEqual([{ endpoint: ENDPOINT, caller: 'anonymous', idempotency_key: 'same-key-1', record_id: first.id, hash_length: 64 }]);
  });

  it('the same key with another body is a 422 on the header and creates nothing', async () => {
    await idempotency.run({ endpoint: ENDPOINT, key: 'changed-body', body: { comment: 'one' } }, createOrder('changed-body'));
    const issues = await headerIssue(idempotency.run({ endpoint: ENDPOINT, key: 'changed-body', body: { comment: 'two' } }, createOrder('changed-body')));
    expect(issues).toEqual([expect.objectContaining({ loc: ['header', 'Idempotency-Key'], input: 'changed-body' })]);
    expect(await ordersWithComment('changed-body')).toBe(1);
  });

  it('keys are per endpoint: the same key on another endpoint creates its own record', async () => {
    const body = { comment: 'per-endpoint' };
    const first = await idempotency.run({ endpoint: ENDPOINT, key: 'shared-key', body }, createOrder('per-endpoint'));
    const other = await idempotency.run({ endpoint: 'POST /test/other', key: 'shared-key', body }, createOrder('per-endpoint'));
    expect(other.replayed).toBe(false);
    expect(other.id).not.toBe(first.id);
  });

  it('10 parallel calls with one key create exactly one record and all answer its id', async () => {
    const request = { endpoint: ENDPOINT, key: 'parallel-key', body: { comment: 'parallel' } };
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => idempotency.run(request, createOrder('parallel'))));
    expect(await ordersWithComment('parallel')).toBe(1);
    expect(new Set(outcomes.map((outcome) => outcome.id)).size).toBe(1);
    expect(outcomes.filter((outcome) => !outcome.replayed)).toHaveLength(1);
  });

  it('a failed call stores nothing, so a retry with the same key runs afresh', async () => {
    const request = { endpoint: ENDPOINT, key: 'failing-key', body: { comment: 'failing' } };
    const failing = async (): Promise<number> => {
      await createOrder('failing')();
      throw new Error('boom after the insert');
    };
    await expect(idempotency.run(request, failing)).rejects.toThrow('boom after the insert');
    expect(await t.db.query('SELECT 1 FROM idempotency_keys WHERE idempotency_key = $1', ['failing-key'])).toEqual([]);
    expect(await ordersWithComment('failing')).toBe(0);
    const retry = await idempotency.run(request, createOrder('failing'));
    expect(retry.replayed).toBe(false);
    expect(await ordersWithComment('failing')).toBe(1);
  });

  it('an entry older than 24 hours is ignored: the key creates a new record and is stored again', async () => {
    const request = { endpoint: ENDPOINT, key: 'expiring-key', body: { comment: 'expiring' } };
    const first = await idempotency.run(request, createOrder('expiring'));
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '24 hours 1 second' WHERE idempotency_key = $1`, ['expiring-key']);
    const second = await idempotency.run(request, createOrder('expiring'));
    expect(second.replayed).toBe(false);
    expect(second.id).not.toBe(first.id);
    expect(await ordersWithComment('expiring')).toBe(2);
    const third = await idempotency.run(request, createOrder('expiring'));
    expect(third).toEqual({ id: second.id, replayed: true });
  });

  it('purgeExpired deletes only entries past their lifetime', async () => {
    await idempotency.run({ endpoint: ENDPOINT, key: 'old-key', body: {} }, createOrder('purge'));
    await idempotency.run({ endpoint: ENDPOINT, key: 'young-key', body: {} }, createOrder('purge'));
    await t.db.query(`UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE idempotency_key = 'old-key'`);
    expect(await idempotency.purgeExpired()).toBeGreaterThanOrEqual(1);
    const keys = (await t.db.query<{ k: string }>('SELECT idempotency_key AS k FROM idempotency_keys')).map((row) => row.k);
    expect(keys).toContain('young-key');
    expect(keys).not.toContain('old-key');
  });

  describe('the header value', () => {
    it('accepts 1 to 255 visible ASCII characters and passes absence through', () => {
      expect(parseIdempotencyKey(undefined)).toBeUndefined();
      expect(parseIdempotencyKey('a')).toBe('a');
      expect(parseIdempotencyKey('!~'.repeat(127) + 'x')).toHaveLength(255);
    });

    it.each([
      ['empty', ''],
      ['256 characters', 'k'.repeat(256)],
      ['a space', 'two words'],
      ['non-ASCII', 'ключ'],
      ['a control character', 'tab\there'],
    ])('rejects %s with a 422 at ["header","Idempotency-Key"]', (_name, value) => {
      expect(() => parseIdempotencyKey(value)).toThrow(UnprocessableError);
      try {
        parseIdempotencyKey(value);
      } catch (error) {
        expect((error as UnprocessableError).issues[0].loc).toEqual(['header', 'Idempotency-Key']);
      }
    });
  });

  it('canonical JSON ignores key order and whitespace but not values', () => {
    expect(canonicalJson({ b: [1, { d: 2, c: null }], a: 'x' })).toBe('{"a":"x","b":[1,{"c":null,"d":2}]}');
    expect(canonicalJson(JSON.parse('{ "a" : 1 , "b":2}'))).toBe(canonicalJson({ b: 2, a: 1 }));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
  });
});
