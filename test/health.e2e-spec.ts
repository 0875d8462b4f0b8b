import { INestApplication, Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { ReadinessCheck, ReadinessIndicator, ReadinessReport } from '@supply-brain/common';
import { AppModule } from '../apps/api/src/app.module';
import { APP_OPTIONS, configureApp } from '../apps/api/src/configure-app';
import { createTestApp, TestApp } from './support/test-app';
import { TestDatabase } from './support/test-database';

@ReadinessCheck('scheduler')
@Injectable()
class SchedulerReadiness implements ReadinessIndicator {
  report: ReadinessReport = { ready: true, leader: true };
  async checkReadiness(): Promise<ReadinessReport> {
    return this.report;
  }
}

@ReadinessCheck('broken')
@Injectable()
class BrokenReadiness implements ReadinessIndicator {
  failure?: Error;
  async checkReadiness(): Promise<ReadinessReport> {
    if (this.failure) throw this.failure;
    return { ready: true };
  }
}

/** Stands for a later module (scheduler, leader election) that contributes its own readiness. */
@Module({ providers: [SchedulerReadiness, BrokenReadiness] })
class ContributingModule {}

describe('Health probes', () => {
  describe('on a migrated database', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('GET /health/live is 200 and reports the process up', async () => {
      const res = await t.http.get('/health/live').expect(200);
      expect(res.body).toEqual({
        status: 'ok',
        info: { process: { status: 'up' } },
        error: {},
        details: { process: { status: 'up' } },
      });
      expect(res.headers['cache-control']).toBe('no-store');
    });

    it('GET /health/ready is 200 with the database and the migrations up', async () => {
      const res = await t.http.get('/health/ready').expect(200);
      expect(res.body).toEqual({
        status: 'ok',
        info: { database: { status: 'up' }, migrations: { status: 'up' }, scheduler: { status: 'up', role: 'disabled', term: null } },
        error: {},
        details: { database: { status: 'up' }, migrations: { status: 'up' }, scheduler: { status: 'up', role: 'disabled', term: null } },
      });
    });

    it('both probes answer with a trailing slash and are not under the API prefix', async () => {
      await t.http.get('/health/ready/').expect(200);
      await t.http.get('/health/live/').expect(200);
      await t.http.get('/api/v1/health/ready').expect(404);
    });

    it('GET /health/ready is 503 naming the migrations while one is not applied', async () => {
      const [latest] = await t.db.query<{ id: number; timestamp: string; name: string }>(
        'SELECT id, timestamp, name FROM typeorm_migrations ORDER BY id DESC LIMIT 1',
      );
      await t.db.query('DELETE FROM typeorm_migrations WHERE id = $1', [latest.id]);
      try {
        const res = await t.http.get('/health/ready').expect(503);
        expect(res.body.status).toBe('error');
        expect(res.body.info).toEqual({ database: { status: 'up' }, scheduler: { status: 'up', role: 'disabled', term: null } });
        expect(res.body.error.migrations.status).toBe('down');
        expect(res.body.error.migrations.message).toMatch(/^Pending migrations/);
        expect(res.body.details).toEqual({ ...res.body.info, ...res.body.error });
        // Liveness does not depend on the schema.
        await t.http.get('/health/live').expect(200);
      } finally {
        await t.db.query('INSERT INTO typeorm_migrations (id, timestamp, name) VALUES ($1, $2, $3)', [latest.id, latest.timestamp, latest.name]);
      }
      await t.http.get('/health/ready').expect(200);
    });
  });

  describe('when the database is unreachable', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
      await t.app.get(DataSource).destroy();
    });
    afterAll(() => t.close());

    it('GET /health/ready is 503 with the database and the migrations down', async () => {
      const started = Date.now();
      const res = await t.http.get('/health/ready').expect(503);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(res.body.status).toBe('error');
      expect(res.body.info).toEqual({ scheduler: { status: 'up', role: 'disabled', term: null } });
      expect(res.body.error.database).toEqual({ status: 'down' });
      expect(res.body.error.migrations.status).toBe('down');
      expect(res.body.error.migrations.message).toMatch(/^Could not read the applied migrations/);
      expect(Object.keys(res.body.details).sort()).toEqual(['database', 'migrations', 'scheduler']);
    });

    it('GET /health/live stays 200: it checks no dependency', async () => {
      const res = await t.http.get('/health/live').expect(200);
      expect(res.body.status).toBe('ok');
    });
  });

  describe('when the database was dropped under a running app', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp();
    });
    afterAll(() => t.close());

    it('GET /health/ready turns from 200 to 503 with the database down', async () => {
      await t.http.get('/health/ready').expect(200);
      await t.db.drop();
      const res = await t.http.get('/health/ready').expect(503);
      expect(res.body.error.database.status).toBe('down');
      expect(res.body.details.database.status).toBe('down');
    });
  });

  describe('checks contributed by other modules', () => {
    let app: INestApplication;
    let db: TestDatabase;
    beforeAll(async () => {
      db = await TestDatabase.create();
      Object.assign(process.env, { DATABASE_URL: db.url, LOG_LEVEL: 'fatal' });
      const moduleRef = await Test.createTestingModule({ imports: [AppModule, ContributingModule] }).compile();
      app = configureApp(moduleRef.createNestApplication(APP_OPTIONS));
      await app.init();
    });
    afterAll(async () => {
      await app.close();
      await db.drop();
    });

    it('a module marks a provider with @ReadinessCheck and GET /health/ready reports it by name', async () => {
      const res = await request(app.getHttpServer()).get('/health/ready').expect(200);
      expect(res.body.details).toEqual({
        database: { status: 'up' },
        migrations: { status: 'up' },
        scheduler: { status: 'up', leader: true },
        broken: { status: 'up' },
      });
    });

    it('a contributed check that is not ready turns readiness to 503', async () => {
      app.get(SchedulerReadiness).report = { ready: false, leader: false, message: 'lost the leader lease' };
      try {
        const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
        expect(res.body.error).toEqual({ scheduler: { status: 'down', leader: false, message: 'lost the leader lease' } });
        expect(res.body.info.database).toEqual({ status: 'up' });
      } finally {
        app.get(SchedulerReadiness).report = { ready: true };
      }
    });

    it('a contributed check that throws is reported down with its message, not as a 500', async () => {
      app.get(BrokenReadiness).failure = new Error('queue unreachable');
      try {
        const res = await request(app.getHttpServer()).get('/health/ready').expect(503);
        expect(res.body.error).toEqual({ broken: { status: 'down', message: 'queue unreachable' } });
      } finally {
        app.get(BrokenReadiness).failure = undefined;
      }
    });
  });
});
