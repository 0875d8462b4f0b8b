import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { MonitoringSnapshotService } from '@supply-brain/monitoring';
import { SchedulingSettings } from './scheduling-settings';
import { SingletonJob, SingletonJobOutcome, SingletonJobRun } from './singleton-job';
import { SingletonJobsService } from './singleton-jobs.service';

export const MONITORING_SNAPSHOT_JOB = 'monitoring_snapshot_job';

/**
 * The scheduled monitoring snapshot (03 §3.3, §5.1): one `scheduler` row per cron slot, written by
 * the leader only. A slot that already has its row is skipped without building anything (no double
 * snapshot after a restart or failover); otherwise the build reads one consistent state (its
 * independent reads side by side) and the insert follows in a short write transaction, every
 * statement of both under the timeout; the leadership is confirmed under the fence lock inside the
 * insert's transaction, right before the insert, so a deposed leader's run never commits.
 */
@Injectable()
export class MonitoringSnapshotJob implements SingletonJob, OnModuleInit {
  private readonly logger = new Logger('MonitoringScheduler');
  readonly name = MONITORING_SNAPSHOT_JOB;
  readonly cron: string;
  readonly timeoutMs: number;

  constructor(
    private readonly settings: SchedulingSettings,
    private readonly jobs: SingletonJobsService,
    private readonly snapshots: MonitoringSnapshotService,
  ) {
    this.cron = settings.snapshotCron;
    this.timeoutMs = settings.snapshotTimeoutMs;
  }

  onModuleInit(): void {
    if (!this.settings.snapshotSchedulerEnabled) {
      this.logger.warn(`Monitoring scheduler disabled: MONITORING_SCHEDULER_ENABLED=${JSON.stringify(this.settings.snapshotSchedulerFlag)}`);
      return;
    }
    this.jobs.register(this);
  }

  async run(run: SingletonJobRun): Promise<SingletonJobOutcome> {
    if (await this.snapshots.hasSnapshotForSlot(run.slotStart)) return { status: 'skipped', detail: 'the slot already has its snapshot' };
    const result = await this.snapshots.captureSnapshot({
      source: 'scheduler',
      slotStart: run.slotStart,
      beforeWrite: () => run.confirmLeadership(),
      statementTimeoutMs: this.timeoutMs,
    });
    if (!result.written) return { status: 'skipped', detail: 'another run filled the slot first' };
    return { status: 'written', detail: `snapshot ${result.snapshotId} (${result.buildMs} ms build)` };
  }
}
