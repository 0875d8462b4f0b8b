/** One run of a singleton job: the slot it fills and the leadership it runs under. */
export interface SingletonJobRun {
  slotStart: Date;
  term: number;
  /** Aborted when the run times out or the leadership is lost. */
  signal: AbortSignal;
  /** Call inside the write transaction, right before writing: throws unless this process still leads `term`. */
  confirmLeadership(): Promise<void>;
}

export interface SingletonJobOutcome {
  /** `written`: the slot was filled by this run; `skipped`: it was already filled (nothing written). */
  status: 'written' | 'skipped';
  detail: string;
}

/** A job that must run once per cron slot across all replicas: only on the elected leader, idempotent per slot. */
export interface SingletonJob {
  name: string;
  /** Cron expression in UTC (6 fields with seconds, or 5). */
  cron: string;
  /** A run still going after this long is abandoned (and may be retried once within its slot). */
  timeoutMs: number;
  run(run: SingletonJobRun): Promise<SingletonJobOutcome>;
}

export type JobRunStatus = 'running' | 'written' | 'skipped' | 'failed' | 'abandoned';

/** The latest run of a job on this replica, for administrators. */
export interface JobRunRecord {
  slotStart: Date;
  term: number;
  status: JobRunStatus;
  startedAt: Date;
  durationMs: number | null;
  attempts: number;
  detail: string | null;
  error: string | null;
}
