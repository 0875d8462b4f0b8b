import { Injectable, Logger } from '@nestjs/common';
import { AppMetrics } from '@supply-brain/common';
import { TransactionHost, TransactionSettings } from '@supply-brain/database';
import { SnapshotRepository, SnapshotSource, StoredSnapshotRow } from '../persistence/snapshot.repository';
import { LiveSnapshotBuilder } from './live-snapshot.builder';

export interface CaptureRequest {
  source: SnapshotSource;
  /** Required for `scheduler`: the slot the row fills (at most one scheduler row per slot). */
  slotStart?: Date;
  /**
   * Runs inside the insert's transaction right before the INSERT; throwing aborts the write. The
   * scheduler uses it to check its fencing term under a row lock, so a deposed leader never writes.
   */
  beforeWrite?: () => Promise<void>;
  /** Cuts each statement of the build and of the insert at this many milliseconds (the scheduler's bound). */
  statementTimeoutMs?: number;
}

export interface CaptureResult {
  /** False when a scheduler row for the slot already existed: nothing was written. */
  written: boolean;
  snapshotId: number | null;
  slotStart: Date | null;
  buildMs: number;
  schemaVersion: number;
  /** The stored row when written. */
  record: StoredSnapshotRow | null;
}

/** Persists live snapshots: the manual capture route and the scheduler both go through `captureSnapshot`. */
@Injectable()
export class MonitoringSnapshotService {
  private readonly logger = new Logger(MonitoringSnapshotService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly builder: LiveSnapshotBuilder,
    private readonly snapshots: SnapshotRepository,
    private readonly metrics: AppMetrics,
  ) {}

  /**
   * Builds one live snapshot (one consistent read, its independent reads side by side) and inserts
   * it in a short write transaction.
   * For `scheduler` the insert is `ON CONFLICT (slot_start) WHERE source = 'scheduler' DO NOTHING`.
   */
  async captureSnapshot(request: CaptureRequest): Promise<CaptureResult> {
    if (request.source === 'scheduler' && !request.slotStart) throw new Error('A scheduler snapshot needs its slotStart');
    const slotStart = request.source === 'scheduler' ? (request.slotStart ?? null) : null;
    const started = performance.now();
    const timeout: TransactionSettings = request.statementTimeoutMs !== undefined ? { statement_timeout: String(request.statementTimeoutMs) } : {};
    const live = await this.builder.build(timeout).catch((error: unknown) => {
      this.metrics.snapshotBuild(performance.now() - started, 'failure');
      throw error;
    });
    const buildMs = Math.round(performance.now() - started);
    this.metrics.snapshotBuild(buildMs, 'success');
    const record = await this.tx.write(async () => {
      await this.tx.applySettings(timeout);
      await request.beforeWrite?.();
      return this.snapshots.insert(live.values, { schemaVersion: live.schemaVersion, source: request.source, buildMs, slotStart });
    });
    if (record) this.logger.log(`Snapshot ${record.id} captured (${request.source}, ${buildMs} ms)`);
    else this.logger.debug(`Scheduler slot ${slotStart?.toISOString()} already has a snapshot; nothing written`);
    return { written: record !== null, snapshotId: record?.id ?? null, slotStart, buildMs, schemaVersion: live.schemaVersion, record };
  }

  /** Whether the scheduler already filled the slot. */
  hasSnapshotForSlot(slotStart: Date): Promise<boolean> {
    return this.snapshots.hasSchedulerRowForSlot(slotStart);
  }
}
