export * from './data-source-options';
export * from './database.module';
export * from './database-server';
export * from './embedded/embedded-postgres-server';
export * from './migration/run-migrations';
export * from './transaction/transaction-host';
export * from './entities';
export * from './schema/timestamps';
