import type { MigrationInterface, QueryRunner } from 'typeorm';

const RUN_TABLES = ['production_order_proposal', 'production_order_portfolio_run'] as const;

/**
 * A stored run must read back byte-identical to the POST that created it (05 §3.8). JSONB
 * normalises a document (object keys re-sorted, duplicates dropped, whitespace removed), so the
 * `response` of both run tables becomes `json`, which validates the text and keeps it verbatim.
 * The snapshots and warnings are only queried, never echoed, and stay JSONB. Down reverses.
 */
export class ProposalRunResponseText1700000000070 implements MigrationInterface {
  name = 'ProposalRunResponseText1700000000070';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of RUN_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN response TYPE json USING response::json`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...RUN_TABLES].reverse()) {
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN response TYPE jsonb USING response::jsonb`);
    }
  }
}
