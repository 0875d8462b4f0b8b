import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConcurrentUpdateError, isRetryableTransactionError } from '@supply-brain/common';
import { SnapshotHelperPool, TransactionSettings } from './snapshot-helper-pool';

const MAX_ATTEMPTS = 3;

interface OpenTransaction {
  manager: EntityManager;
  /** A REPEATABLE READ transaction that has written nothing (`read`, the read part of `readThenWrite`): helper connections may share its snapshot. */
  shareable: boolean;
  /** Exported once, at the first side-by-side read. */
  snapshotId?: Promise<string>;
  /** Transaction-local settings applied so far (`applySettings`), which its helper connections get too. */
  settings: TransactionSettings;
}

/** The independent reads of `readSideBySide`, and what they resolve to. */
type Reads<T extends unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * The transaction of the current request, carried through async calls: services open it with
 * `write`/`read`, repositories reach it through `manager` and never pass it around by hand.
 */
@Injectable()
export class TransactionHost {
  private readonly current = new AsyncLocalStorage<OpenTransaction>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly helpers: SnapshotHelperPool,
  ) {}

  /** The active transaction's manager, or the pool's when none is open. */
  get manager(): EntityManager {
    return this.current.getStore()?.manager ?? this.dataSource.manager;
  }

  get inTransaction(): boolean {
    return this.current.getStore() !== undefined;
  }

  /**
   * Runs `work` in one READ COMMITTED transaction (REPEATABLE READ when its reads must share one
   * snapshot), committed once at the end; any failure rolls it back. Serialisation failures and
   * deadlocks are retried, then answered as a 409. Inside an open transaction it simply joins it.
   */
  async write<T>(work: () => Promise<T>, isolation: 'READ COMMITTED' | 'REPEATABLE READ' = 'READ COMMITTED'): Promise<T> {
    if (this.inTransaction) return work();
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction(isolation, (manager) => this.current.run({ manager, shareable: false, settings: {} }, work));
      } catch (error) {
        if (!isRetryableTransactionError(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new ConcurrentUpdateError();
      }
    }
  }

  /**
   * One REPEATABLE READ transaction that first reads, then writes what it decided: `read` sees the
   * transaction's snapshot and, as nothing is written yet, may share it with helper connections
   * (`readSideBySide`); `write` gets read's result and runs alone on the transaction's connection.
   * Retried and answered like `write`. Inside an open transaction both simply join it.
   */
  async readThenWrite<R, T>(read: () => Promise<R>, write: (result: R) => Promise<T>): Promise<T> {
    if (this.inTransaction) return write(await read());
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.dataSource.transaction('REPEATABLE READ', async (manager) => {
          const open: OpenTransaction = { manager, shareable: true, settings: {} };
          const result = await this.current.run(open, read);
          // From the first write on, other connections would no longer see what this one sees.
          open.shareable = false;
          return this.current.run(open, () => write(result));
        });
      } catch (error) {
        if (!isRetryableTransactionError(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new ConcurrentUpdateError();
      }
    }
  }

  /**
   * Several queries that must see one consistent state: a read-only REPEATABLE READ transaction,
   * with `settings` (e.g. a statement timeout) applied to it and to its side-by-side reads. Inside
   * an open transaction it simply joins it, whose settings stay as they are.
   */
  async read<T>(work: () => Promise<T>, settings: TransactionSettings = {}): Promise<T> {
    if (this.inTransaction) return work();
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return this.current.run({ manager, shareable: true, settings: {} }, async () => {
        await this.applySettings(settings);
        return work();
      });
    });
  }

  /**
   * Sets transaction-local settings (`set_config(name, value, true)`, one statement; none when
   * empty) for the rest of the open transaction, its side-by-side reads included.
   */
  async applySettings(settings: TransactionSettings): Promise<void> {
    const open = this.current.getStore();
    if (!open) throw new Error('Transaction settings need an open transaction');
    const names = Object.keys(settings);
    if (names.length === 0) return;
    const assignments = names.map((_, index) => `set_config($${2 * index + 1}, $${2 * index + 2}, true)`).join(', ');
    await open.manager.query(`SELECT ${assignments}`, names.flatMap((name) => [name, settings[name]]));
    open.settings = { ...open.settings, ...settings };
  }

  /**
   * Independent reads of the current transaction, side by side: the first on the transaction's
   * own connection, each other one on a free helper connection that imported the transaction's
   * snapshot and applied its settings, so all of them see exactly one state under the same
   * settings. The reads that get no helper run one after another on the transaction's connection:
   * all of them outside `read` and the read part of `readThenWrite` (other connections cannot see
   * a transaction's own changes). Resolves when every read has ended; rejects with the first failure.
   */
  async readSideBySide<T extends unknown[]>(reads: Reads<T>): Promise<T> {
    const list = reads as Array<() => Promise<unknown>>;
    const open = this.current.getStore();
    const onHelper = list.map((_, index) => index > 0 && open?.shareable === true && this.helpers.tryReserve());
    if (!open || !onHelper.includes(true)) {
      const results: unknown[] = [];
      for (const read of list) results.push(await read());
      return results as T;
    }
    // Exported before any read here starts, so the export cannot queue behind them.
    open.snapshotId ??= this.exportSnapshot(open.manager);
    const snapshotId = open.snapshotId;
    await snapshotId.catch(() => undefined);

    const here = async () => {
      const results = new Map<number, unknown>();
      for (const [index, read] of list.entries()) if (!onHelper[index]) results.set(index, await read());
      return results;
    };
    const [ownResults, ...helperResults] = await Promise.allSettled([
      here(),
      ...list.map((read, index) =>
        onHelper[index]
          ? this.helpers.join(snapshotId, open.settings, (manager) => this.current.run({ manager, shareable: false, settings: {} }, read))
          : null,
      ),
    ]);
    const failure = [ownResults, ...helperResults].find((outcome) => outcome.status === 'rejected');
    if (failure) throw (failure as PromiseRejectedResult).reason;
    const own = (ownResults as PromiseFulfilledResult<Map<number, unknown>>).value;
    return list.map((_, index) =>
      onHelper[index] ? (helperResults[index] as PromiseFulfilledResult<unknown>).value : own.get(index),
    ) as T;
  }

  private async exportSnapshot(manager: EntityManager): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query('SELECT pg_export_snapshot() AS id');
    return id;
  }
}
