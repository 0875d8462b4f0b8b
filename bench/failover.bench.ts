import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { buildServer, ClusterDatabase, missingSlots, Replica, waitFor } from '../test/scheduling/support/replica-cluster';
import { percentile } from './support/bench-harness';

const ROUNDS = Number(process.env.FAILOVER_ROUNDS ?? 50);
const SETTINGS = { cron: '*/2 * * * * *', retryMs: 1000, heartbeatMs: 500 };

/**
 * Issue 6, scenario 2 repeated: three replicas on one database, SIGKILL of the leader, time until
 * a new term is recorded; a replacement replica is started each round. Needs BENCH_DATABASE_URL
 * (an admin URL; a database of its own is created and dropped).
 */
export default async function failover(): Promise<void> {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) throw new Error('Set BENCH_DATABASE_URL to an admin PostgreSQL URL');
  const name = `sb_failover_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = new ClusterDatabase(url.toString());
  const build = await buildServer();
  const replicas: Replica[] = [];
  const failovers: number[] = [];
  const outages: [number, number][] = [];
  try {
    replicas.push(await Replica.start(build, 'r0', { databaseUrl: db.url, ...SETTINGS }));
    await replicas[0].ready(60_000);
    for (let i = 1; i < 3; i++) replicas.push(await Replica.start(build, `r${i}`, { databaseUrl: db.url, ...SETTINGS }));
    await Promise.all(replicas.map((replica) => replica.ready(60_000)));
    const startedAt = Date.now();
    for (let round = 1; round <= ROUNDS; round++) {
      const before = await waitFor(() => db.leaderTerm(), 'a leader', 15_000);
      const live = replicas.filter((replica) => replica.alive);
      const statuses = await Promise.all(live.map((replica) => replica.status().catch(() => null)));
      const leader = live.find((_, index) => statuses[index]?.role === 'leader' && statuses[index]?.term === before.term);
      if (!leader) continue;
      const killedAt = Date.now();
      leader.stop('SIGKILL');
      const after = await waitFor(async () => {
        const term = await db.leaderTerm();
        return term && term.term > before.term && term;
      }, 'a new term', 15_000);
      failovers.push(after.acquiredAt - killedAt);
      outages.push([killedAt, after.acquiredAt]);
      const replacement = await Replica.start(build, `r${round + 2}`, { databaseUrl: db.url, ...SETTINGS });
      replicas.push(replacement);
      await replacement.ready(60_000);
    }
    const rows = await db.slots();
    const sorted = [...failovers].sort((a, b) => a - b);
    console.log(`failover over ${failovers.length} SIGKILLs (retry ${SETTINGS.retryMs} ms, heartbeat ${SETTINGS.heartbeatMs} ms):`);
    console.log(`  min ${sorted[0]} ms, median ${percentile(sorted, 50)} ms, max ${sorted[sorted.length - 1]} ms`);
    console.log(`  duplicate slots: ${rows.filter((row) => row.rows > 1).length}`);
    console.log(`  missed slots outside failover windows: ${missingSlots(rows, 2000, startedAt + 2000, rows[rows.length - 1].slot, outages).length} of ${rows.length}`);
  } finally {
    for (const replica of replicas) replica.stop('SIGKILL');
    await Promise.all(replicas.map((replica) => replica.exited));
    build.remove();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
