import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConcurrentUpdateError, isRetryableTransactionError } from '@supply-brain/common';

const MAX_ATTEMPTS = 3;

/**
 * The transaction of the current request, carried through async calls: services open it with
 * `write`/`read`, repositories reach it through `manager` and never pass it around by hand.
 */
@Injectable()
export class TransactionHost {
  private readonly current = new AsyncLocalStorage<EntityManager>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The active transaction's manager, or the pool's when none is open. */
  get manager(): EntityManager {
    return this.current.getStore() ?? this.dataSource.manager;
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
        return await this.dataSource.transaction(isolation, (manager) => this.current.run(manager, work));
      } catch (error) {
        if (!isRetryableTransactionError(error)) throw error;
        if (attempt >= MAX_ATTEMPTS) throw new ConcurrentUpdateError();
      }
    }
  }

  /** Several queries that must see one consistent state: a read-only REPEATABLE READ transaction. */
  async read<T>(work: () => Promise<T>): Promise<T> {
    if (this.inTransaction) return work();
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      await manager.query('SET TRANSACTION READ ONLY');
      return this.current.run(manager, work);
    });
  }
}
