import { ApiProperty } from '@nestjs/swagger';

const INT = { type: 'integer', format: 'int64' } as const;
const NULLABLE_INT = { ...INT, nullable: true } as const;
const NULLABLE_INSTANT = { type: String, format: 'date-time', nullable: true } as const;
const INSTANT = { type: String, format: 'date-time' } as const;

export const SCHEDULER_ROLES = ['leader', 'follower', 'disabled'] as const;
export const JOB_RUN_STATUSES = ['running', 'written', 'skipped', 'failed', 'abandoned'] as const;

export class SchedulerReplica {
  @ApiProperty({ description: 'Random id of this process, recorded in leader_terms when it leads' })
  holder_id: string;

  @ApiProperty()
  host: string;

  @ApiProperty(INT)
  pid: number;
}

export class SchedulerLeaderTerm {
  @ApiProperty({ ...INT, description: 'Fencing term of the latest acquisition of the lock' })
  term: number;

  @ApiProperty()
  holder_id: string;

  @ApiProperty()
  host: string;

  @ApiProperty(INT)
  pid: number;

  @ApiProperty({ ...INT, description: 'Backend pid of the lock session that claimed the term' })
  backend_pid: number;

  @ApiProperty(INSTANT)
  acquired_at: string;

  @ApiProperty(INSTANT)
  heartbeat_at: string;

  @ApiProperty({ description: 'Whether that lock session still holds the lock' })
  holds_lock: boolean;
}

export class SchedulerLock {
  @ApiProperty({ description: 'Advisory lock key (signed 64-bit, as text)', example: '9223372036854770001' })
  key: string;

  @ApiProperty({ description: 'Whether any session holds the lock now (ours or a foreign one)' })
  held: boolean;

  @ApiProperty({ ...NULLABLE_INT, description: 'Backend pid of the session holding it' })
  holder_backend_pid: number | null;
}

export class SchedulerJobRun {
  @ApiProperty(INSTANT)
  slot_start: string;

  @ApiProperty(INT)
  term: number;

  @ApiProperty({ enum: JOB_RUN_STATUSES, enumName: 'SchedulerJobRunStatus' })
  status: (typeof JOB_RUN_STATUSES)[number];

  @ApiProperty(INSTANT)
  started_at: string;

  @ApiProperty(NULLABLE_INT)
  duration_ms: number | null;

  @ApiProperty({ type: 'integer', format: 'int32' })
  attempts: number;

  @ApiProperty({ type: String, nullable: true })
  detail: string | null;

  @ApiProperty({ type: String, nullable: true })
  error: string | null;
}

export class SchedulerJob {
  @ApiProperty({ example: 'monitoring_snapshot_job' })
  name: string;

  @ApiProperty({ description: 'Cron expression, UTC', example: '0 */15 * * * *' })
  cron: string;

  @ApiProperty({ ...NULLABLE_INSTANT, description: 'Start of the next slot' })
  next_slot: string | null;

  @ApiProperty({ type: SchedulerJobRun, nullable: true, description: 'Latest run on this replica' })
  last_run: SchedulerJobRun | null;
}

export class SchedulerStatusResponse {
  @ApiProperty({ enum: SCHEDULER_ROLES, enumName: 'SchedulerRole', description: "This replica's role" })
  role: (typeof SCHEDULER_ROLES)[number];

  @ApiProperty({ ...NULLABLE_INT, description: "This replica's term while it leads" })
  term: number | null;

  @ApiProperty({ type: SchedulerReplica })
  replica: SchedulerReplica;

  @ApiProperty({ ...NULLABLE_INSTANT, description: "This replica's last successful heartbeat as leader" })
  last_heartbeat_at: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why the last campaign or heartbeat of this replica failed' })
  last_error: string | null;

  @ApiProperty({ type: SchedulerLock })
  lock: SchedulerLock;

  @ApiProperty({ type: SchedulerLeaderTerm, nullable: true, description: 'The latest term recorded in leader_terms' })
  leader: SchedulerLeaderTerm | null;

  @ApiProperty({ type: [SchedulerJob] })
  jobs: SchedulerJob[];
}
