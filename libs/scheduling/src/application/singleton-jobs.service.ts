import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import { AppMetrics } from '@supply-brain/common';
import { SlotSchedule } from '../domain/cron-slots';
import { LeaderElectionService, LeadershipLostError } from './leader-election.service';
import { SchedulingSettings } from './scheduling-settings';
import { JobRunRecord, SingletonJob, SingletonJobOutcome } from './singleton-job';

export interface JobView {
  name: string;
  cron: string;
  nextSlot: Date | null;
  lastRun: JobRunRecord | null;
}

class RunTimeoutError extends Error {
  constructor(timeoutMs: number) {
    super(`the run took longer than ${timeoutMs} ms and was abandoned`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One registered job: its cron ticks only while this process leads; runs are serialised, each slot
 * is attempted at most twice (a failure is retried once within its slot), and a newer slot that
 * arrives while a run is going waits for it instead of overlapping.
 */
class JobLane {
  readonly schedule: SlotSchedule;
  readonly cronJob: CronJob;
  lastRun: JobRunRecord | null = null;
  private term: number | null = null;
  private doneThroughSlot = -Infinity;
  private pendingSlot: Date | null = null;
  private draining: Promise<void> | null = null;
  private running: AbortController | null = null;

  constructor(
    readonly job: SingletonJob,
    private readonly election: LeaderElectionService,
    private readonly logger: Logger,
    private readonly metrics: AppMetrics,
  ) {
    this.schedule = new SlotSchedule(job.cron);
    this.cronJob = CronJob.from({ cronTime: job.cron, timeZone: 'UTC', start: false, name: job.name, onTick: () => this.onTick() });
  }

  /** Leadership gained: tick from now on, and fill the current slot at once unless it is already filled. */
  lead(term: number): void {
    this.term = term;
    this.cronJob.start();
    const current = this.schedule.slotAt(new Date());
    if (current) this.enqueue(current);
  }

  /** Leadership over: no new runs; a running one is abandoned, or on shutdown given `graceMs` to finish first. */
  async stopLeading(graceMs: number | null): Promise<void> {
    this.term = null;
    this.pendingSlot = null;
    await this.cronJob.stop();
    if (graceMs !== null && this.draining) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([this.draining, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
    }
    this.running?.abort();
  }

  private onTick(): void {
    const slot = this.schedule.slotAt(new Date());
    if (slot) this.enqueue(slot);
  }

  private enqueue(slot: Date): void {
    if (this.term === null || slot.getTime() <= this.doneThroughSlot) return;
    if (!this.pendingSlot || slot > this.pendingSlot) this.pendingSlot = slot;
    this.draining ??= this.drain().finally(() => (this.draining = null));
  }

  private async drain(): Promise<void> {
    while (this.pendingSlot && this.term !== null) {
      const slot = this.pendingSlot;
      this.pendingSlot = null;
      if (slot.getTime() > this.doneThroughSlot) await this.runSlot(slot, this.term);
    }
  }

  private async runSlot(slotStart: Date, term: number): Promise<void> {
    const startedAt = new Date();
    const record: JobRunRecord = { slotStart, term, status: 'running', startedAt, durationMs: null, attempts: 0, detail: null, error: null };
    this.lastRun = record;
    const nextSlot = this.schedule.nextSlotAfter(slotStart);
    for (;;) {
      record.attempts += 1;
      try {
        const outcome = await this.attempt(slotStart, term);
        Object.assign(record, { status: outcome.status, detail: outcome.detail, error: null });
        this.doneThroughSlot = slotStart.getTime();
        break;
      } catch (error) {
        record.error = messageOf(error);
        const lost = error instanceof LeadershipLostError || this.term !== term;
        const timeLeft = nextSlot === null || Date.now() < nextSlot.getTime();
        if (!lost && record.attempts < 2 && timeLeft) {
          this.logger.warn(`${this.job.name} slot ${slotStart.toISOString()} attempt ${record.attempts} failed (${record.error}); retrying once`);
          continue;
        }
        record.status = lost ? 'abandoned' : 'failed';
        if (!lost) this.doneThroughSlot = slotStart.getTime();
        break;
      }
    }
    record.durationMs = Date.now() - startedAt.getTime();
    const summary = `${this.job.name} slot ${slotStart.toISOString()} (term ${term}): ${record.status} in ${record.durationMs} ms`;
    if (record.status === 'failed') this.logger.error(`${summary}, ${record.attempts} attempts: ${record.error}`);
    else if (record.status === 'abandoned') this.logger.warn(`${summary}: ${record.error}`);
    else this.logger.log(`${summary}; ${record.detail}`);
    this.metrics.jobRun(this.job.name, record.status);
  }

  /** One attempt under the job's overall timeout; the abort makes its leadership check fail, so an abandoned attempt never commits. */
  private async attempt(slotStart: Date, term: number): Promise<SingletonJobOutcome> {
    const controller = new AbortController();
    this.running = controller;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new RunTimeoutError(this.job.timeoutMs));
      }, this.job.timeoutMs);
    });
    const work = this.job.run({
      slotStart,
      term,
      signal: controller.signal,
      confirmLeadership: () => this.election.confirmLeadership(term, controller.signal),
    });
    work.catch(() => undefined);
    try {
      return await Promise.race([work, timeout]);
    } finally {
      clearTimeout(timer);
      if (this.running === controller) this.running = null;
    }
  }

  view(): JobView {
    return { name: this.job.name, cron: this.job.cron, nextSlot: this.schedule.nextSlotAfter(new Date()), lastRun: this.lastRun && { ...this.lastRun } };
  }
}

/**
 * Runs singleton jobs on the elected leader only: their crons (`CronJob`s in the
 * `SchedulerRegistry`) start when this process gains leadership and stop when it loses it.
 */
@Injectable()
export class SingletonJobsService implements BeforeApplicationShutdown {
  private readonly logger = new Logger('SingletonJobs');
  private readonly lanes: JobLane[] = [];

  constructor(
    private readonly election: LeaderElectionService,
    private readonly registry: SchedulerRegistry,
    private readonly settings: SchedulingSettings,
    private readonly metrics: AppMetrics,
  ) {
    election.events.on('leadership.acquired', ({ term }) => this.lanes.forEach((lane) => lane.lead(term)));
    election.events.on('leadership.lost', async ({ reason }) => {
      const grace = reason === 'shutdown' ? this.settings.shutdownGraceMs : null;
      await Promise.all(this.lanes.map((lane) => lane.stopLeading(grace)));
    });
  }

  /** Call before the application bootstraps (e.g. in `onModuleInit`); registering a job makes this process campaign. */
  register(job: SingletonJob): void {
    const lane = new JobLane(job, this.election, this.logger, this.metrics);
    this.registry.addCronJob(job.name, lane.cronJob as never);
    this.lanes.push(lane);
    this.election.participate();
    this.logger.log(`${job.name} registered (cron "${job.cron}" UTC); it runs on the elected leader only`);
  }

  views(): JobView[] {
    return this.lanes.map((lane) => lane.view());
  }

  /** A process that never led still has nothing running; a leader's runs are handled by the election's shutdown. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.cronJob.stop()));
  }
}
