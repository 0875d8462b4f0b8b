import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AppConfig } from '@supply-brain/common';
import { DataSource, DataSourceOptions, EntityManager, QueryRunner } from 'typeorm';

type PostgresConnectionOptions = Extract<DataSourceOptions, { type: 'postgres' }>;

/** Transaction-local settings a helper applies before its read, e.g. `{ jit: 'off' }`. */
export type TransactionSettings = Readonly<Record<string, string>>;

const SNAPSHOT_ID = /^[0-9A-F]+-[0-9A-F]+(-[0-9]+)?$/i;
const SETTING_NAME = /^[a-z_][a-z0-9_.]*$/;

const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * A small pool of its own (DB_PARALLEL_READS connections) whose connections join the snapshot of
 * a read-only transaction, so that transaction's independent reads can run side by side on
 * several server processes. Its own pool, not the main one: a request already holding a main
 * connection never waits for its own pool (no pool deadlock), and a helper is only taken when one
 * is free right now, otherwise the caller reads on its own connection.
 */
@Injectable()
export class SnapshotHelperPool implements OnApplicationShutdown {
  private helpers?: Promise<DataSource>;
  private inUse = 0;
  private readonly size: number;

  constructor(
    @InjectDataSource() private readonly main: DataSource,
    config: AppConfig,
  ) {
    this.size = config.get('DB_PARALLEL_READS');
  }

  /** Whether a helper connection is free now; reserves it when it is. Every `true` must be followed by `join`. */
  tryReserve(): boolean {
    if (this.inUse >= this.size) return false;
    this.inUse++;
    return true;
  }

  /**
   * Runs `work` on a reserved helper connection inside a read-only REPEATABLE READ transaction
   * that imported the exported `snapshot` (one round trip with the settings), then ends it and
   * frees the reservation, whatever happened (a failed export included).
   */
  async join<T>(snapshot: string | Promise<string>, settings: TransactionSettings, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    let runner: QueryRunner | undefined;
    try {
      const snapshotId = await snapshot;
      if (!SNAPSHOT_ID.test(snapshotId)) throw new Error(`Not a snapshot id: ${snapshotId}`);
      runner = (await this.dataSource()).createQueryRunner();
      await runner.connect();
      const applied = Object.entries(settings).map(([name, value]) => {
        if (!SETTING_NAME.test(name)) throw new Error(`Not a setting name: ${name}`);
        return `SET LOCAL ${name} = ${quoted(value)};`;
      });
      // No parameters: sent as one simple query, so these commands cost one round trip.
      await runner.query(`BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY; SET TRANSACTION SNAPSHOT ${quoted(snapshotId)}; ${applied.join(' ')}`);
      const result = await work(runner.manager);
      await runner.query('COMMIT');
      return result;
    } catch (error) {
      // Best effort: a connection that failed outright was already dropped by its error handler.
      await runner?.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      await runner?.release();
      this.inUse--;
    }
  }

  async onApplicationShutdown(): Promise<void> {
    const helpers = await this.helpers?.catch(() => undefined);
    if (helpers?.isInitialized) await helpers.destroy();
  }

  /** Opened at first use: a process that never reads side by side never connects it. */
  private dataSource(): Promise<DataSource> {
    const options = this.main.options as PostgresConnectionOptions;
    this.helpers ??= new DataSource({
      ...options,
      entities: [],
      migrations: [],
      applicationName: `${options.applicationName ?? 'supply-brain'}-helper`,
      extra: { ...(options.extra as object), max: this.size },
    })
      .initialize()
      .catch((error: unknown) => {
        this.helpers = undefined; // the next use tries again
        throw error;
      });
    return this.helpers;
  }
}
