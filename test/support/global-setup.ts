import 'tsconfig-paths/register';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../../libs/database/src/data-source-options';
import { EmbeddedPostgresServer } from '../../libs/database/src/embedded/embedded-postgres-server';
import { runMigrationsUnderLock } from '../../libs/database/src/migration/run-migrations';
import { TestEnvironment, withDatabase } from './test-environment';

/**
 * Once per run: a PostgreSQL server (TEST_DATABASE_URL, else an embedded one in a temp dir) and a
 * template database with every migration applied; each test file clones it in milliseconds.
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const server = new EmbeddedPostgresServer({ dataDir: mkdtempSync(join(tmpdir(), 'supply-brain-pg-')), persistent: false });
    adminUrl = await server.start('postgres');
    (globalThis as { __EMBEDDED_PG__?: EmbeddedPostgresServer }).__EMBEDDED_PG__ = server;
  }
  const templateDatabase = `sb_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${templateDatabase}`);
    await admin.query(`CREATE DATABASE ${templateDatabase}`);
  } finally {
    await admin.end();
  }
  const dataSource = await new DataSource(buildDataSourceOptions({ url: withDatabase(adminUrl, templateDatabase), poolMax: 2 })).initialize();
  try {
    await runMigrationsUnderLock(dataSource);
  } finally {
    await dataSource.destroy();
  }
  const environment: TestEnvironment = { adminUrl, templateDatabase };
  const file = join(tmpdir(), `supply-brain-test-env-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(environment));
  process.env.SUPPLY_BRAIN_TEST_ENV_FILE = file;
  // Servers the tests start as child processes inherit this: no scheduler unless a test turns it on (03 §3.6 #13).
  process.env.MONITORING_SCHEDULER_ENABLED = 'false';
  // Servers the tests spawn inherit these: behaviour tests run without API keys (test/access covers
  // them), and integration tokens are encrypted with a fixed test key.
  process.env.AUTH_MODE ??= 'disabled';
  process.env.SECRETS_KEY ??= Buffer.alloc(32, 1).toString('base64');
  (globalThis as { __TEST_ENV__?: TestEnvironment }).__TEST_ENV__ = environment;
}
