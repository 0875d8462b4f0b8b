import { Injectable } from '@nestjs/common';
import { TransactionHost } from '../transaction/transaction-host';

/** How long a stored key answers repeats (conventions §7). */
export const IDEMPOTENCY_KEY_TTL = `interval '24 hours'`;

export interface IdempotencyScope {
  endpoint: string;
  caller: string;
  key: string;
}

export interface StoredIdempotencyKey {
  requestHash: string;
  recordId: number;
}

/** The `idempotency_keys` table; every statement runs in the caller's transaction. */
@Injectable()
export class IdempotencyKeyRepository {
  constructor(private readonly tx: TransactionHost) {}

  /**
   * Serialises every request that uses this key until the holder's transaction ends, so a
   * concurrent repeat sees the first call's row once it commits (or nothing if it rolled back).
   * The two-int form keeps these locks apart from the single-bigint migration lock.
   */
  async lockKey(scope: IdempotencyScope): Promise<void> {
    await this.tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))', [scope.endpoint, `${scope.caller}\n${scope.key}`]);
  }

  async findLive(scope: IdempotencyScope): Promise<StoredIdempotencyKey | null> {
    const rows: StoredIdempotencyKey[] = await this.tx.manager.query(
      `SELECT request_hash AS "requestHash", record_id AS "recordId"
         FROM idempotency_keys
        WHERE endpoint = $1 AND caller = $2 AND idempotency_key = $3
          AND created_at > now() - ${IDEMPOTENCY_KEY_TTL}`,
      [scope.endpoint, scope.caller, scope.key],
    );
    return rows[0] ?? null;
  }

  /** Stores the key for a new record; an expired entry of the same key is replaced. */
  async store(scope: IdempotencyScope, entry: StoredIdempotencyKey): Promise<void> {
    await this.tx.manager.query(
      `INSERT INTO idempotency_keys (endpoint, caller, idempotency_key, request_hash, record_id, created_at)
       VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT ON CONSTRAINT uq_idempotency_keys_endpoint_caller_key
       DO UPDATE SET request_hash = EXCLUDED.request_hash, record_id = EXCLUDED.record_id, created_at = EXCLUDED.created_at`,
      [scope.endpoint, scope.caller, scope.key, entry.requestHash, entry.recordId],
    );
  }

  /** Removes entries past their lifetime; returns how many. */
  async purgeExpired(): Promise<number> {
    const [, deleted]: [unknown[], number] = await this.tx.manager.query(
      `DELETE FROM idempotency_keys WHERE created_at <= now() - ${IDEMPOTENCY_KEY_TTL}`,
    );
    return deleted;
  }
}
