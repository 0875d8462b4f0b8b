import { Injectable } from '@nestjs/common';
import { ReadinessCheck, ReadinessIndicator, ReadinessReport } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { LeaderTermsRepository, LockOwnership } from '../persistence/leader-terms.repository';
import { ElectionView, LeaderElectionService } from './leader-election.service';
import { SchedulingSettings } from './scheduling-settings';
import { JobView, SingletonJobsService } from './singleton-jobs.service';

export type SchedulerRole = 'leader' | 'follower' | 'disabled';

export interface SchedulerStatus {
  role: SchedulerRole;
  election: ElectionView;
  lockKey: string;
  ownership: LockOwnership;
  jobs: JobView[];
}

function roleOf(view: ElectionView): SchedulerRole {
  if (!view.participating) return 'disabled';
  return view.leadership.role === 'leader' ? 'leader' : 'follower';
}

/** What administrators see of the scheduler: this replica's part, the recorded leader, the jobs. */
@Injectable()
export class SchedulerStatusService {
  constructor(
    private readonly election: LeaderElectionService,
    private readonly jobs: SingletonJobsService,
    private readonly terms: LeaderTermsRepository,
    private readonly settings: SchedulingSettings,
    private readonly tx: TransactionHost,
  ) {}

  async status(): Promise<SchedulerStatus> {
    const election = this.election.view();
    const ownership = await this.tx.read(() => this.terms.ownership(this.settings.lock));
    return { role: roleOf(election), election, lockKey: this.settings.lock.key, ownership, jobs: this.jobs.views() };
  }
}

/**
 * The `scheduler` component of `/health/ready`. Being a follower is healthy; a leader whose last
 * successful heartbeat is older than three periods is not (its event loop or its lock session is stuck).
 */
@Injectable()
@ReadinessCheck('scheduler')
export class SchedulerReadiness implements ReadinessIndicator {
  constructor(
    private readonly election: LeaderElectionService,
    private readonly settings: SchedulingSettings,
  ) {}

  async checkReadiness(): Promise<ReadinessReport> {
    const view = this.election.view();
    const role = roleOf(view);
    const staleAfterMs = 3 * this.settings.heartbeatMs + this.settings.lockStatementTimeoutMs;
    const stale = role === 'leader' && (view.lastHeartbeatAt === null || Date.now() - view.lastHeartbeatAt.getTime() > staleAfterMs);
    return stale
      ? { ready: false, role, term: view.leadership.term, message: `no successful heartbeat for over ${staleAfterMs} ms` }
      : { ready: true, role, term: view.leadership.term };
  }
}
