import { Writable } from 'node:stream';
import { INestApplication, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { AppModule } from '../../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../../apps/api/src/configure-app';
import { LOG_DESTINATION } from '../../apps/api/src/logging/logging.module';
import { TestDatabase } from './test-database';

/** The key integration tokens are encrypted with in tests (base64 of 32 bytes of 0x01). */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 1).toString('base64');

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  db: TestDatabase;
  /** Every log line the app wrote, when created with `captureLogs: true` (else empty). */
  logs: string[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  env?: Record<string, string>;
  db?: TestDatabase;
  /**
   * Run with AUTH_MODE=required (API keys needed, bootstrap admin key). By default tests run with
   * AUTH_MODE=disabled so they exercise behaviour, not credentials; the start-up check that
   * every route declares its access runs either way.
   */
  authRequired?: boolean;
  /** Collect the app's log lines into `logs` instead of writing them to stdout. */
  captureLogs?: boolean;
  /** Extra controllers (e.g. one that fails on purpose), mounted like the app's own. */
  controllers?: Array<Type<unknown>>;
}

/**
 * The production app (same module, same `configureApp`) on a database of this test file's own.
 * `env` overrides configuration for this app only.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const db = options.db ?? (await TestDatabase.create());
  Object.assign(process.env, {
    DATABASE_URL: db.url,
    DB_MIGRATIONS_RUN: 'true',
    LOG_LEVEL: 'error',
    AUTH_MODE: options.authRequired ? 'required' : 'disabled',
    SECRETS_KEY: TEST_SECRETS_KEY,
    // 03 §3.6 #13: no scheduler in tests unless a test turns it on.
    MONITORING_SCHEDULER_ENABLED: 'false',
    ...options.env,
  });
  const logs: string[] = [];
  const builder = Test.createTestingModule({ imports: [AppModule], controllers: options.controllers ?? [] });
  if (options.captureLogs) builder.overrideProvider(LOG_DESTINATION).useValue(captureStream(logs));
  const moduleRef = await builder.compile();
  const app = configureApp(moduleRef.createNestApplication(APP_OPTIONS));
  await app.init();
  return {
    app,
    http: request(app.getHttpServer()),
    db,
    logs,
    close: async () => {
      await app.close();
      if (!options.db) await db.drop();
    },
  };
}

function captureStream(lines: string[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter((line) => line !== ''));
      done();
    },
  });
}
