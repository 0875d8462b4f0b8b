import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from './libs/database/src/data-source-options';

/** The TypeORM CLI's data source (`npm run migration:run|migration:revert|migration:show`). */
function databaseUrlFromEnvironment(): string {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error('DATABASE_URL is not set: export it (e.g. postgres://user:password@host:5432/supply_brain) before running migration commands');
  }
  return url;
}

export default new DataSource(buildDataSourceOptions({ url: databaseUrlFromEnvironment(), applicationName: 'supply-brain-migrations' }));
