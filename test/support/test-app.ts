import { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppModule } from '../../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../../apps/api/src/configure-app';
import { TestDatabase } from './test-database';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  db: TestDatabase;
  close(): Promise<void>;
}

/**
 * The production app (same module, same `configureApp`) on a database of this test file's own.
 * `env` overrides configuration for this app only.
 */
export async function createTestApp(options: { env?: Record<string, string>; db?: TestDatabase } = {}): Promise<TestApp> {
  const db = options.db ?? (await TestDatabase.create());
  Object.assign(process.env, { DATABASE_URL: db.url, DB_MIGRATIONS_RUN: 'true', LOG_LEVEL: 'error', ...options.env });
  const moduleRef = await Test.createTestingModule({ imports: [AppModule] }).compile();
  const app = configureApp(moduleRef.createNestApplication(APP_OPTIONS));
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    close: async () => {
      await app.close();
      if (!options.db) await db.drop();
    },
  };
}
