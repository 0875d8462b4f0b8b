import type { MigrationInterface, QueryRunner } from 'typeorm';

const RUN_TABLES = ['production_order_proposal', 'production_order_portfolio_run'] as const;
const ONE_RESPONSE_CHECK: Record<(typeof RUN_TABLES)[number], string> = {
  production_order_proposal: 'ck_po_proposal_one_response',
  production_order_portfolio_run: 'ck_po_portfolio_run_one_response',
};
const LINE_SINGLE_FOREIGN_KEYS = ['article_id', 'color_id', 'size_id', 'sku_unit_id'] as const;

/**
 * Stored runs, cheaper to write (05 §2.8, §7.1): a 1,000-article portfolio stores about 55 MB of
 * answered bodies, and sending, parsing and compressing them dominated the request.
 *
 * - `response_deflated`: new runs keep the answered body as raw DEFLATE of its UTF-8 bytes,
 *   about a sixth of the text, and PostgreSQL neither parses nor recompresses it (STORAGE
 *   EXTERNAL). Rows written before keep their `response` text; exactly one of the two is set.
 * - `production_order_proposal_line.source_reason`: the answered `source_reason` of the line,
 *   which the conversion into a purchase order copies; it was read out of the response body.
 *   Existing lines get it from their runs' bodies here.
 * - One composite foreign key from a line's (sku_unit_id, article_id, color_id, size_id) to its
 *   SKU instead of four single ones: one check per line instead of four, and a line can no
 *   longer name a colour or size its SKU does not have.
 */
export class ProposalRunStorage1700000000090 implements MigrationInterface {
  name = 'ProposalRunStorage1700000000090';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of RUN_TABLES) {
      await queryRunner.query(`ALTER TABLE ${table} ADD COLUMN response_deflated BYTEA, ALTER COLUMN response DROP NOT NULL`);
      await queryRunner.query(`ALTER TABLE ${table} ALTER COLUMN response_deflated SET STORAGE EXTERNAL`);
      await queryRunner.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ${ONE_RESPONSE_CHECK[table]} CHECK ((response IS NULL) <> (response_deflated IS NULL))`,
      );
    }
    await queryRunner.query('ALTER TABLE production_order_proposal_line ADD COLUMN source_reason TEXT');
    await queryRunner.query(
      `UPDATE production_order_proposal_line l
          SET source_reason = answered.source_reason
         FROM (SELECT DISTINCT ON (p.id, line ->> 'sku_unit_id')
                      p.id AS proposal_id, (line ->> 'sku_unit_id')::int AS sku_unit_id, line ->> 'source_reason' AS source_reason
                 FROM production_order_proposal p
                CROSS JOIN LATERAL jsonb_array_elements(
                        CASE WHEN jsonb_typeof(p.response::jsonb #> '{recommendation,lines}') = 'array'
                             THEN p.response::jsonb #> '{recommendation,lines}' ELSE '[]'::jsonb END) AS line
                WHERE line ->> 'sku_unit_id' ~ '^[0-9]{1,9}$' AND jsonb_typeof(line -> 'source_reason') = 'string') AS answered
        WHERE l.proposal_id = answered.proposal_id AND l.sku_unit_id = answered.sku_unit_id`,
    );
    await queryRunner.query('ALTER TABLE sku_unit ADD CONSTRAINT uq_sku_unit_identity UNIQUE (id, article_id, color_id, size_id)');
    for (const column of LINE_SINGLE_FOREIGN_KEYS) {
      await queryRunner.query(`ALTER TABLE production_order_proposal_line DROP CONSTRAINT production_order_proposal_line_${column}_fkey`);
    }
    await queryRunner.query(
      `ALTER TABLE production_order_proposal_line ADD CONSTRAINT fk_po_proposal_line_sku_unit
         FOREIGN KEY (sku_unit_id, article_id, color_id, size_id) REFERENCES sku_unit (id, article_id, color_id, size_id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE production_order_proposal_line DROP CONSTRAINT fk_po_proposal_line_sku_unit');
    const referenced: Record<(typeof LINE_SINGLE_FOREIGN_KEYS)[number], string> = { article_id: 'article', color_id: 'color', size_id: 'size', sku_unit_id: 'sku_unit' };
    for (const column of LINE_SINGLE_FOREIGN_KEYS) {
      await queryRunner.query(
        `ALTER TABLE production_order_proposal_line ADD CONSTRAINT production_order_proposal_line_${column}_fkey
           FOREIGN KEY (${column}) REFERENCES ${referenced[column]} (id)`,
      );
    }
    await queryRunner.query('ALTER TABLE sku_unit DROP CONSTRAINT uq_sku_unit_identity');
    await queryRunner.query('ALTER TABLE production_order_proposal_line DROP COLUMN source_reason');
    // Deflated bodies cannot be inflated in SQL: down refuses rather than lose them.
    for (const table of RUN_TABLES) {
      const [{ count }] = (await queryRunner.query(`SELECT count(*)::int AS count FROM ${table} WHERE response_deflated IS NOT NULL`)) as Array<{ count: number }>;
      if (count > 0) throw new Error(`${table} holds ${count} runs stored deflated, which SQL cannot put back into the json column`);
    }
    for (const table of RUN_TABLES) {
      await queryRunner.query(
        `ALTER TABLE ${table} DROP CONSTRAINT ${ONE_RESPONSE_CHECK[table]}`,
      );
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN response_deflated, ALTER COLUMN response SET NOT NULL`);
    }
  }
}
