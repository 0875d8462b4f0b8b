export * from './monitoring.module';
export * from './application/monitoring-snapshot.service';
export type { SnapshotSource, StoredSnapshotRow } from './persistence/snapshot.repository';
export { CURRENT_SNAPSHOT_SCHEMA_VERSION } from './domain/snapshot-v1';
