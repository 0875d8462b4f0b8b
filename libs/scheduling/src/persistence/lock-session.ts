import { Client } from 'pg';
import { AdvisoryLockTag } from '../domain/advisory-lock-key';

export interface LockSessionOptions {
  url: string;
  /** Server-side limit of every statement on the session (heartbeat, term claim). */
  statementTimeoutMs: number;
}

/** Who claims a term: recorded in `leader_terms` for administrators. */
export interface HolderIdentity {
  holderId: string;
  host: string;
  pid: number;
}

/** Server-side TCP keepalive (seconds): a vanished leader host frees its lock in ~25 s, not hours. */
const SERVER_KEEPALIVE = { idle: '10', interval: '5', count: '3', userTimeoutMs: '20000' };
const CLOSE_TIMEOUT_MS = 1000;

/**
 * The dedicated connection that holds a session-level advisory lock. It never comes from the pool,
 * so the lock lives exactly as long as this session, and a closed or killed session is noticed
 * through the client's `error`/`end` events at once.
 */
export class LockSession {
  private closed = false;

  private constructor(
    private readonly client: Client,
    /** The server process of this session: what `pg_locks.pid` shows for the lock it holds. */
    readonly backendPid: number,
  ) {}

  static async open(options: LockSessionOptions, onClosed: (session: LockSession, error?: Error) => void): Promise<LockSession> {
    const client = new Client({
      connectionString: options.url,
      application_name: 'supply-brain-leader',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: Math.max(options.statementTimeoutMs, 2000),
      // Client-side bound too: a statement timeout cannot fire when the network itself is gone.
      query_timeout: options.statementTimeoutMs + 500,
    });
    let session: LockSession | undefined;
    client.on('error', (error) => session?.markClosed(onClosed, error));
    client.on('end', () => session?.markClosed(onClosed));
    try {
      await client.connect();
      const timeout = String(options.statementTimeoutMs);
      const { rows } = await client.query<{ pid: number }>(
        `SELECT pg_backend_pid() AS pid,
                set_config('TimeZone', 'UTC', false), set_config('statement_timeout', $1, false),
                set_config('lock_timeout', $1, false), set_config('idle_in_transaction_session_timeout', $1, false),
                set_config('tcp_keepalives_idle', $2, false), set_config('tcp_keepalives_interval', $3, false),
                set_config('tcp_keepalives_count', $4, false), set_config('tcp_user_timeout', $5, false)`,
        [timeout, SERVER_KEEPALIVE.idle, SERVER_KEEPALIVE.interval, SERVER_KEEPALIVE.count, SERVER_KEEPALIVE.userTimeoutMs],
      );
      session = new LockSession(client, rows[0].pid);
      return session;
    } catch (error) {
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  /** Non-blocking: true when this session now holds the lock. */
  async tryAcquire(tag: AdvisoryLockTag): Promise<boolean> {
    const { rows } = await this.client.query<{ acquired: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS acquired', [tag.key]);
    return rows[0].acquired;
  }

  /**
   * Starts a new fencing term for the lock this session holds: increments `leader_terms.term`
   * under the exclusive fence lock, so it waits for any fenced write still checking the old term.
   */
  async claimTerm(tag: AdvisoryLockTag, holder: HolderIdentity): Promise<number> {
    await this.client.query('BEGIN');
    try {
      await this.client.query('SELECT pg_advisory_xact_lock($1::int, $2::int)', tag.fenceKeys);
      const { rows } = await this.client.query<{ term: string }>(
        `INSERT INTO leader_terms AS t (lock_key, term, holder_id, host, pid, backend_pid, acquired_at, heartbeat_at)
         VALUES ($1::bigint, 1, $2, $3, $4, pg_backend_pid(), now(), now())
         ON CONFLICT (lock_key) DO UPDATE
           SET term = t.term + 1, holder_id = EXCLUDED.holder_id, host = EXCLUDED.host, pid = EXCLUDED.pid,
               backend_pid = EXCLUDED.backend_pid, acquired_at = EXCLUDED.acquired_at, heartbeat_at = EXCLUDED.heartbeat_at
         RETURNING term`,
        [tag.key, holder.holderId, holder.host.slice(0, 255), holder.pid],
      );
      await this.client.query('COMMIT');
      return Number(rows[0].term);
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }

  /**
   * Proves the leadership is intact: this very session still holds the lock (`pg_locks` for its own
   * backend pid) and the term is still ours; refreshes `heartbeat_at`. False means step down.
   */
  async heartbeat(tag: AdvisoryLockTag, term: number): Promise<boolean> {
    const { rowCount } = await this.client.query(
      `UPDATE leader_terms SET heartbeat_at = now()
        WHERE lock_key = $1::bigint AND term = $2 AND backend_pid = pg_backend_pid()
          AND EXISTS (SELECT 1 FROM pg_locks
                       WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid()
                         AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                         AND classid = $3::bigint::oid AND objid = $4::bigint::oid AND objsubid = 1)`,
      [tag.key, term, tag.classId, tag.objId],
    );
    return rowCount === 1;
  }

  async release(tag: AdvisoryLockTag): Promise<boolean> {
    const { rows } = await this.client.query<{ released: boolean }>('SELECT pg_advisory_unlock($1::bigint) AS released', [tag.key]);
    return rows[0].released;
  }

  /** Ends the session (the server frees whatever it held); gives up politeness after one second. */
  async close(): Promise<void> {
    this.closed = true;
    const ended = this.client.end().catch(() => undefined);
    const timer = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), CLOSE_TIMEOUT_MS).unref());
    if ((await Promise.race([ended, timer])) === 'timeout') {
      (this.client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    }
  }

  private markClosed(onClosed: (session: LockSession, error?: Error) => void, error?: Error): void {
    if (this.closed) return;
    this.closed = true;
    onClosed(this, error);
  }
}
