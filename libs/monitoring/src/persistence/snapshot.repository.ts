import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { CounterValues } from '../domain/snapshot-schema';
import { MONITORING_SNAPSHOT_SCHEMA } from '../domain/snapshot-v1';

export type SnapshotSource = 'scheduler' | 'manual';

/** A `monitoring_snapshots` row as stored: counters of its own version, not yet upcast. */
export interface StoredSnapshotRow {
  id: number;
  createdAt: Date;
  schemaVersion: number;
  source: string;
  buildMs: number | null;
  slotStart: Date | null;
  counters: CounterValues;
}

export interface IntegrationCounts {
  wbTotal: number;
  wbActive: number;
  msTotal: number;
  msActive: number;
  /** Database clock when the counts were read (the end of a live build). */
  readAt: Date;
}

export interface RecordWindow {
  limit: number;
  from?: Date;
  to?: Date;
}

/** Counter columns of the current schema: fixed identifiers from the code, never from a request. */
const COUNTERS = MONITORING_SNAPSHOT_SCHEMA.current.counters;
const META_COLUMNS = `id, created_at AS "createdAt", schema_version AS "schemaVersion", source, build_ms AS "buildMs", slot_start AS "slotStart"`;
const SELECT_LIST = `${META_COLUMNS}, ${COUNTERS.join(', ')}`;

type RawRow = Omit<StoredSnapshotRow, 'counters'> & Record<string, unknown>;

function toStored(row: RawRow): StoredSnapshotRow {
  const counters = Object.fromEntries(COUNTERS.map((counter) => [counter, (row[counter] as number | null) ?? null]));
  return {
    id: row.id,
    createdAt: row.createdAt,
    schemaVersion: row.schemaVersion,
    source: row.source,
    buildMs: row.buildMs,
    slotStart: row.slotStart,
    counters,
  };
}

/** Snapshot records and the account counts of a live snapshot; one statement per method. */
@Injectable()
export class SnapshotRepository {
  constructor(private readonly tx: TransactionHost) {}

  async integrationCounts(): Promise<IntegrationCounts> {
    const [row] = await this.tx.manager.query(
      `SELECT (SELECT count(*) FROM wb_integration_accounts)::int AS "wbTotal",
              (SELECT count(*) FROM wb_integration_accounts WHERE is_active)::int AS "wbActive",
              (SELECT count(*) FROM moysklad_integration_accounts)::int AS "msTotal",
              (SELECT count(*) FROM moysklad_integration_accounts WHERE is_active)::int AS "msActive",
              clock_timestamp() AS "readAt"`,
    );
    return row as IntegrationCounts;
  }

  /**
   * Inserts one record; `created_at` is the database clock at insert (03 §5.11). A scheduler row
   * whose slot already has one is not written (null), whoever wrote the first.
   */
  async insert(
    counters: CounterValues,
    meta: { schemaVersion: number; source: SnapshotSource; buildMs: number; slotStart: Date | null },
  ): Promise<StoredSnapshotRow | null> {
    const values = COUNTERS.map((counter) => counters[counter] ?? 0);
    const placeholders = COUNTERS.map((_, index) => `$${index + 5}`).join(', ');
    const onConflict = meta.source === 'scheduler' ? `ON CONFLICT (slot_start) WHERE source = 'scheduler' DO NOTHING` : '';
    const rows: RawRow[] = await this.tx.manager.query(
      `INSERT INTO monitoring_snapshots (created_at, schema_version, source, build_ms, slot_start, ${COUNTERS.join(', ')})
       VALUES (clock_timestamp(), $1, $2, $3, $4, ${placeholders})
       ${onConflict}
       RETURNING ${SELECT_LIST}`,
      [meta.schemaVersion, meta.source, meta.buildMs, meta.slotStart, ...values],
    );
    return rows.length > 0 ? toStored(rows[0]) : null;
  }

  async hasSchedulerRowForSlot(slotStart: Date): Promise<boolean> {
    const [row] = await this.tx.manager.query(
      `SELECT EXISTS (SELECT 1 FROM monitoring_snapshots WHERE source = 'scheduler' AND slot_start = $1) AS "exists"`,
      [slotStart],
    );
    return (row as { exists: boolean }).exists;
  }

  /** The newest `limit` records within [from, to], newest first (`created_at DESC, id DESC`, served by its index). */
  async newest(window: RecordWindow): Promise<StoredSnapshotRow[]> {
    const rows: RawRow[] = await this.tx.manager.query(
      `SELECT ${SELECT_LIST}
         FROM monitoring_snapshots
        WHERE ($1::timestamptz IS NULL OR created_at >= $1)
          AND ($2::timestamptz IS NULL OR created_at <= $2)
        ORDER BY created_at DESC, id DESC
        LIMIT $3`,
      [window.from ?? null, window.to ?? null, window.limit],
    );
    return rows.map(toStored);
  }

  /** The latest record and the database clock, so its age is measured on one clock (03 §5.4). */
  async latestWithClock(): Promise<{ latest: StoredSnapshotRow | null; databaseNow: Date }> {
    const rows: (RawRow & { databaseNow: Date; present: boolean })[] = await this.tx.manager.query(
      `SELECT s.*, clock_timestamp() AS "databaseNow", s.id IS NOT NULL AS present
         FROM (SELECT 1) AS one
         LEFT JOIN LATERAL (
           SELECT ${SELECT_LIST} FROM monitoring_snapshots ORDER BY created_at DESC, id DESC LIMIT 1
         ) AS s ON true`,
    );
    const row = rows[0];
    return { latest: row.present ? toStored(row) : null, databaseNow: row.databaseNow };
  }
}
