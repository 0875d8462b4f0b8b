import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AppModule } from '../../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../../apps/api/src/configure-app';
import { EmbeddedPostgresServer } from '../../libs/database/src/embedded/embedded-postgres-server';

/** A running server on a fresh, migrated database: BENCH_DATABASE_URL's server, else an embedded one. */
export interface BenchServer {
  baseUrl: string;
  databaseUrl: string;
  app: INestApplication;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  let embedded: EmbeddedPostgresServer | undefined;
  let adminUrl = process.env.BENCH_DATABASE_URL;
  if (!adminUrl) {
    embedded = new EmbeddedPostgresServer({ dataDir: mkdtempSync(join(tmpdir(), 'supply-brain-bench-')), persistent: false });
    adminUrl = await embedded.start('postgres');
  }
  const database = `sb_bench_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${database}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${database}`;
  Object.assign(process.env, {
    DATABASE_URL: url.toString(),
    DB_MIGRATIONS_RUN: 'true',
    LOG_LEVEL: 'warn',
    // Benchmarks measure the routes' work, not credentials (as the e2e tests do); a throwaway key for the token cipher.
    AUTH_MODE: process.env.AUTH_MODE ?? 'disabled',
    SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('base64'),
  });
  const app = configureApp(await NestFactory.create(AppModule, APP_OPTIONS));
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    databaseUrl: url.toString(),
    app,
    close: async () => {
      await app.close();
      // BENCH_KEEP_DATABASE=1 leaves the seeded database behind for EXPLAIN ANALYZE (BENCH_DATABASE_URL's server only).
      if (process.env.BENCH_KEEP_DATABASE === '1' && !embedded) return console.log(`bench database kept: ${url.toString()}`);
      const cleanup = new Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await cleanup.end();
      await embedded?.stop();
    },
  };
}

/**
 * Statements sent through node-postgres while `work` runs (every client of this process). With
 * BENCH_PROFILE=1 each statement's time to its result is printed too, slowest first.
 */
export async function countStatements<T>(work: () => Promise<T>): Promise<{ result: T; statements: number }> {
  const original = Client.prototype.query;
  const profile = process.env.BENCH_PROFILE === '1';
  const timings: Array<{ ms: number; sql: string }> = [];
  let statements = 0;
  Client.prototype.query = function (this: Client, ...args: unknown[]) {
    statements++;
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    if (profile && result instanceof Promise) {
      const start = process.hrtime.bigint();
      const sql = typeof args[0] === 'string' ? args[0] : String((args[0] as { text?: string })?.text ?? '');
      void result.then(
        () => timings.push({ ms: Number(process.hrtime.bigint() - start) / 1e6, sql }),
        () => undefined,
      );
    }
    return result;
  } as typeof original;
  try {
    return { result: await work(), statements };
  } finally {
    Client.prototype.query = original;
    for (const { ms, sql } of timings.sort((a, b) => b.ms - a.ms).slice(0, 8)) {
      console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 110)}`);
    }
  }
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = process.hrtime.bigint();
  const result = await work();
  return { result, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}
