import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@supply-brain/common';
import { AdvisoryLockTag, advisoryLockTag } from '../domain/advisory-lock-key';
import { isSchedulerEnabled } from '../domain/scheduler-flag';

/** The scheduling configuration, read once from the validated environment. */
@Injectable()
export class SchedulingSettings {
  readonly snapshotSchedulerFlag: string;
  readonly snapshotSchedulerEnabled: boolean;
  readonly snapshotCron: string;
  readonly snapshotTimeoutMs: number;
  readonly lock: AdvisoryLockTag;
  readonly retryMs: number;
  readonly heartbeatMs: number;
  readonly shutdownGraceMs: number;
  /** The lock session's URL: LEADER_DATABASE_URL, else the one the pool uses (DATABASE_URL or the embedded server). */
  readonly lockDatabaseUrl: string;

  constructor(config: AppConfig, @InjectDataSource() dataSource: DataSource) {
    this.snapshotSchedulerFlag = config.get('MONITORING_SCHEDULER_ENABLED');
    this.snapshotSchedulerEnabled = isSchedulerEnabled(this.snapshotSchedulerFlag);
    this.snapshotCron = config.get('MONITORING_SNAPSHOT_CRON');
    this.snapshotTimeoutMs = config.get('MONITORING_SNAPSHOT_TIMEOUT_MS');
    this.lock = advisoryLockTag(config.get('LEADER_LOCK_KEY'));
    this.retryMs = config.get('LEADER_RETRY_MS');
    this.heartbeatMs = config.get('LEADER_HEARTBEAT_MS');
    this.shutdownGraceMs = config.get('SCHEDULER_SHUTDOWN_GRACE_MS');
    this.lockDatabaseUrl = config.get('LEADER_DATABASE_URL') ?? (dataSource.options as { url?: string }).url ?? '';
  }

  /** Server- and client-side bound of one lock-session statement: long enough for a busy server, short enough to step down fast. */
  get lockStatementTimeoutMs(): number {
    return Math.min(Math.max(this.heartbeatMs, 1000), 5000);
  }
}
