import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A stored run's lines may be written before their proposal rows, in the same transaction: the
 * line → proposal foreign key is checked at commit. The server then inserts the ~36,000 lines of
 * a 1,000-article portfolio while the answered bodies are still being deflated for the proposal
 * insert. Same constraint, same name; down makes it immediate again.
 */
export class ProposalLineDeferredRunKey1700000000120 implements MigrationInterface {
  name = 'ProposalLineDeferredRunKey1700000000120';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE production_order_proposal_line ALTER CONSTRAINT production_order_proposal_line_proposal_id_fkey DEFERRABLE INITIALLY DEFERRED',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE production_order_proposal_line ALTER CONSTRAINT production_order_proposal_line_proposal_id_fkey NOT DEFERRABLE',
    );
  }
}
