import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export type MetricOutcome = 'success' | 'failure' | (string & {});

/** What a database pool reports at scrape time. */
export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
}

const SECONDS_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/**
 * The service's Prometheus metrics, one registry per app instance (tests run several apps in one
 * process). Modules record through the intention-revealing methods; `GET /metrics` renders them.
 */
@Injectable()
export class AppMetrics {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  private readonly snapshotBuildDuration = new Histogram({
    name: 'supply_brain_snapshot_build_duration_seconds',
    help: 'Monitoring snapshot build duration by outcome',
    labelNames: ['outcome'] as const,
    buckets: SECONDS_BUCKETS,
    registers: [this.registry],
  });

  private readonly leader = new Gauge({
    name: 'supply_brain_scheduler_leader',
    help: '1 while this replica is the scheduler leader, else 0',
    registers: [this.registry],
  });

  private readonly leaderTerm = new Gauge({
    name: 'supply_brain_scheduler_leader_term',
    help: 'Fencing term of the leadership this replica last held or observed',
    registers: [this.registry],
  });

  private readonly jobRuns = new Counter({
    name: 'supply_brain_job_runs_total',
    help: 'Scheduled job runs by job and outcome',
    labelNames: ['job', 'outcome'] as const,
    registers: [this.registry],
  });

  private readonly importedRows = new Counter({
    name: 'supply_brain_import_rows_total',
    help: 'Rows received by the imports, by kind and outcome',
    labelNames: ['kind', 'outcome'] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'supply_brain_' });
  }

  /** One served HTTP request; `route` is the matched pattern (`/api/v1/article/:id`), never the raw URL. */
  httpRequest(method: string, route: string, status: number, durationMs: number): void {
    this.httpDuration.observe({ method, route, status: String(status) }, durationMs / 1000);
  }

  snapshotBuild(durationMs: number, outcome: MetricOutcome): void {
    this.snapshotBuildDuration.observe({ outcome }, durationMs / 1000);
  }

  leaderRole(role: 'leader' | 'follower', term: number): void {
    this.leader.set(role === 'leader' ? 1 : 0);
    this.leaderTerm.set(term);
  }

  jobRun(job: string, outcome: MetricOutcome): void {
    this.jobRuns.inc({ job, outcome });
  }

  importRows(kind: string, outcome: MetricOutcome, count: number): void {
    if (count > 0) this.importedRows.inc({ kind, outcome }, count);
  }

  /** Pool gauges read at scrape time (in use = total − idle). */
  trackDatabasePool(read: () => PoolUsage | undefined): void {
    const gauge = (name: string, help: string, pick: (usage: PoolUsage) => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          const usage = read();
          this.set(usage ? pick(usage) : 0);
        },
      });
    gauge('supply_brain_db_pool_in_use', 'Pooled database connections serving a query or transaction', (u) => u.total - u.idle);
    gauge('supply_brain_db_pool_idle', 'Pooled database connections open and idle', (u) => u.idle);
    gauge('supply_brain_db_pool_waiting', 'Requests waiting for a pooled connection', (u) => u.waiting);
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}
