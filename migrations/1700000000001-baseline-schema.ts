import type { MigrationInterface, QueryRunner } from 'typeorm';
import { assertAdoptableRevision, existingOriginalTables, hasAlembicVersionTable } from './baseline/original-adoption';
import { ORIGINAL_TABLES } from './baseline/original-tables';

/**
 * The original's 25 tables exactly as its Alembic migrations 0001–0008 leave them. On an empty
 * database it creates them; on a database the original manages at 0008 it adopts it in place
 * (creates nothing that exists, keeps every row, leaves `alembic_version` alone).
 */
export class BaselineSchema1700000000001 implements MigrationInterface {
  name = 'BaselineSchema1700000000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    if (await hasAlembicVersionTable(queryRunner)) {
      await assertAdoptableRevision(queryRunner);
    } else {
      const existing = await existingOriginalTables(queryRunner);
      if (existing.length > 0) {
        throw new Error(
          `Refusing to create the schema: tables ${existing.join(', ')} already exist but there is no alembic_version table, ` +
            'so this is not a database the original manages at 0008. Use an empty database, or adopt one the original has upgraded to 0008.',
        );
      }
    }
    for (const table of ORIGINAL_TABLES) {
      await queryRunner.query(table.createSql);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // An adopted database's tables and rows belong to the original: reverting never drops them.
    if (await hasAlembicVersionTable(queryRunner)) return;
    for (const table of [...ORIGINAL_TABLES].reverse()) {
      await queryRunner.query(`DROP TABLE IF EXISTS ${table.name}`);
    }
  }
}
