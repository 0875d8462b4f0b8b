import { SnapshotReading } from '../domain/timeseries';
import { MONITORING_SNAPSHOT_SCHEMA } from '../domain/snapshot-v1';
import { StoredSnapshotRow } from '../persistence/snapshot.repository';

/** A stored record with its counters read as the current schema version. */
export interface SnapshotRecordView extends SnapshotReading {
  id: number;
  schemaVersion: number;
  source: string;
  buildMs: number | null;
  slotStart: Date | null;
}

/** Every stored record is read through the upcaster, so callers only ever see current-version values. */
export function readRecord(row: StoredSnapshotRow): SnapshotRecordView {
  return {
    id: row.id,
    createdAt: row.createdAt,
    schemaVersion: row.schemaVersion,
    source: row.source,
    buildMs: row.buildMs,
    slotStart: row.slotStart,
    values: MONITORING_SNAPSHOT_SCHEMA.upcast(row.counters, row.schemaVersion),
  };
}
