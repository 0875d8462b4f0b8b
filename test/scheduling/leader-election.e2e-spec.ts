import { Client } from 'pg';
import { TestDatabase } from '../support/test-database';
import { BuiltServer, buildServer, ClusterDatabase, missingSlots, Replica, SchedulerStatusBody, waitFor } from './support/replica-cluster';

/**
 * Issue 6 proofs with real processes on one PostgreSQL: replicas of the built server with a
 * 2-second cron elect one leader, fail over on SIGKILL, SIGTERM and a killed lock session, never
 * double a slot, and stay passive while a foreign session holds the lock.
 */
const LOCK_KEY = '9223372036854770001';
const PERIOD_MS = 2000;
const RETRY_MS = 1000;
const HEARTBEAT_MS = 500;
const TWO_SECONDS = { cron: '*/2 * * * * *', retryMs: RETRY_MS, heartbeatMs: HEARTBEAT_MS };
/** A slot that never changes during the run (1 January, yearly), for "does not double a filled slot". */
const YEARLY = { cron: '0 0 0 1 1 *', retryMs: RETRY_MS, heartbeatMs: HEARTBEAT_MS };
/** Scheduling on a busy 2-core machine: generous deadlines for waits, the bounds for the measured figures. */
const START_MS = 60_000;
/** Slack over the bounds for a replica's event loop and the polling interval on a loaded machine. */
const LOAD_SLACK_MS = 500;

async function statuses(replicas: Replica[]): Promise<SchedulerStatusBody[]> {
  return Promise.all(replicas.map((replica) => replica.status()));
}

function leaderOf(replicas: Replica[], all: SchedulerStatusBody[]): Replica | undefined {
  const leaders = replicas.filter((_, index) => all[index].role === 'leader');
  return leaders.length === 1 ? leaders[0] : undefined;
}

function duplicates(rows: { slot: number; rows: number }[]): number[] {
  return rows.filter((row) => row.rows > 1).map((row) => row.slot);
}

/** Slots this replica logged as written under `term`. */
function slotsWrittenUnderTerm(replica: Replica, term: number): number[] {
  const pattern = new RegExp(`monitoring_snapshot_job slot (\\S+) \\(term ${term}\\): written`, 'g');
  return [...replica.output.matchAll(pattern)].map((match) => new Date(match[1]).getTime());
}

