import type { MigrationInterface, QueryRunner } from 'typeorm';

interface CheckDefinition {
  name: string;
  table: string;
  condition: string;
}

/** Enforced for every new row; existing rows only validated when they all pass (an adopted database may hold legacy values). */
const CHECKS: readonly CheckDefinition[] = [
  { name: 'ck_monitoring_snapshots_source', table: 'monitoring_snapshots', condition: `source IN ('scheduler', 'manual', 'migration')` },
  { name: 'ck_monitoring_snapshots_schema_version', table: 'monitoring_snapshots', condition: 'schema_version >= 1' },
  { name: 'ck_monitoring_snapshots_build_ms', table: 'monitoring_snapshots', condition: 'build_ms IS NULL OR build_ms >= 0' },
  // A scheduler row without a slot would escape the one-row-per-slot index (NULLs never conflict).
  { name: 'ck_monitoring_snapshots_scheduler_slot', table: 'monitoring_snapshots', condition: `source <> 'scheduler' OR slot_start IS NOT NULL` },
  // 03 §5.6: enums only; `metric` stays open so the catalog can evolve.
  { name: 'ck_monitoring_alert_rules_threshold_type', table: 'monitoring_alert_rules', condition: `threshold_type IN ('above', 'below')` },
  { name: 'ck_monitoring_alert_rules_severity', table: 'monitoring_alert_rules', condition: `severity IN ('warning', 'critical')` },
];

/**
 * Versioned monitoring snapshots (03 §5.3): every record says which snapshot schema built it, who
 * wrote it (`scheduler`, `manual` capture, or `migration` for the rows that existed before this
 * migration — an adopted database's history was written by the original, whose semantics are v1),
 * how long the build took, and for scheduler rows the slot it fills. At most one scheduler row per
 * slot, so two replicas can never double a slot (`INSERT … ON CONFLICT DO NOTHING`).
 */
export class MonitoringSnapshotVersioning1700000000030 implements MigrationInterface {
  name = 'MonitoringSnapshotVersioning1700000000030';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Existing rows take the ADD COLUMN defaults (v1, 'migration') without a table rewrite; new rows default to 'manual'.
    await queryRunner.query(
      `ALTER TABLE monitoring_snapshots
         ADD COLUMN schema_version integer NOT NULL DEFAULT 1,
         ADD COLUMN source text NOT NULL DEFAULT 'migration',
         ADD COLUMN build_ms integer NULL,
         ADD COLUMN slot_start timestamptz NULL`,
    );
    await queryRunner.query(`ALTER TABLE monitoring_snapshots ALTER COLUMN source SET DEFAULT 'manual'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX uq_monitoring_snapshots_scheduler_slot ON monitoring_snapshots (slot_start) WHERE source = 'scheduler'`,
    );
    // The hardening migration already indexes (created_at DESC, id DESC); ensured here for any database that lacks it.
    await queryRunner.query(
      `CREATE INDEX IF NOT EXISTS ix_monitoring_snapshots_created_at_id ON monitoring_snapshots (created_at DESC, id DESC)`,
    );
    for (const check of CHECKS) {
      await this.addCheckValidatedWhenDataAllows(queryRunner, check);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const check of [...CHECKS].reverse()) {
      await queryRunner.query(`ALTER TABLE ${check.table} DROP CONSTRAINT ${check.name}`);
    }
    await queryRunner.query('DROP INDEX uq_monitoring_snapshots_scheduler_slot');
    await queryRunner.query(
      `ALTER TABLE monitoring_snapshots
         DROP COLUMN slot_start,
         DROP COLUMN build_ms,
         DROP COLUMN source,
         DROP COLUMN schema_version`,
    );
  }

  private async addCheckValidatedWhenDataAllows(queryRunner: QueryRunner, check: CheckDefinition): Promise<void> {
    await queryRunner.query(`ALTER TABLE ${check.table} ADD CONSTRAINT ${check.name} CHECK (${check.condition}) NOT VALID`);
    const rows: { violated: boolean }[] = await queryRunner.query(
      `SELECT EXISTS (SELECT 1 FROM ${check.table} WHERE NOT (${check.condition})) AS violated`,
    );
    if (rows[0].violated) {
      queryRunner.connection.logger.log('warn', `${check.name} left NOT VALID: existing ${check.table} rows violate it`, queryRunner);
      return;
    }
    await queryRunner.query(`ALTER TABLE ${check.table} VALIDATE CONSTRAINT ${check.name}`);
  }
}
