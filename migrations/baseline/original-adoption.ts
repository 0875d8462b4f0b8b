import type { QueryRunner } from 'typeorm';
import { ORIGINAL_TABLE_NAMES } from './original-tables';

/** The original's last schema revision; Supply Brain adopts a database only at exactly this one. */
export const ADOPTABLE_ALEMBIC_REVISION = '0008';

/** True when the original's Alembic bookkeeping table exists in the current schema. */
export async function hasAlembicVersionTable(queryRunner: QueryRunner): Promise<boolean> {
  const rows: { present: boolean }[] = await queryRunner.query(`SELECT to_regclass('alembic_version') IS NOT NULL AS present`);
  return rows[0].present;
}

/**
 * Refuses a database the original manages at another revision, since creating only the missing
 * tables would then leave older tables without the columns Supply Brain reads.
 */
export async function assertAdoptableRevision(queryRunner: QueryRunner): Promise<void> {
  const rows: { version_num: string }[] = await queryRunner.query('SELECT version_num FROM alembic_version ORDER BY version_num');
  const revisions = rows.map((row) => row.version_num);
  if (revisions.length !== 1 || revisions[0] !== ADOPTABLE_ALEMBIC_REVISION) {
    const found = revisions.length === 0 ? 'no revision' : `revision ${revisions.join(', ')}`;
    throw new Error(
      `This database is managed by the original application at Alembic ${found}; ` +
        `upgrade the original to ${ADOPTABLE_ALEMBIC_REVISION} first (alembic upgrade ${ADOPTABLE_ALEMBIC_REVISION}), then start Supply Brain.`,
    );
  }
}

/** The original's tables that already exist, for refusing a half-built database nobody manages. */
export async function existingOriginalTables(queryRunner: QueryRunner): Promise<string[]> {
  const rows: { name: string }[] = await queryRunner.query(
    `SELECT t.name FROM unnest($1::text[]) WITH ORDINALITY AS t(name, position)
      WHERE to_regclass(t.name) IS NOT NULL
      ORDER BY t.position`,
    [ORIGINAL_TABLE_NAMES],
  );
  return rows.map((row) => row.name);
}
