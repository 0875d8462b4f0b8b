import { Injectable } from '@nestjs/common';
import { SecretsCipher } from '@supply-brain/access';
import { DB_NOW_MS, nextUpdatedAtSql, TransactionHost } from '@supply-brain/database';
import { IntegrationAccount, IntegrationAccountChanges, NewIntegrationAccount } from '../application/integration-account';

/** What tells the two account tables apart. */
interface AccountTable {
  name: 'wb_integration_accounts' | 'moysklad_integration_accounts';
  externalIdColumn: 'supplier_id' | 'account_id';
}

interface ColumnOfChange {
  column: string;
  type: 'varchar' | 'boolean';
}

/**
 * One integration-account table. The token is encrypted (AES-256-GCM) on its way in and never
 * selected: it is reduced to `hasToken` inside the database, so no read path can leak it.
 */
export class IntegrationAccountRepository {
  private readonly readColumns: string;
  private readonly columnOf: Record<keyof IntegrationAccountChanges, ColumnOfChange>;

  constructor(
    private readonly tx: TransactionHost,
    private readonly cipher: SecretsCipher,
    private readonly table: AccountTable,
  ) {
    this.columnOf = {
      name: { column: 'name', type: 'varchar' },
      externalId: { column: table.externalIdColumn, type: 'varchar' },
      apiToken: { column: 'api_token', type: 'varchar' },
      isActive: { column: 'is_active', type: 'boolean' },
    };
    this.readColumns = `id, name, ${table.externalIdColumn} AS "externalId", is_active AS "isActive",
      api_token <> '' AS "hasToken", created_at AS "createdAt", updated_at AS "updatedAt"`;
  }

  list(): Promise<IntegrationAccount[]> {
    return this.tx.manager.query(`SELECT ${this.readColumns} FROM ${this.table.name} ORDER BY id`);
  }

  async findById(id: number): Promise<IntegrationAccount | null> {
    const rows: IntegrationAccount[] = await this.tx.manager.query(`SELECT ${this.readColumns} FROM ${this.table.name} WHERE id = $1`, [id]);
    return rows[0] ?? null;
  }

  async insert(account: NewIntegrationAccount): Promise<IntegrationAccount> {
    const rows: IntegrationAccount[] = await this.tx.manager.query(
      `INSERT INTO ${this.table.name} (name, ${this.table.externalIdColumn}, api_token, is_active, created_at, updated_at)
       VALUES ($1, $2, $3, $4, ${DB_NOW_MS}, ${DB_NOW_MS})
       RETURNING ${this.readColumns}`,
      [account.name, account.externalId, this.cipher.seal(account.apiToken), account.isActive],
    );
    return rows[0];
  }

  /**
   * Applies the named changes in one statement; `updated_at` moves only when a value really
   * changes (SET expressions see the row as it was). Null when no such account exists.
   */
  async update(id: number, changes: IntegrationAccountChanges): Promise<IntegrationAccount | null> {
    const sealed = { ...changes, apiToken: changes.apiToken === undefined ? undefined : await this.sealedToken(id, changes.apiToken) };
    const assigned = (Object.keys(sealed) as Array<keyof IntegrationAccountChanges>).filter((key) => sealed[key] !== undefined);
    if (assigned.length === 0) return this.findById(id);
    const columns = assigned.map((key) => this.columnOf[key]);
    const values = columns.map(({ type }, index) => `$${index + 2}::${type}`);
    const [rows]: [IntegrationAccount[], number] = await this.tx.manager.query(
      `UPDATE ${this.table.name}
          SET ${columns.map(({ column }, index) => `${column} = ${values[index]}`).join(', ')},
              updated_at = CASE
                WHEN ROW(${columns.map(({ column }) => column).join(', ')}) IS DISTINCT FROM ROW(${values.join(', ')})
                THEN ${nextUpdatedAtSql()} ELSE updated_at END
        WHERE id = $1
        RETURNING ${this.readColumns}`,
      [id, ...assigned.map((key) => sealed[key])],
    );
    return rows[0] ?? null;
  }

  /**
   * The value to store for a new token: the stored ciphertext itself when it already holds this
   * token (each encryption differs, so re-sealing would look like a change), else a fresh one.
   */
  private async sealedToken(id: number, token: string): Promise<string> {
    if (token === '') return token;
    const rows: Array<{ stored: string }> = await this.tx.manager.query(`SELECT api_token AS stored FROM ${this.table.name} WHERE id = $1 FOR UPDATE`, [id]);
    const stored = rows[0]?.stored;
    return stored !== undefined && this.cipher.matches(stored, token) ? stored : this.cipher.seal(token);
  }

  /** False when no such account exists. */
  async delete(id: number): Promise<boolean> {
    const [, deleted]: [unknown[], number] = await this.tx.manager.query(`DELETE FROM ${this.table.name} WHERE id = $1`, [id]);
    return deleted > 0;
  }
}

@Injectable()
export class WbAccountRepository extends IntegrationAccountRepository {
  constructor(tx: TransactionHost, cipher: SecretsCipher) {
    super(tx, cipher, { name: 'wb_integration_accounts', externalIdColumn: 'supplier_id' });
  }
}

@Injectable()
export class MoyskladAccountRepository extends IntegrationAccountRepository {
  constructor(tx: TransactionHost, cipher: SecretsCipher) {
    super(tx, cipher, { name: 'moysklad_integration_accounts', externalIdColumn: 'account_id' });
  }
}
