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
 * its run answered (stored on the line). Runs that are skipped or `wait` contribute nothing.
 * `runFilter` selects the runs (`run`) with the statement's only parameter, `$1`.
 */
function orderLinesSql(runFilter: string): string {
  return `
    SELECT l.proposal_id AS "proposalId", l.article_id AS "articleId", l.color_id AS "colorId", l.size_id AS "sizeId",
           l.recommended_qty AS "recommendedQty",
           COALESCE(l.source_reason, array_to_string(l.reason_codes, '|')) AS "sourceReason"
      FROM production_order_proposal_line l
      JOIN production_order_proposal run ON run.id = l.proposal_id
      JOIN size ON size.id = l.size_id
     WHERE ${runFilter} AND run.status = 'ok' AND run.action IS DISTINCT FROM 'wait'
       AND l.recommended_qty > 0
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
    return this.tx.manager.query(orderLinesSql('run.id = $1'), [proposalId]);
  }

  /** The lines of every member run of the portfolio in one statement. */
  orderLinesOfPortfolioRun(portfolioRunId: number): Promise<StoredOrderLine[]> {
    return this.tx.manager.query(orderLinesSql('run.portfolio_run_id = $1'), [portfolioRunId]);
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
