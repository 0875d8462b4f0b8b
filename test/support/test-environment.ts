import { readFileSync } from 'node:fs';

/** What global setup hands to the test files: the server's admin URL and the migrated template. */
export interface TestEnvironment {
  adminUrl: string;
  templateDatabase: string;
}

export function readTestEnvironment(): TestEnvironment {
  const file = process.env.SUPPLY_BRAIN_TEST_ENV_FILE;
  if (!file) throw new Error('Test environment missing: run the e2e tests through jest (global setup prepares the database)');
  return JSON.parse(readFileSync(file, 'utf8')) as TestEnvironment;
}

/** `postgres://…/name` with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
