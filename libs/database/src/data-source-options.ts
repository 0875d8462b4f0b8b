import './pg-types';
import type { DataSourceOptions } from 'typeorm';
import { ALL_MIGRATIONS } from '@supply-brain/migrations';
import { ALL_ENTITIES } from './entities';

export const MIGRATIONS_TABLE = 'typeorm_migrations';

export interface DatabaseConnectionSettings {
  url: string;
  poolMax?: number;
  applicationName?: string;
}

/** The one description of how Supply Brain talks to PostgreSQL: used by the app, the CLI and tests. */
export function buildDataSourceOptions(settings: DatabaseConnectionSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ALL_ENTITIES,
    migrations: ALL_MIGRATIONS,
    migrationsTableName: MIGRATIONS_TABLE,
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Failed statements surface as exceptions; the HTTP filter logs the unexpected ones once, with the request id.
    logging: false,
    applicationName: settings.applicationName ?? 'supply-brain',
    extra: {
      max: settings.poolMax ?? 10,
      // Instants the server generates come from the database clock, read in UTC (conventions §5).
      options: '-c TimeZone=UTC',
      connectionTimeoutMillis: 5000,
    },
  };
}
