import { ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { join } from 'node:path';
import { findFreePort } from '@supply-brain/database';
import { TestDatabase } from './support/test-database';

const ROOT = join(__dirname, '..');
/** Starting the server through ts-node and stopping it takes seconds on a busy machine. */
const SLOW_MS = 60_000;

async function waitFor(condition: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A new TCP connection, so a kept-alive socket from an earlier request cannot hide a closed listener. */
function acceptsConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function serverConnections(db: TestDatabase): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'supply-brain'`,
  );
  return row.count;
}

/** The real server process (main.ts), stopped with a signal as an orchestrator stops it. */
describe('Graceful shutdown', () => {
  let db: TestDatabase;
  let server: ChildProcess;
  let baseUrl: string;
  let port: number;
  let output = '';

  beforeAll(async () => {
    db = await TestDatabase.create();
    port = await findFreePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), DATABASE_URL: db.url, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk) => (output += chunk));
    server.stderr?.on('data', (chunk) => (output += chunk));
    await waitFor(async () => (await fetch(`${baseUrl}/health/ready`)).ok, 'the server to be ready');
  }, SLOW_MS);

  afterAll(async () => {
    if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
    await db.drop();
  });

  it('SIGTERM lets the in-flight request finish, refuses new ones, closes the pool and exits 0', async () => {
    const blocker = await db.client();
    // The database is dropped after the test; a still-open blocker must not fail the run.
    blocker.on('error', () => undefined);
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE article IN ACCESS EXCLUSIVE MODE');
    const inFlight = fetch(`${baseUrl}/api/v1/article`);
    await waitFor(async () => {
      const rows = await db.query(`SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`);
      return rows.length > 0;
    }, 'the request to wait on the lock');

    expect(await serverConnections(db)).toBeGreaterThan(0);
    const exited = once(server, 'exit');
    expect(await acceptsConnections(port)).toBe(true);
    server.kill('SIGTERM');
    await waitFor(async () => !(await acceptsConnections(port)), 'new connections to be refused');
    expect(server.exitCode).toBeNull();

    await blocker.query('COMMIT');
    await blocker.end();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual([]);

    const [code, signal] = await exited;
    expect({ code, signal, output }).toEqual({ code: 0, signal: null, output });
    expect(await serverConnections(db)).toBe(0);
  }, SLOW_MS);
});
