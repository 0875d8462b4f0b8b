import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { readTestEnvironment, withDatabase } from './test-environment';

/** A database of the test file's own, so files run in parallel without seeing each other's rows. */
export class TestDatabase {
  /** Seeding issues hundreds of statements per file: a connection each would cost a backend start each. */
  private pool: Pool | null = null;

  private constructor(
    readonly name: string,
    readonly url: string,
    private readonly adminUrl: string,
  ) {}

  /** A clone of the migrated template, or an empty database with `empty: true`. */
  static async create(options: { empty?: boolean } = {}): Promise<TestDatabase> {
    const { adminUrl, templateDatabase } = readTestEnvironment();
    const suffix = templateDatabase.replace('sb_template_', '');
    const name = `sb_test_${suffix}_${randomBytes(5).toString('hex')}`;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(options.empty ? `CREATE DATABASE ${name}` : `CREATE DATABASE ${name} TEMPLATE ${templateDatabase}`);
    } finally {
      await admin.end();
    }
    return new TestDatabase(name, withDatabase(adminUrl, name), adminUrl);
  }

  /** A plain client for seeding tables that have no API and for checking what was stored. */
  async client(): Promise<Client> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    await client.query(`SET TimeZone = 'UTC'`);
    return client;
  }

  /** One statement on a pooled session (UTC); use `client()` for anything that needs its own session. */
  async query<T extends Record<string, unknown> = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.pool ??= new Pool({ connectionString: this.url, max: 4, idleTimeoutMillis: 1_000, allowExitOnIdle: true, options: '-c TimeZone=UTC' });
    return (await this.pool.query<T>(sql, params)).rows;
  }

  async drop(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.end();
    const admin = new Client({ connectionString: this.adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${this.name} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
  }
}
