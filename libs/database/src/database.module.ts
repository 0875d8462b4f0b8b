import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, registerConflictMessages } from '@supply-brain/common';
import { buildDataSourceOptions } from './data-source-options';
import { DatabaseServer } from './database-server';
import { runMigrationsUnderLock } from './migration/run-migrations';
import { IdempotencyKeyRepository, IdempotencyService } from './idempotency';
import { CONFLICT_MESSAGES } from './schema/conflict-messages';
import { SnapshotHelperPool } from './transaction/snapshot-helper-pool';
import { TransactionHost } from './transaction/transaction-host';

registerConflictMessages(CONFLICT_MESSAGES);

@Global()
@Module({ providers: [DatabaseServer], exports: [DatabaseServer] })
class DatabaseServerModule {}

/** The shared data layer: connection, migrations at start-up, and the transaction host. */
@Global()
@Module({
  imports: [
    DatabaseServerModule,
    TypeOrmModule.forRootAsync({
      inject: [AppConfig, DatabaseServer],
      useFactory: async (config: AppConfig, server: DatabaseServer) =>
        buildDataSourceOptions({ url: await server.connectionUrl(), poolMax: config.get('DB_POOL_MAX') }),
      dataSourceFactory: async (options) => new DataSource(options!).initialize(),
    }),
  ],
  providers: [
    SnapshotHelperPool,
    TransactionHost,
    IdempotencyKeyRepository,
    IdempotencyService,
    {
      provide: 'MIGRATIONS_APPLIED_AT_BOOT',
      inject: [AppConfig, DataSource],
      useFactory: async (config: AppConfig, dataSource: DataSource) => {
        if (!config.get('DB_MIGRATIONS_RUN')) return [];
        const applied = await runMigrationsUnderLock(dataSource);
        if (applied.length > 0) new Logger('Migrations').log(`Applied: ${applied.map((m) => m.name).join(', ')}`);
        return applied;
      },
    },
  ],
  exports: [TransactionHost, IdempotencyService],
})
export class DatabaseModule {}
