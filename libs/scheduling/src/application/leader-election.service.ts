import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppMetrics } from '@supply-brain/common';
import { campaignDelay } from '../domain/campaign-delay';
import { Leadership, LeadershipEvent, nextLeadership, NOT_STARTED } from '../domain/leadership-state';
import { LeaderTermsRepository } from '../persistence/leader-terms.repository';
import { HolderIdentity, LockSession } from '../persistence/lock-session';
import { LeadershipEvents } from './leadership-events';
import { SchedulingSettings } from './scheduling-settings';

/** What this replica knows about its own part in the election. */
export interface ElectionView {
  participating: boolean;
  leadership: Leadership;
  identity: HolderIdentity;
  lastHeartbeatAt: Date | null;
  lastError: string | null;
}

/** Thrown inside a job's write transaction when this process no longer holds the term it runs under. */
export class LeadershipLostError extends Error {
  constructor(term: number) {
    super(`no longer the leader of term ${term}: the write is abandoned`);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * One process-wide leader election on a session-level PostgreSQL advisory lock, for any singleton
 * job. Followers try the lock every LEADER_RETRY_MS (with jitter); the leader proves every
 * LEADER_HEARTBEAT_MS that its own session still holds the lock and its term is current, and steps
 * down at the first doubt (error, timeout, closed session). Each acquisition starts a new fencing
 * term in `leader_terms`; jobs confirm their term inside the transaction that writes.
 */
@Injectable()
export class LeaderElectionService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('LeaderElection');
  readonly events = new LeadershipEvents();
  readonly identity: HolderIdentity = { holderId: randomUUID(), host: hostname(), pid: process.pid };
  private participating = false;
  private leadership: Leadership = NOT_STARTED;
  private session: LockSession | null = null;
  /** The backend pid of the session that claimed the current term: what fenced writes look for in `pg_locks`. */
  private termBackendPid: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private step: Promise<void> = Promise.resolve();
  private lastHeartbeatAt: Date | null = null;
  private lastError: string | null = null;

  constructor(
    private readonly settings: SchedulingSettings,
    private readonly terms: LeaderTermsRepository,
    metrics: AppMetrics,
  ) {
    this.events.on('leadership.acquired', ({ term }) => metrics.leaderRole('leader', term));
    this.events.on('leadership.lost', ({ term }) => metrics.leaderRole('follower', term));
  }

  /** A singleton job wants a leader: the election starts at bootstrap only if someone asked. */
  participate(): void {
    this.participating = true;
  }

  view(): ElectionView {
    return {
      participating: this.participating,
      leadership: { ...this.leadership },
      identity: this.identity,
      lastHeartbeatAt: this.lastHeartbeatAt,
      lastError: this.lastError,
    };
  }

  onApplicationBootstrap(): void {
    if (!this.participating) return;
    this.transition({ kind: 'start' });
    this.logger.log(`Campaigning for the scheduler lock ${this.settings.lock.key} every ~${this.settings.retryMs} ms as ${this.describeSelf()}`);
    this.runAfter(0, () => this.campaign());
  }

  /**
   * Inside the caller's write transaction, right before it writes: throws unless this process still
   * leads `term` (its own flag, then `pg_locks` and `leader_terms` under the shared fence lock).
   */
  async confirmLeadership(term: number, signal?: AbortSignal): Promise<void> {
    const backendPid = this.termBackendPid;
    if (signal?.aborted || backendPid === null) throw new LeadershipLostError(term);
    if (!(await this.terms.confirmTermHolder(this.settings.lock, term, backendPid))) throw new LeadershipLostError(term);
  }

  /** Stops campaigning; a leader lets its jobs finish (bounded by their grace), then unlocks, so a follower takes over at its next try. */
  async beforeApplicationShutdown(): Promise<void> {
    if (!this.participating) return;
    clearTimeout(this.timer);
    const before = this.leadership;
    this.transition({ kind: 'stop' });
    await this.step;
    if (before.role === 'leader' && before.term !== null) {
      await this.events.emit('leadership.lost', { term: before.term, reason: 'shutdown', detail: 'shutting down' });
      const session = this.session;
      try {
        if (session && (await session.release(this.settings.lock))) this.logger.log(`Released the scheduler lock (term ${before.term})`);
      } catch (error) {
        this.logger.warn(`Could not release the scheduler lock cleanly (${messageOf(error)}); closing its session frees it`);
      }
    }
    await this.dropSession();
  }

  private async campaign(): Promise<void> {
    if (this.leadership.role !== 'follower') return;
    try {
      const session = await this.openSession();
      if (await session.tryAcquire(this.settings.lock)) {
        await this.takeOffice(session);
        return;
      }
      this.lastError = null;
    } catch (error) {
      this.lastError = `campaign failed: ${messageOf(error)}`;
      this.logger.warn(`Could not campaign for the scheduler lock: ${messageOf(error)}`);
      await this.dropSession();
    }
    this.runAfter(campaignDelay(this.settings.retryMs), () => this.campaign());
  }

  private async takeOffice(session: LockSession): Promise<void> {
    let term: number;
    try {
      term = await session.claimTerm(this.settings.lock, this.identity);
    } catch (error) {
      // A lock without a term must not be kept: the session is closed, which frees it.
      await this.dropSession();
      throw error;
    }
    if (this.transition({ kind: 'acquired', term }).role !== 'leader') {
      await session.release(this.settings.lock).catch(() => this.dropSession());
      return;
    }
    this.termBackendPid = session.backendPid;
    this.lastHeartbeatAt = new Date();
    this.lastError = null;
    this.logger.log(`Became the scheduler leader: term ${term} (${this.describeSelf()}, lock session ${session.backendPid})`);
    this.runAfter(this.settings.heartbeatMs, () => this.heartbeat(term));
    await this.events.emit('leadership.acquired', { term });
  }

  private async heartbeat(term: number): Promise<void> {
    const session = this.session;
    if (this.leadership.term !== term) return;
    try {
      if (!session) throw new Error('the lock session is gone');
      const held = await withDeadline(session.heartbeat(this.settings.lock, term), this.settings.lockStatementTimeoutMs);
      if (!held) throw new Error('the lock or the term is no longer held by this session');
    } catch (error) {
      await this.stepDown(term, `heartbeat failed: ${messageOf(error)}`);
      return;
    }
    if (this.leadership.term !== term) return;
    this.lastHeartbeatAt = new Date();
    this.runAfter(this.settings.heartbeatMs, () => this.heartbeat(term));
  }

  /** Leadership in doubt: jobs stop and abandon their writes, the session is closed, and the campaign resumes. */
  private async stepDown(term: number, reason: string): Promise<void> {
    if (this.leadership.role !== 'leader' || this.leadership.term !== term) return;
    this.transition({ kind: 'lost' });
    this.termBackendPid = null;
    this.lastError = reason;
    clearTimeout(this.timer);
    this.logger.warn(`Stepped down as scheduler leader (term ${term}): ${reason}`);
    await this.events.emit('leadership.lost', { term, reason: 'lost', detail: reason });
    await this.dropSession();
    this.runAfter(campaignDelay(this.settings.retryMs), () => this.campaign());
  }

  private async openSession(): Promise<LockSession> {
    if (this.session) return this.session;
    this.session = await LockSession.open(
      { url: this.settings.lockDatabaseUrl, statementTimeoutMs: this.settings.lockStatementTimeoutMs },
      (session, error) => this.onSessionClosed(session, error),
    );
    return this.session;
  }

  private onSessionClosed(session: LockSession, error?: Error): void {
    if (session !== this.session) return;
    this.session = null;
    const { role, term } = this.leadership;
    const reason = `the lock session closed${error ? `: ${error.message}` : ''}`;
    if (role === 'leader' && term !== null) void this.stepDown(term, reason);
  }

  private async dropSession(): Promise<void> {
    const session = this.session;
    this.session = null;
    await session?.close();
  }

  private transition(event: LeadershipEvent): Leadership {
    this.leadership = nextLeadership(this.leadership, event);
    return this.leadership;
  }

  /** One timer at a time; `step` tracks the running step so shutdown can wait for it. */
  private runAfter(delayMs: number, work: () => Promise<void>): void {
    clearTimeout(this.timer);
    if (this.leadership.role === 'stopped') return;
    this.timer = setTimeout(() => {
      this.step = work().catch((error) => this.logger.error(`Election step failed: ${messageOf(error)}`));
    }, delayMs);
  }

  private describeSelf(): string {
    return `${this.identity.host} pid ${this.identity.pid}`;
  }
}

async function withDeadline<T>(work: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
