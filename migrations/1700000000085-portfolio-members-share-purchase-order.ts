import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Converting a portfolio run sets the one new purchase order on the portfolio row and on every
 * member proposal that contributed lines (05 §3.10), which `UNIQUE (purchase_order_id)` on
 * `production_order_proposal` forbids as soon as two members order something. The uniqueness now
 * holds for single-article runs only (members carry `portfolio_run_id`); the portfolio row keeps
 * its own unique constraint, so an order still comes from at most one run. Same name; down
 * restores the table constraint.
 */
export class PortfolioMembersSharePurchaseOrder1700000000085 implements MigrationInterface {
  name = 'PortfolioMembersSharePurchaseOrder1700000000085';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE production_order_proposal DROP CONSTRAINT uq_po_proposal_purchase_order');
    await queryRunner.query(
      'CREATE UNIQUE INDEX uq_po_proposal_purchase_order ON production_order_proposal (purchase_order_id) WHERE portfolio_run_id IS NULL',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX uq_po_proposal_purchase_order');
    await queryRunner.query('ALTER TABLE production_order_proposal ADD CONSTRAINT uq_po_proposal_purchase_order UNIQUE (purchase_order_id)');
  }
}
