import { Injectable } from '@nestjs/common';
import { DB_NOW_MS, TransactionHost } from '@supply-brain/database';
import { ApiKeyRecord, AuthenticatedKey } from '../domain/api-key';

const RECORD_COLUMNS = `id, name, role, key_prefix AS "keyPrefix", created_at AS "createdAt",
  last_used_at AS "lastUsedAt", revoked_at AS "revokedAt"`;

/** `last_used_at` is refreshed at most this often, so a busy key does not write on every request. */
const LAST_USED_RESOLUTION = `interval '1 minute'`;

/** Lock id (pg_advisory_xact_lock) serialising the bootstrap of the first admin key across replicas. */
const BOOTSTRAP_LOCK_ID = 7_000_060;

/** The `api_keys` table; the secret's hash goes in, never comes back out. */
@Injectable()
export class ApiKeyRepository {
  constructor(private readonly tx: TransactionHost) {}

  async insert(key: { name: string; role: string; keyPrefix: string; keyHash: string }): Promise<ApiKeyRecord> {
    const rows: ApiKeyRecord[] = await this.tx.manager.query(
      `INSERT INTO api_keys (name, role, key_prefix, key_hash, created_at) VALUES ($1, $2, $3, $4, ${DB_NOW_MS})
       RETURNING ${RECORD_COLUMNS}`,
      [key.name, key.role, key.keyPrefix, key.keyHash],
    );
    return rows[0];
  }

  list(): Promise<ApiKeyRecord[]> {
    return this.tx.manager.query(`SELECT ${RECORD_COLUMNS} FROM api_keys ORDER BY id`);
  }

  async activeNameTaken(name: string): Promise<boolean> {
    const rows: unknown[] = await this.tx.manager.query('SELECT 1 FROM api_keys WHERE name = $1 AND revoked_at IS NULL', [name]);
    return rows.length > 0;
  }

  /** Sets `revoked_at` once (a second revoke keeps the first instant); null when no such key. */
  async revoke(id: number): Promise<ApiKeyRecord | null> {
    const [rows]: [ApiKeyRecord[], number] = await this.tx.manager.query(
      `UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ${DB_NOW_MS}) WHERE id = $1 RETURNING ${RECORD_COLUMNS}`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** The active key with this hash, and whether its `last_used_at` is due for a refresh. */
  async findActiveByHash(keyHash: string): Promise<(AuthenticatedKey & { usageStale: boolean }) | null> {
    const rows: Array<AuthenticatedKey & { usageStale: boolean }> = await this.tx.manager.query(
      `SELECT id, name, role, (last_used_at IS NULL OR last_used_at < now() - ${LAST_USED_RESOLUTION}) AS "usageStale"
         FROM api_keys WHERE key_hash = $1 AND revoked_at IS NULL`,
      [keyHash],
    );
    return rows[0] ?? null;
  }

  async touch(id: number): Promise<void> {
    await this.tx.manager.query(`UPDATE api_keys SET last_used_at = ${DB_NOW_MS} WHERE id = $1`, [id]);
  }

  /** Inside a write transaction: waits for any other replica bootstrapping, then tells whether a key is active. */
  async lockBootstrapAndHasActiveKey(): Promise<boolean> {
    await this.tx.manager.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK_ID]);
    const rows: unknown[] = await this.tx.manager.query('SELECT 1 FROM api_keys WHERE revoked_at IS NULL LIMIT 1');
    return rows.length > 0;
  }
}
