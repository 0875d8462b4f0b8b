import { Client } from 'pg';
import type { EmbeddedPostgresServer } from '../../libs/database/src/embedded/embedded-postgres-server';
import type { TestEnvironment } from './test-environment';

export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __EMBEDDED_PG__?: EmbeddedPostgresServer; __TEST_ENV__?: TestEnvironment };
  if (state.__EMBEDDED_PG__) {
    await state.__EMBEDDED_PG__.stop();
    return;
  }
  const environment = state.__TEST_ENV__;
  if (!environment) return;
  // On a shared server, leave nothing behind: the template and any database a crashed file left.
  const admin = new Client({ connectionString: environment.adminUrl });
  await admin.connect();
  try {
    const suffix = environment.templateDatabase.replace('sb_template_', '');
    const { rows } = await admin.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datname = $1 OR datname LIKE $2`,
      [environment.templateDatabase, `sb_test_${suffix}_%`],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
