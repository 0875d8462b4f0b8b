import { ChildProcess, execFile, spawn } from 'node:child_process';
import { get } from 'node:http';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { findFreePort } from '@supply-brain/database';

const ROOT = join(__dirname, '..', '..', '..');

/** The server compiled once (no type check) so each replica starts in seconds, not after its own transpilation. */
export interface BuiltServer {
  dir: string;
  remove(): void;
}

export async function buildServer(): Promise<BuiltServer> {
  const dir = join(ROOT, 'node_modules', '.cache', `sb-replicas-${randomBytes(4).toString('hex')}`);
  await promisify(execFile)(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--noCheck', '--outDir', dir], {
    cwd: ROOT,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function waitFor<T>(probe: () => Promise<T | undefined | null | false>, what: string, timeoutMs: number, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** The body of GET /health/scheduler, as far as the tests read it. */
export interface SchedulerStatusBody {
  role: 'leader' | 'follower' | 'disabled';
  term: number | null;
  replica: { holder_id: string; pid: number };
  lock: { key: string; held: boolean; holder_backend_pid: number | null };
  leader: { term: number; holder_id: string; backend_pid: number; holds_lock: boolean } | null;
  jobs: { name: string; last_run: { slot_start: string; term: number; status: string; error: string | null } | null }[];
}

export interface ReplicaSettings {
  databaseUrl: string;
  cron: string;
  retryMs: number;
  heartbeatMs: number;
  extraEnv?: Record<string, string>;
}

/** One server process of the built app with the scheduler on, stopped with real signals. */
export class Replica {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  private constructor(
    readonly name: string,
    readonly port: number,
    readonly child: ChildProcess,
  ) {
    child.stdout?.on('data', (chunk) => (this.output += chunk));
    child.stderr?.on('data', (chunk) => (this.output += chunk));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  static async start(build: BuiltServer, name: string, settings: ReplicaSettings): Promise<Replica> {
    const port = await findFreePort();
    const child = spawn(process.execPath, ['-r', 'tsconfig-paths/register', join(build.dir, 'apps/api/src/main.js')], {
      cwd: ROOT,
      env: {
        ...process.env,
        TS_NODE_BASEURL: build.dir,
        PORT: String(port),
        DATABASE_URL: settings.databaseUrl,
        DB_POOL_MAX: '4',
        AUTH_MODE: 'disabled',
        SECRETS_KEY: randomBytes(32).toString('base64'),
        LOG_LEVEL: 'log',
        LOG_FORMAT: 'json',
        MONITORING_SCHEDULER_ENABLED: 'true',
        MONITORING_SNAPSHOT_CRON: settings.cron,
        LEADER_RETRY_MS: String(settings.retryMs),
        LEADER_HEARTBEAT_MS: String(settings.heartbeatMs),
        SCHEDULER_SHUTDOWN_GRACE_MS: '5000',
        ...settings.extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return new Replica(name, port, child);
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async ready(timeoutMs: number): Promise<void> {
    await waitFor(async () => {
      if (!this.alive) throw new Error(`${this.name} exited during start-up:\n${this.output.slice(-3000)}`);
      return (await this.get('/health/ready')).status === 200;
    }, `${this.name} to be ready`, timeoutMs).catch((error: Error) => {
      throw new Error(`${error.message}\n${this.output.slice(-3000)}`);
    });
  }

  async status(): Promise<SchedulerStatusBody> {
    const { status, body } = await this.get('/health/scheduler');
    if (status !== 200) throw new Error(`${this.name}: GET /health/scheduler answered ${status}`);
    return JSON.parse(body) as SchedulerStatusBody;
  }

  /** The instant (server clock) of the first log line containing `text`, or undefined. */
  loggedAt(text: string): number | undefined {
    const line = this.output.split('\n').find((candidate) => candidate.includes(text));
    return line ? new Date((JSON.parse(line) as { time: string | number }).time).getTime() : undefined;
  }

  /** Without keep-alive, so an idle connection never holds up the server's graceful shutdown. */
  private get(path: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      const request = get({ host: '127.0.0.1', port: this.port, path, agent: false, timeout: 5000 }, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      request.on('timeout', () => request.destroy(new Error(`${this.name}: no answer to GET ${path}`)));
      request.on('error', reject);
    });
  }

  stop(signal: NodeJS.Signals): void {
    if (this.alive) this.child.kill(signal);
  }
}

export interface SchedulerRow {
  slot: number;
  rows: number;
  firstCreatedAt: number;
}

export interface LeaderTerm {
  term: number;
  holderId: string;
  backendPid: number;
  acquiredAt: number;
}

/** What the tests read straight from the database. */
export class ClusterDatabase {
  constructor(readonly url: string) {}

  async query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(sql, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  /** Scheduler rows per slot, oldest slot first. */
  async slots(): Promise<SchedulerRow[]> {
    const rows = await this.query<{ slot: Date; rows: number; first: Date }>(
      `SELECT slot_start AS slot, count(*)::int AS rows, min(created_at) AS first
         FROM monitoring_snapshots WHERE source = 'scheduler' GROUP BY slot_start ORDER BY slot_start`,
    );
    return rows.map((row) => ({ slot: row.slot.getTime(), rows: row.rows, firstCreatedAt: row.first.getTime() }));
  }

  async leaderTerm(lockKey = '9223372036854770001'): Promise<LeaderTerm | null> {
    const [row] = await this.query<{ term: string; holder_id: string; backend_pid: number; acquired_at: Date }>(
      'SELECT term::text AS term, holder_id, backend_pid, acquired_at FROM leader_terms WHERE lock_key = $1::bigint',
      [lockKey],
    );
    return row ? { term: Number(row.term), holderId: row.holder_id, backendPid: row.backend_pid, acquiredAt: row.acquired_at.getTime() } : null;
  }
}

/**
 * Slot starts between `from` and `to` (inclusive) of a fixed-period cron that have no row, leaving
 * out those lying wholly inside one of the `outages` (a measured failover window).
 */
export function missingSlots(rows: SchedulerRow[], periodMs: number, from: number, to: number, outages: [number, number][] = []): number[] {
  const present = new Set(rows.map((row) => row.slot));
  const missing: number[] = [];
  for (let slot = Math.ceil(from / periodMs) * periodMs; slot <= to; slot += periodMs) {
    const excused = outages.some(([start, end]) => slot >= start && slot + periodMs <= end);
    if (!present.has(slot) && !excused) missing.push(slot);
  }
  return missing;
}
