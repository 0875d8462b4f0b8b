import { Injectable } from '@nestjs/common';
import { TransactionHost, TransactionSettings } from '@supply-brain/database';
import { buildCurrentSnapshot, CURRENT_SNAPSHOT_SCHEMA_VERSION, CurrentSnapshot } from '../domain/snapshot-v1';
import { SnapshotRepository } from '../persistence/snapshot.repository';
import { PlanningInputs } from './planning-inputs.adapter';

/** A snapshot computed from the current database state (03 §2.1); never stored by itself. */
export interface LiveSnapshot {
  schemaVersion: number;
  values: CurrentSnapshot;
  /** Database clock when the build finished assembling its inputs. */
  builtAt: Date;
}

/** Builds live snapshots with the current schema version, in one consistent read. */
@Injectable()
export class LiveSnapshotBuilder {
  constructor(
    private readonly tx: TransactionHost,
    private readonly planning: PlanningInputs,
    private readonly snapshots: SnapshotRepository,
  ) {}

  /** Joins the caller's transaction when there is one; else reads in one with `settings` (e.g. a statement timeout). */
  build(settings: TransactionSettings = {}): Promise<LiveSnapshot> {
    return this.tx.read(async () => {
      const portfolios = await this.planning.portfolios();
      const integrations = await this.snapshots.integrationCounts();
      const values = buildCurrentSnapshot({
        integrations,
        riskLevels: portfolios.riskEntries.map((entry) => entry.riskLevel),
        orderTotals: portfolios.orderTotals,
      });
      return { schemaVersion: CURRENT_SNAPSHOT_SCHEMA_VERSION, values, builtAt: integrations.readAt };
    }, settings);
  }
}