describe('Scheduler leader election across replicas (issue 6)', () => {
  let build: BuiltServer;
  let mainDb: TestDatabase;
  let foreignDb: TestDatabase;
  let main: ClusterDatabase;
  let foreign: ClusterDatabase;
  let foreignHolder: Client;
  const replicas: Replica[] = [];
  const passive: Replica[] = [];
  const outages: [number, number][] = [];
  let startedAt = 0;

  const live = () => replicas.filter((replica) => replica.alive);

  async function electedLeader(among: Replica[], what: string): Promise<{ leader: Replica; all: SchedulerStatusBody[] }> {
    return waitFor(async () => {
      const all = await statuses(among);
      const leader = leaderOf(among, all);
      return leader && { leader, all };
    }, what, 15_000);
  }

  beforeAll(async () => {
    [build, mainDb, foreignDb] = await Promise.all([buildServer(), TestDatabase.create(), TestDatabase.create()]);
    main = new ClusterDatabase(mainDb.url);
    foreign = new ClusterDatabase(foreignDb.url);
    // An old-style leader on the second database: it holds the key before any replica starts there.
    foreignHolder = await foreignDb.client();
    foreignHolder.on('error', () => undefined);
    await foreignHolder.query('SELECT pg_advisory_lock($1::bigint)', [LOCK_KEY]);
    for (const name of ['a', 'b', 'c']) replicas.push(await Replica.start(build, name, { databaseUrl: mainDb.url, ...TWO_SECONDS }));
    for (const name of ['p', 'q']) passive.push(await Replica.start(build, name, { databaseUrl: foreignDb.url, ...YEARLY }));
    await Promise.all([...replicas, ...passive].map((replica) => replica.ready(START_MS)));
    startedAt = Date.now();
  }, 120_000);

  afterAll(async () => {
    for (const replica of [...replicas, ...passive]) replica.stop('SIGKILL');
    await Promise.all([...replicas, ...passive].map((replica) => replica.exited));
    await foreignHolder?.end().catch(() => undefined);
    await Promise.all([mainDb?.drop(), foreignDb?.drop()]);
    build?.remove();
  }, 30_000);

  it('1. exactly one leader; followers report it; every slot gets exactly one row', async () => {
    const { leader, all } = await electedLeader(replicas, 'one leader among a, b, c');
    const leaderStatus = all[replicas.indexOf(leader)];
    for (const status of all) {
      expect(status.leader).toMatchObject({ holder_id: leaderStatus.replica.holder_id, holds_lock: true, term: leaderStatus.term });
      expect(status.lock).toEqual({ key: LOCK_KEY, held: true, holder_backend_pid: leaderStatus.leader!.backend_pid });
    }
    expect(all.map((status) => status.role).sort()).toEqual(['follower', 'follower', 'leader']);

    const from = startedAt + PERIOD_MS;
    await waitFor(async () => (await main.slots()).filter((row) => row.slot >= from).length >= 4, 'four slots after start-up', 20_000);
    const rows = await main.slots();
    expect(duplicates(rows)).toEqual([]);
    const last = rows[rows.length - 1].slot;
    expect(missingSlots(rows, PERIOD_MS, from, last)).toEqual([]);
  }, 40_000);

  it('2. SIGKILL of the leader: a new leader within 2 × retry + 1 s, the slot in progress caught up, no slot doubled', async () => {
    const { leader } = await electedLeader(live(), 'the leader');
    const before = (await main.leaderTerm())!;
    const killedAt = Date.now();
    leader.stop('SIGKILL');
    await leader.exited;
    const after = await waitFor(async () => {
      const term = await main.leaderTerm();
      return term && term.term > before.term && term;
    }, 'a new term', 15_000);
    const failoverMs = after.acquiredAt - killedAt;
    outages.push([killedAt, after.acquiredAt]);
    expect(failoverMs).toBeLessThanOrEqual(2 * RETRY_MS + 1000 + LOAD_SLACK_MS);
    expect(after.holderId).not.toBe(before.holderId);

    // The slot the kill fell in has its row (written before the kill, or caught up by the new leader).
    const killedSlot = Math.floor(killedAt / PERIOD_MS) * PERIOD_MS;
    await waitFor(async () => (await main.slots()).some((row) => row.slot >= killedSlot + 2 * PERIOD_MS), 'two more slots', 15_000);
    const rows = await main.slots();
    expect(rows.some((row) => row.slot === killedSlot)).toBe(true);
    expect(duplicates(rows)).toEqual([]);
    expect(missingSlots(rows, PERIOD_MS, startedAt + PERIOD_MS, rows[rows.length - 1].slot, outages)).toEqual([]);
    // A replacement replica joins as a follower for the next scenarios.
    replicas.push(await Replica.start(build, 'd', { databaseUrl: mainDb.url, ...TWO_SECONDS }));
  }, 40_000);

  it('3. SIGTERM of the leader: it exits 0 and hands over within one retry period', async () => {
    const { leader } = await electedLeader(live(), 'the leader');
    const before = (await main.leaderTerm())!;
    const exited = leader.exited;
    const stoppedAt = Date.now();
    leader.stop('SIGTERM');
    const { code } = await exited;
    expect(code).toBe(0);
    const releasedAt = leader.loggedAt(`Released the scheduler lock (term ${before.term})`)!;
    expect(releasedAt).toBeGreaterThanOrEqual(stoppedAt);
    const after = await waitFor(async () => {
      const term = await main.leaderTerm();
      return term && term.term > before.term && term;
    }, 'a new term', 15_000);
    outages.push([stoppedAt, after.acquiredAt]);
    expect(after.acquiredAt - releasedAt).toBeLessThanOrEqual(RETRY_MS + LOAD_SLACK_MS);
    expect(duplicates(await main.slots())).toEqual([]);
  }, 40_000);

  it('4. a killed lock session: the leader steps down within one heartbeat, a leader is back, and the old term never writes again', async () => {
    await live()[live().length - 1].ready(START_MS);
    const { leader } = await electedLeader(live(), 'the leader');
    const before = (await main.leaderTerm())!;
    const terminatedAt = Date.now();
    await main.query('SELECT pg_terminate_backend($1)', [before.backendPid]);
    await waitFor(async () => (await leader.status()).term !== before.term, 'the old leader to step down', HEARTBEAT_MS + 1000 + LOAD_SLACK_MS, 25);
    const after = await waitFor(async () => {
      const term = await main.leaderTerm();
      return term && term.term > before.term && term;
    }, 'a new term', 15_000);
    outages.push([terminatedAt, after.acquiredAt]);
    expect(leader.output).toMatch(new RegExp(`Stepped down as scheduler leader \\(term ${before.term}\\)`));

    await waitFor(async () => (await main.slots()).some((row) => row.slot >= after.acquiredAt + PERIOD_MS), 'a slot of the new term', 15_000);
    // Fenced: nothing written under the old term for a slot that began after its session died.
    expect(slotsWrittenUnderTerm(leader, before.term).filter((slot) => slot > terminatedAt)).toEqual([]);
    const rows = await main.slots();
    expect(duplicates(rows)).toEqual([]);
    expect(missingSlots(rows, PERIOD_MS, startedAt + PERIOD_MS, rows[rows.length - 1].slot, outages)).toEqual([]);
  }, 40_000);

  it('5. while a foreign session holds the key no replica schedules; once released one leads, and a failover does not double the filled slot', async () => {
    const foreignPid = (await foreignHolder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    // Both replicas have campaigned several times by now and report the foreign holder.
    await waitFor(async () => {
      const all = await statuses(passive);
      return all.every((status) => status.role === 'follower' && status.lock.holder_backend_pid === foreignPid);
    }, 'p and q to see the foreign holder', 10_000);
    await new Promise((resolve) => setTimeout(resolve, 2 * RETRY_MS));
    expect(await foreign.slots()).toEqual([]);
    expect(await foreign.leaderTerm()).toBeNull();

    await foreignHolder.query('SELECT pg_advisory_unlock($1::bigint)', [LOCK_KEY]);
    const { leader } = await electedLeader(passive, 'p or q to lead');
    const yearSlot = Date.UTC(new Date().getUTCFullYear(), 0, 1);
    await waitFor(async () => (await foreign.slots()).length === 1, 'the caught-up yearly slot', 10_000);
    expect(await foreign.slots()).toEqual([expect.objectContaining({ slot: yearSlot, rows: 1 })]);

    leader.stop('SIGTERM');
    await leader.exited;
    const other = passive.find((replica) => replica !== leader)!;
    const status = await waitFor(async () => {
      const current = await other.status();
      return current.role === 'leader' && current.jobs[0].last_run && current;
    }, 'the other replica to lead and look at the slot', 15_000);
    expect(status.jobs[0].last_run).toMatchObject({ slot_start: new Date(yearSlot).toISOString(), status: 'skipped' });
    expect(await foreign.slots()).toEqual([expect.objectContaining({ slot: yearSlot, rows: 1 })]);
  }, 40_000);
});
