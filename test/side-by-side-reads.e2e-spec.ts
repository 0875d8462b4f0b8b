import { TransactionHost } from '@supply-brain/database';
import { createTestApp, TestApp } from './support/test-app';

/** Which server process ran a read, what it saw of `scratch`, and its transaction's snapshot. */
interface Seen {
  pid: number;
  labels: string[];
  snapshot: string;
}

describe('TransactionHost.readSideBySide', () => {
  let t: TestApp;
  let tx: TransactionHost;

  beforeAll(async () => {
    t = await createTestApp({ env: { DB_PARALLEL_READS: '2' } });
    tx = t.app.get(TransactionHost);
    await t.db.query('CREATE TABLE scratch (id serial PRIMARY KEY, label text NOT NULL)');
  });
  afterAll(() => t.close());
  beforeEach(() => t.db.query('TRUNCATE scratch'));

  const look = async (): Promise<Seen> => {
    const [row] = await tx.manager.query(
      `SELECT pg_backend_pid() AS pid, pg_current_snapshot()::text AS snapshot,
              ARRAY(SELECT label FROM scratch ORDER BY id) AS labels`,
    );
    return row as Seen;
  };

  it('in a read transaction, the other reads run on helper connections that see exactly its snapshot', async () => {
    await t.db.query(`INSERT INTO scratch (label) VALUES ('before')`);
    const [own, first, second] = await tx.read(async () => {
      await look(); // the transaction's snapshot is taken here
      await t.db.query(`INSERT INTO scratch (label) VALUES ('committed meanwhile')`);
      return tx.readSideBySide([look, look, look]);
    });
    expect(new Set([own.pid, first.pid, second.pid]).size).toBe(3);
    for (const seen of [own, first, second]) expect(seen.labels).toEqual(['before']);
    expect(first.snapshot).toBe(own.snapshot);
    expect(second.snapshot).toBe(own.snapshot);
  });

  it("the transaction's settings, given to read or applied later, apply on its helpers too", async () => {
    const settingsOf = async () =>
      (
        await tx.manager.query(
          `SELECT pg_backend_pid() AS pid, current_setting('statement_timeout') AS statement, current_setting('lock_timeout') AS lock`,
        )
      )[0] as { pid: number; statement: string; lock: string };
    const [own, helper] = await tx.read(async () => {
      await tx.applySettings({ lock_timeout: '1234' });
      return tx.readSideBySide([settingsOf, settingsOf]);
    }, { statement_timeout: '4321' });
    expect(helper.pid).not.toBe(own.pid);
    for (const seen of [own, helper]) expect(seen).toMatchObject({ statement: '4321ms', lock: '1234ms' });
    // Transaction-local: the next transaction has the server's defaults again.
    expect(await tx.read(settingsOf)).not.toMatchObject({ statement: '4321ms' });
    expect(await tx.read(settingsOf)).not.toMatchObject({ lock: '1234ms' });
  });

  it('with every helper busy, the remaining reads run on the transaction connection', async () => {
    const [own, first, second, third] = await tx.read(() => tx.readSideBySide([look, look, look, look]));
    expect(new Set([first.pid, second.pid]).size).toBe(2);
    expect([first.pid, second.pid]).not.toContain(own.pid);
    expect(third.pid).toBe(own.pid);
  });

  it('in a write transaction, every read runs on its connection and sees its uncommitted rows', async () => {
    const seen = await tx.write(async () => {
      await tx.manager.query(`INSERT INTO scratch (label) VALUES ('uncommitted')`);
      return tx.readSideBySide([look, look]);
    });
    expect(seen.map((row) => row.pid)).toEqual([seen[0].pid, seen[0].pid]);
    for (const row of seen) expect(row.labels).toEqual(['uncommitted']);
  });

  it('readThenWrite: the read part shares its snapshot with helpers, the write part runs alone and commits once', async () => {
    await t.db.query(`INSERT INTO scratch (label) VALUES ('before')`);
    const { read, written } = await tx.readThenWrite(
      async () => {
        await look(); // the transaction's snapshot is taken here
        await t.db.query(`INSERT INTO scratch (label) VALUES ('committed meanwhile')`);
        return tx.readSideBySide([look, look, look]);
      },
      async (read) => {
        await tx.manager.query(`INSERT INTO scratch (label) VALUES ('written')`);
        return { read, written: await tx.readSideBySide([look, look]) };
      },
    );
    const [own, first, second] = read;
    expect(new Set([own.pid, first.pid, second.pid]).size).toBe(3);
    for (const seen of read) expect(seen).toMatchObject({ labels: ['before'], snapshot: own.snapshot });
    // After the first write: on the transaction's own connection, seeing its own row in the same snapshot.
    for (const seen of written) expect(seen).toMatchObject({ pid: own.pid, labels: ['before', 'written'] });
    const labels = (await t.db.query<{ label: string }>('SELECT label FROM scratch ORDER BY id')).map((row) => row.label);
    expect(labels).toEqual(['before', 'committed meanwhile', 'written']);
  });

  it('readThenWrite: a failing write rolls back everything', async () => {
    await expect(
      tx.readThenWrite(
        () => tx.readSideBySide([look, look]),
        async () => {
          await tx.manager.query(`INSERT INTO scratch (label) VALUES ('lost')`);
          await tx.manager.query('SELECT 1 / 0');
        },
      ),
    ).rejects.toThrow(/division by zero/);
    expect(await t.db.query('SELECT label FROM scratch')).toEqual([]);
  });

  it('a failing read fails the whole, after every read has ended, and frees its helper', async () => {
    const endedReads: string[] = [];
    const slow = async () => {
      await tx.manager.query('SELECT pg_sleep(0.2)');
      endedReads.push('slow');
      return 'slow';
    };
    const failing = async () => {
      await tx.manager.query('SELECT 1 / 0');
    };
    await expect(tx.read(() => tx.readSideBySide([slow, failing, slow]))).rejects.toThrow(/division by zero/);
    expect(endedReads).toEqual(['slow', 'slow']);
    // Both helpers are free again: the next call gets two of them.
    const [own, first, second] = await tx.read(() => tx.readSideBySide([look, look, look]));
    expect(new Set([own.pid, first.pid, second.pid]).size).toBe(3);
  });
});

describe('TransactionHost.readSideBySide without helper connections (DB_PARALLEL_READS=0)', () => {
  let t: TestApp;
  let tx: TransactionHost;
  beforeAll(async () => {
    t = await createTestApp({ env: { DB_PARALLEL_READS: '0' } });
    tx = t.app.get(TransactionHost);
  });
  afterAll(() => t.close());

  it('runs the reads one after another on the transaction connection', async () => {
    const pid = async () => (await tx.manager.query('SELECT pg_backend_pid() AS pid'))[0].pid as number;
    const pids = await tx.read(() => tx.readSideBySide([pid, pid, pid]));
    expect(new Set(pids).size).toBe(1);
  });
});
