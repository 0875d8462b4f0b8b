import { ConcurrentUpdateError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { createTestApp, TestApp } from './support/test-app';

describe('TransactionHost', () => {
  let t: TestApp;
  let tx: TransactionHost;

  beforeAll(async () => {
    t = await createTestApp();
    tx = t.app.get(TransactionHost);
    await t.db.query('CREATE TABLE scratch (id serial PRIMARY KEY, label text NOT NULL UNIQUE)');
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.query('TRUNCATE scratch'));

  const insert = (label: string) => tx.manager.query('INSERT INTO scratch (label) VALUES ($1)', [label]);
  const labels = async () => (await t.db.query<{ label: string }>('SELECT label FROM scratch ORDER BY id')).map((row) => row.label);

  it('a failure midway leaves nothing behind', async () => {
    await expect(
      tx.write(async () => {
        await insert('first');
        await insert('first');
      }),
    ).rejects.toThrow();
    expect(await labels()).toEqual([]);
  });

  it('commits once at the end, and nested writes join the open transaction', async () => {
    await tx.write(async () => {
      await insert('outer');
      await tx.write(() => insert('inner'));
      expect(tx.inTransaction).toBe(true);
    });
    expect(await labels()).toEqual(['outer', 'inner']);
  });

  it('retries a serialisation failure and then succeeds', async () => {
    let attempts = 0;
    await tx.write(async () => {
      attempts++;
      await insert(`attempt-${attempts}`);
      if (attempts < 3) await tx.manager.query(`DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$`);
    });
    expect(attempts).toBe(3);
    expect(await labels()).toEqual(['attempt-3']);
  });

  it('gives up after three deadlocks with a ConcurrentUpdateError (409)', async () => {
    let attempts = 0;
    const run = tx.write(async () => {
      attempts++;
      await tx.manager.query(`DO $$ BEGIN RAISE EXCEPTION 'deadlock' USING ERRCODE = '40P01'; END $$`);
    });
    await expect(run).rejects.toBeInstanceOf(ConcurrentUpdateError);
    expect(attempts).toBe(3);
  });

  it('reads run read-only', async () => {
    await expect(tx.read(() => insert('sneaky'))).rejects.toThrow(/read-only/);
    expect(await labels()).toEqual([]);
  });

  it('reads see one snapshot while another transaction commits', async () => {
    await insert('before');
    const seen = await tx.read(async () => {
      const first = await tx.manager.query('SELECT count(*)::int AS n FROM scratch');
      await t.db.query(`INSERT INTO scratch (label) VALUES ('during')`);
      const second = await tx.manager.query('SELECT count(*)::int AS n FROM scratch');
      return [first[0].n, second[0].n];
    });
    expect(seen).toEqual([1, 1]);
    expect(await labels()).toEqual(['before', 'during']);
  });
});
