import { ENCRYPTED_PREFIX, isEncryptedSecret, SecretsCipher } from './secrets-cipher';

/** Every column that holds a secret at rest. */
export const TOKEN_COLUMNS = [
  { table: 'wb_integration_accounts', column: 'api_token' },
  { table: 'moysklad_integration_accounts', column: 'api_token' },
] as const;

/** The smallest query surface the token jobs need: a TypeORM manager or query runner both fit. */
export interface SqlRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Rewrites each stored token of every token column through `transform` (rows locked, one UPDATE
 * per table). Returns how many values changed. Run it inside a transaction.
 */
export async function rewriteStoredTokens(
  sql: SqlRunner,
  select: 'plaintext' | 'encrypted' | 'all',
  transform: (stored: string) => string,
): Promise<number> {
  let changed = 0;
  for (const { table, column } of TOKEN_COLUMNS) {
    const filter = select === 'all' ? '' : `AND ${column} ${select === 'encrypted' ? '' : 'NOT '}LIKE '${ENCRYPTED_PREFIX}%'`;
    // FOR UPDATE re-reads a row another replica just encrypted, so the JS check below skips it.
    const rows = (await sql.query(`SELECT id, ${column} AS value FROM ${table} WHERE ${column} <> '' ${filter} ORDER BY id FOR UPDATE`)) as Array<{
      id: number;
      value: string;
    }>;
    const picked = rows.filter(({ value }) => select === 'all' || (select === 'encrypted') === isEncryptedSecret(value));
    if (picked.length === 0) continue;
    await sql.query(
      `UPDATE ${table} AS t SET ${column} = u.value FROM unnest($1::int[], $2::varchar[]) AS u(id, value) WHERE t.id = u.id`,
      [picked.map(({ id }) => id), picked.map(({ value }) => transform(value))],
    );
    changed += picked.length;
  }
  return changed;
}

/** Encrypts tokens an adopted database still holds in plain text; encrypted ones are left alone. */
export function encryptPlaintextTokens(sql: SqlRunner, cipher: SecretsCipher): Promise<number> {
  return rewriteStoredTokens(sql, 'plaintext', (plaintext) => cipher.encrypt(plaintext));
}

/**
 * Re-encrypts every token under `next` (plaintext ones included). Values already under `next`
 * stay, so an interrupted rotation can simply be run again; a value readable with neither key
 * fails the whole rotation, changing nothing (run it inside one transaction).
 */
export function reencryptTokens(sql: SqlRunner, current: SecretsCipher, next: SecretsCipher): Promise<number> {
  return rewriteStoredTokens(sql, 'all', (stored) => (next.encryptedWithThisKey(stored) ? stored : next.encrypt(current.decrypt(stored))));
}
