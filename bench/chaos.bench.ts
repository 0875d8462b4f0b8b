import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { buildServer, ClusterDatabase, missingSlots, Replica, waitFor } from '../test/scheduling/support/replica-cluster';

const ROUNDS = Number(process.env.CHAOS_ROUNDS ?? 20);
const SETTINGS = { cron: '*/2 * * * * *', retryMs: 1000, heartbeatMs: 500 };
const ACTIONS = ['sigkill', 'sigterm', 'kill-lock-session', 'restart-follower'] as const;

/**
 * Issue 6 chaos: three replicas, 20 rounds of a random SIGKILL / SIGTERM of the leader, kill of its
 * lock session, or restart of a follower, a few seconds apart; prints duplicate slots (must be 0)
 * and missed slots outside the measured failover windows. Needs BENCH_DATABASE_URL (admin URL).
 */
export default async function chaos(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('Set BENCH_DATABASE_URL to an admin PostgreSQL URL');
  const name = `sb_chaos_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = new ClusterDatabase(url.toString());
  const build = await buildServer();
  const replicas: Replica[] = [];
  const outages: [number, number][] = [];
  const counts: Record<string, number> = {};
  let started = 0;
  const start = async () => {
    const replica = await Replica.start(build, `r${started++}`, { databaseUrl: db.url, ...SETTINGS });
    replicas.push(replica);
    return replica;
  };
  try {
    await (await start()).ready(60_000);
    await Promise.all([start(), start()].map(async (replica) => (await replica).ready(60_000)));
    const startedAt = Date.now();
    for (let round = 1; round <= ROUNDS; round++) {
      const before = await waitFor(() => db.leaderTerm(), 'a leader', 15_000);
      const live = replicas.filter((replica) => replica.alive);
      const statuses = await Promise.all(live.map((replica) => replica.status().catch(() => null)));
      const leader = live.find((_, index) => statuses[index]?.role === 'leader');
      const action = ACTIONS[Math.floor(Math.random() * ACTIONS.length)];
      counts[action] = (counts[action] ?? 0) + 1;
      const at = Date.now();
      if (action === 'restart-follower' || !leader) {
        const follower = live.find((replica) => replica !== leader);
        follower?.stop('SIGTERM');
        await follower?.exited;
        await (await start()).ready(60_000);
      } else {
        if (action === 'sigkill') leader.stop('SIGKILL');
        if (action === 'sigterm') leader.stop('SIGTERM');
        if (action === 'kill-lock-session') await db.query('SELECT pg_terminate_backend($1)', [before.backendPid]);
        const after = await waitFor(async () => {
          const term = await db.leaderTerm();
          return term && term.term > before.term && term;
        }, 'a new term', 15_000);
        outages.push([at, after.acquiredAt]);
        if (!leader.alive || action !== 'kill-lock-session') await (await start()).ready(60_000);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000 + Math.random() * 3000));
    }
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const rows = await db.slots();
    const last = rows[rows.length - 1].slot;
    console.log(`chaos: ${ROUNDS} rounds over ${Math.round((Date.now() - startedAt) / 1000)} s (${JSON.stringify(counts)}):`);
    console.log(`  slots: ${rows.length}, duplicate slots: ${rows.filter((row) => row.rows > 1).length}`);
    console.log(`  missed slots outside failover windows: ${missingSlots(rows, 2000, startedAt + 2000, last, outages).length}`);
    console.log(`  missed slots in all: ${missingSlots(rows, 2000, startedAt + 2000, last).length}`);
  } finally {
    for (const replica of replicas) replica.stop('SIGKILL');
    await Promise.all(replicas.map((replica) => replica.exited));
    build.remove();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
