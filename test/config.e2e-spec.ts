import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Test } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { AppConfig } from '@supply-brain/common';
import { AppModule } from '../apps/api/src/app.module';
import { createTestApp } from './support/test-app';
import { TestDatabase } from './support/test-database';

const ROOT = join(__dirname, '..');

/** Compiles the real module graph with these variables; the environment is restored afterwards. */
async function bootWith(env: Record<string, string>): Promise<unknown> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
    await moduleRef.close();
    return undefined;
  } catch (error) {
    return error;
  } finally {
    process.env = saved;
  }
}

describe('Configuration at boot', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await TestDatabase.create();
  });
  afterAll(() => db.drop());

  it.each([
    ['PORT', 'eighty'],
    ['DB_POOL_MAX', '0'],
    ['LOG_LEVEL', 'chatty'],
    ['PLANNING_TIME_ZONE', 'Atlantis/Capital'],
    ['DB_MIGRATIONS_RUN', 'perhaps'],
  ])('creating the app with %s=%s fails with a message naming the variable', async (name, value) => {
    const error = await bootWith({ DATABASE_URL: db.url, LOG_LEVEL: 'fatal', [name]: value });
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(new RegExp(`^\\s+${name}=.*${value}`, 'm'));
  });

  it('the same app boots once the bad value is gone', async () => {
    expect(await bootWith({ DATABASE_URL: db.url, LOG_LEVEL: 'fatal' })).toBeUndefined();
  });

  it('values set before an app is created are the ones it uses', async () => {
    const t = await createTestApp({ db, env: { DB_POOL_MAX: '3', PLANNING_TIME_ZONE: 'Asia/Novosibirsk', LOG_LEVEL: 'warn' } });
    try {
      const config = t.app.get(AppConfig);
      expect([config.get('DB_POOL_MAX'), config.get('PLANNING_TIME_ZONE'), config.get('LOG_LEVEL')]).toEqual([3, 'Asia/Novosibirsk', 'warn']);
      expect((t.app.get(DataSource).options.extra as { max: number }).max).toBe(3);
    } finally {
      await t.close();
    }
  });

  it('DB_MIGRATIONS_RUN=false leaves an empty database untouched and readiness reports the pending migrations', async () => {
    const empty = await TestDatabase.create({ empty: true });
    const t = await createTestApp({ db: empty, env: { DB_MIGRATIONS_RUN: 'false', LOG_LEVEL: 'fatal' } });
    try {
      const tables = await empty.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'article'`);
      expect(tables).toEqual([]);
      const res = await t.http.get('/health/ready').expect(503);
      expect(res.body.error.migrations.status).toBe('down');
    } finally {
      await t.close();
      await empty.drop();
    }
  });

  it('DB_MIGRATIONS_RUN=true migrates an empty database at boot and readiness is 200', async () => {
    const empty = await TestDatabase.create({ empty: true });
    const t = await createTestApp({ db: empty, env: { DB_MIGRATIONS_RUN: 'true', LOG_LEVEL: 'fatal' } });
    try {
      const tables = await empty.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'article'`);
      expect(tables).toEqual([{ table_name: 'article' }]);
      await t.http.get('/health/ready').expect(200);
    } finally {
      await t.close();
      await empty.drop();
    }
  });

  it('the server process stops at start-up with exit code 1 and names the bad variable', () => {
    const result = spawnSync(
      process.execPath,
      ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'apps/api/src/main.ts'],
      { cwd: ROOT, env: { ...process.env, PORT: '99999', DATABASE_URL: db.url, LOG_LEVEL: 'error' }, encoding: 'utf8', timeout: 60_000 },
    );
    expect(result.status).toBe(1);
    expect(result.stderr + result.stdout).toContain('PORT=99999: PORT must not be greater than 65535');
  }, 60_000);
});
