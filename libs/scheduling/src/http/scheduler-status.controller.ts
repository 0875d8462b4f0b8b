import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { SchedulerStatus, SchedulerStatusService } from '../application/scheduler-status.service';
import { JobRunRecord } from '../application/singleton-job';
import { SchedulerJobRun, SchedulerStatusResponse } from './dto/scheduler-status.response';

const iso = (instant: Date | null): string | null => instant && new Date(instant).toISOString();

function toJobRun(run: JobRunRecord): SchedulerJobRun {
  return {
    slot_start: run.slotStart.toISOString(),
    term: run.term,
    status: run.status,
    started_at: run.startedAt.toISOString(),
    duration_ms: run.durationMs,
    attempts: run.attempts,
    detail: run.detail,
    error: run.error,
  };
}

export function toSchedulerStatusResponse(status: SchedulerStatus): SchedulerStatusResponse {
  const { election, ownership } = status;
  const last = ownership.lastTerm;
  return {
    role: status.role,
    term: election.leadership.term,
    replica: { holder_id: election.identity.holderId, host: election.identity.host, pid: election.identity.pid },
    last_heartbeat_at: iso(election.lastHeartbeatAt),
    last_error: election.lastError,
    lock: { key: status.lockKey, held: ownership.lockHolderBackendPid !== null, holder_backend_pid: ownership.lockHolderBackendPid },
    leader: last && {
      term: last.term,
      holder_id: last.holderId,
      host: last.host,
      pid: last.pid,
      backend_pid: last.backendPid,
      acquired_at: iso(last.acquiredAt)!,
      heartbeat_at: iso(last.heartbeatAt)!,
      holds_lock: ownership.lockHolderBackendPid === last.backendPid,
    },
    jobs: status.jobs.map((job) => ({ name: job.name, cron: job.cron, next_slot: iso(job.nextSlot), last_run: job.lastRun && toJobRun(job.lastRun) })),
  };
}

/** `GET /health/scheduler`: this replica's scheduler, for administrators (outside the API prefix). */
@ApiTags('health')
@Controller('health')
@RequireRole(Role.Admin)
export class SchedulerHealthController {
  constructor(private readonly scheduler: SchedulerStatusService) {}

  @Get('scheduler')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ operationId: 'getSchedulerHealth', summary: "This replica's scheduler: role, term, lock holder, last run and next slot" })
  @ApiOkResponse({ type: SchedulerStatusResponse })
  @ApiErrorResponses()
  async getSchedulerHealth(): Promise<SchedulerStatusResponse> {
    return toSchedulerStatusResponse(await this.scheduler.status());
  }
}

/** `GET /api/v1/planning/monitoring/scheduler`: the same report beside the monitoring routes. */
@ApiTags('monitoring')
@Controller('planning/monitoring/scheduler')
@RequireRole(Role.Admin)
export class MonitoringSchedulerController {
  constructor(private readonly scheduler: SchedulerStatusService) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ operationId: 'getMonitoringScheduler', summary: "This replica's snapshot scheduler: role, term, lock holder, last run and next slot" })
  @ApiOkResponse({ type: SchedulerStatusResponse })
  @ApiErrorResponses()
  async getMonitoringScheduler(): Promise<SchedulerStatusResponse> {
    return toSchedulerStatusResponse(await this.scheduler.status());
  }
}
