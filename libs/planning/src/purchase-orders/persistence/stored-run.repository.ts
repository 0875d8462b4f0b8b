import { Injectable } from '@nestjs/common';
import { DB_NOW_MS, TransactionHost } from '@supply-brain/database';

/** The header of a stored single-article run, as conversion needs it. */
export interface StoredProposalHeader {
  id: number;
  portfolioRunId: number | null;
  purchaseOrderId: number | null;
  status: string;
  action: string | null;
  /** `YYYY-MM-DD`. */
  asOfDate: string;
}

/** The header of a stored portfolio run. */
export interface StoredPortfolioRunHeader {
  id: number;
  purchaseOrderId: number | null;
  /** `YYYY-MM-DD`. */
  asOfDate: string;
}

/** A stored line to order: `recommendedQty > 0`. */
export interface StoredOrderLine {
  proposalId: number;
  articleId: number;
  colorId: number;
  sizeId: number;
  recommendedQty: number;
  /** The run response's `source_reason` for the SKU, else the line's reason codes joined with `|`. */
  sourceReason: string;
}

type RunTable = 'production_order_proposal' | 'production_order_portfolio_run';

const PROPOSAL_HEADER_COLUMNS = `id, portfolio_run_id AS "portfolioRunId", purchase_order_id AS "purchaseOrderId", status, action,
  to_char(as_of_date, 'YYYY-MM-DD') AS "asOfDate"`;

/*
 * Lines with something to order, canonical SKU order (05 §4.0.3), each with the `source_reason`
 * its run's response showed. Runs that are skipped or `wait` contribute nothing (their response
 * lists no lines). `runFilter` selects the runs with the statement's only parameter, `$1`.
 */
function orderLinesSql(runFilter: string): string {
  return `
    WITH run AS (
      -- ::jsonb whatever the column's JSON type (the text is kept verbatim as json)
      SELECT id, response::jsonb AS response FROM production_order_proposal
       WHERE ${runFilter} AND status = 'ok' AND action IS DISTINCT FROM 'wait'
    ),
    response_line AS MATERIALIZED (
      SELECT DISTINCT ON (run.id, line ->> 'sku_unit_id')
             run.id AS proposal_id, (line ->> 'sku_unit_id')::int AS sku_unit_id, line ->> 'source_reason' AS source_reason
        FROM run
       CROSS JOIN LATERAL jsonb_array_elements(
               CASE WHEN jsonb_typeof(run.response #> '{recommendation,lines}') = 'array'
                    THEN run.response #> '{recommendation,lines}' ELSE '[]'::jsonb END) AS line
       WHERE line ->> 'sku_unit_id' ~ '^[0-9]{1,9}$' AND jsonb_typeof(line -> 'source_reason') = 'string'
    )
    SELECT l.proposal_id AS "proposalId", l.article_id AS "articleId", l.color_id AS "colorId", l.size_id AS "sizeId",
           l.recommended_qty AS "recommendedQty",
           COALESCE(reason.source_reason, array_to_string(l.reason_codes, '|')) AS "sourceReason"
      FROM production_order_proposal_line l
      JOIN run ON run.id = l.proposal_id
      JOIN size ON size.id = l.size_id
      LEFT JOIN response_line reason ON reason.proposal_id = l.proposal_id AND reason.sku_unit_id = l.sku_unit_id
     WHERE l.recommended_qty > 0
     ORDER BY l.article_id, l.color_id, size.sort_order, l.size_id, l.proposal_id`;
}

/**
 * Reads and marks the stored Planning Core runs (05 §2.8) for their conversion into a purchase
 * order; plain SQL on the run tables, in the caller's transaction.
 */
@Injectable()
export class StoredRunRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Locks the run until the transaction ends, so concurrent conversions of it serialise. */
  async lockProposal(id: number): Promise<StoredProposalHeader | null> {
    const rows: StoredProposalHeader[] = await this.tx.manager.query(
      `SELECT ${PROPOSAL_HEADER_COLUMNS} FROM production_order_proposal WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  /** Locks the portfolio row; its member runs cannot be converted on their own, so this serialises them too. */
  async lockPortfolioRun(id: number): Promise<StoredPortfolioRunHeader | null> {
    const rows: StoredPortfolioRunHeader[] = await this.tx.manager.query(
      `SELECT id, purchase_order_id AS "purchaseOrderId", to_char(as_of_date, 'YYYY-MM-DD') AS "asOfDate"
         FROM production_order_portfolio_run WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0] ?? null;
  }

  orderLinesOfProposal(proposalId: number): Promise<StoredOrderLine[]> {
    return this.tx.manager.query(orderLinesSql('id = $1'), [proposalId]);
  }

  /** The lines of every member run of the portfolio in one statement. */
  orderLinesOfPortfolioRun(portfolioRunId: number): Promise<StoredOrderLine[]> {
    return this.tx.manager.query(orderLinesSql('portfolio_run_id = $1'), [portfolioRunId]);
  }

  /** Sets the order on the runs not yet converted; returns how many rows changed. */
  markProposalsConverted(proposalIds: number[], purchaseOrderId: number): Promise<number> {
    return this.markConverted('production_order_proposal', proposalIds, purchaseOrderId);
  }

  markPortfolioRunConverted(portfolioRunId: number, purchaseOrderId: number): Promise<number> {
    return this.markConverted('production_order_portfolio_run', [portfolioRunId], purchaseOrderId);
  }

  /** An order other than `ownOrderId` that one of the runs was already converted into (read after a lost race), or null. */
  async otherConversionOfProposals(proposalIds: number[], ownOrderId: number): Promise<number | null> {
    return this.otherConversion('production_order_proposal', proposalIds, ownOrderId);
  }

  async otherConversionOfPortfolioRun(portfolioRunId: number, ownOrderId: number): Promise<number | null> {
    return this.otherConversion('production_order_portfolio_run', [portfolioRunId], ownOrderId);
  }

  private async otherConversion(table: RunTable, ids: number[], ownOrderId: number): Promise<number | null> {
    const rows: Array<{ purchaseOrderId: number }> = await this.tx.manager.query(
      `SELECT purchase_order_id AS "purchaseOrderId" FROM ${table}
        WHERE id = ANY($1::int[]) AND purchase_order_id IS NOT NULL AND purchase_order_id <> $2
        ORDER BY id LIMIT 1`,
      [ids, ownOrderId],
    );
    return rows[0]?.purchaseOrderId ?? null;
  }

  private async markConverted(table: RunTable, ids: number[], purchaseOrderId: number): Promise<number> {
    const [, updated]: [unknown[], number] = await this.tx.manager.query(
      `UPDATE ${table} SET purchase_order_id = $2, converted_at = ${DB_NOW_MS}
        WHERE id = ANY($1::int[]) AND purchase_order_id IS NULL`,
      [ids, purchaseOrderId],
    );
    return updated;
  }
}
