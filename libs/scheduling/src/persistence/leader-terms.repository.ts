import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { AdvisoryLockTag } from '../domain/advisory-lock-key';

/** The `leader_terms` row of a lock key, as stored. */
export interface LeaderTermRow {
  term: number;
  holderId: string;
  host: string;
  pid: number;
  backendPid: number;
  acquiredAt: Date;
  heartbeatAt: Date;
}

export interface LockOwnership {
  /** The last acquisition recorded for the key (it may have died since; see `lockHolderBackendPid`). */
  lastTerm: LeaderTermRow | null;
  /** The backend pid of whichever session holds the lock now (ours or a foreign one), null when free. */
  lockHolderBackendPid: number | null;
}

const LOCK_HOLDER = `SELECT l.pid FROM pg_locks l
                      WHERE l.locktype = 'advisory' AND l.granted AND l.mode = 'ExclusiveLock'
                        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
                        AND l.classid = $2::bigint::oid AND l.objid = $3::bigint::oid AND l.objsubid = 1`;

/** Reads of the fencing terms on the pool's connections (the lock session writes them itself). */
@Injectable()
export class LeaderTermsRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Inside the caller's write transaction, right before it writes: true while the session that
   * claimed `term` (backend `backendPid`) still holds the lock. The shared fence lock taken first is
   * kept until the caller commits, so no new term can be claimed between this check and that commit.
   * Reads `pg_locks`, which is live, so it holds under any isolation level.
   */
  async confirmTermHolder(tag: AdvisoryLockTag, term: number, backendPid: number): Promise<boolean> {
    await this.tx.manager.query('SELECT pg_advisory_xact_lock_shared($1::int, $2::int)', tag.fenceKeys);
    const [row] = await this.tx.manager.query(
      `SELECT EXISTS (${LOCK_HOLDER} AND l.pid = $4)
              AND EXISTS (SELECT 1 FROM leader_terms WHERE lock_key = $1::bigint AND term = $5 AND backend_pid = $4) AS holds`,
      [tag.key, tag.classId, tag.objId, backendPid, term],
    );
    return (row as { holds: boolean }).holds;
  }

  async ownership(tag: AdvisoryLockTag): Promise<LockOwnership> {
    const [row] = await this.tx.manager.query(
      `SELECT t.term::text AS term, t.holder_id AS "holderId", t.host, t.pid, t.backend_pid AS "backendPid",
              t.acquired_at AS "acquiredAt", t.heartbeat_at AS "heartbeatAt", (${LOCK_HOLDER} LIMIT 1) AS "lockHolderBackendPid"
         FROM (SELECT 1) AS one
         LEFT JOIN leader_terms t ON t.lock_key = $1::bigint`,
      [tag.key, tag.classId, tag.objId],
    );
    const { lockHolderBackendPid, term, ...holder } = row as Omit<LeaderTermRow, 'term'> & { term: string | null; lockHolderBackendPid: number | null };
    return { lastTerm: term === null ? null : { ...holder, term: Number(term) }, lockHolderBackendPid };
  }
}
