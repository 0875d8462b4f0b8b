import { Injectable } from '@nestjs/common';
import { NewPurchaseOrderLine, StoredRunReference } from '../domain/purchase-order';
import {
  portfolioRunAlreadyConverted,
  portfolioRunNotFound,
  proposalAlreadyConverted,
  proposalHasNoLines,
  proposalNotFound,
  proposalPartOfPortfolioRun,
} from '../domain/stored-run-errors';
import { PurchaseOrderRepository } from '../persistence/purchase-order.repository';
import { StoredOrderLine, StoredRunRepository } from '../persistence/stored-run.repository';

export interface StoredRunOrderOptions {
  /** Null: the run's as_of_date. */
  targetDate: string | null;
  comment: string | null;
  /** Each item's notes = the stored line's source_reason; else null. */
  explanation: boolean;
}

/**
 * A draft purchase order from a stored Planning Core run (05 §3.10): quantities are copied from the
 * stored lines, never recomputed [FIX-16]. Runs inside the caller's write transaction; every check
 * comes after the run row is locked, so concurrent conversions of one run serialise and only the
 * first creates an order.
 */
@Injectable()
export class StoredRunConversion {
  constructor(
    private readonly runs: StoredRunRepository,
    private readonly orders: PurchaseOrderRepository,
  ) {}

  /** Returns the id of the new order. */
  convert(run: StoredRunReference, options: StoredRunOrderOptions): Promise<number> {
    return run.kind === 'proposal' ? this.convertProposal(run.id, options) : this.convertPortfolioRun(run.id, options);
  }

  /** Checks in the order of 05 §3.10: not found, part of a portfolio run, already converted, no lines. */
  private async convertProposal(id: number, options: StoredRunOrderOptions): Promise<number> {
    const run = await this.runs.lockProposal(id);
    if (!run) throw proposalNotFound(id);
    if (run.portfolioRunId !== null) throw proposalPartOfPortfolioRun(id, run.portfolioRunId);
    if (run.purchaseOrderId !== null) throw proposalAlreadyConverted(id, run.purchaseOrderId);
    const recommends = run.status === 'ok' && run.action !== 'wait';
    const lines = recommends ? await this.runs.orderLinesOfProposal(id) : [];
    if (lines.length === 0) throw proposalHasNoLines({ kind: 'proposal', id });

    const orderId = await this.insertOrder(run.asOfDate, lines, options);
    if ((await this.runs.markProposalsConverted([id], orderId)) !== 1) {
      throw proposalAlreadyConverted(id, await this.runs.otherConversionOfProposals([id], orderId));
    }
    return orderId;
  }

  /**
   * One order with the lines of every member run; the portfolio row and each member that contributed
   * lines are marked. Members cannot be converted on their own, so the portfolio row's lock covers them.
   */
  private async convertPortfolioRun(id: number, options: StoredRunOrderOptions): Promise<number> {
    const run = await this.runs.lockPortfolioRun(id);
    if (!run) throw portfolioRunNotFound(id);
    if (run.purchaseOrderId !== null) throw portfolioRunAlreadyConverted(id, run.purchaseOrderId);
    const lines = await this.runs.orderLinesOfPortfolioRun(id);
    if (lines.length === 0) throw proposalHasNoLines({ kind: 'portfolio_run', id });

    const orderId = await this.insertOrder(run.asOfDate, lines, options);
    const members = [...new Set(lines.map((line) => line.proposalId))];
    if ((await this.runs.markPortfolioRunConverted(id, orderId)) !== 1) {
      throw portfolioRunAlreadyConverted(id, await this.runs.otherConversionOfPortfolioRun(id, orderId));
    }
    if ((await this.runs.markProposalsConverted(members, orderId)) !== members.length) {
      throw portfolioRunAlreadyConverted(id, await this.runs.otherConversionOfProposals(members, orderId));
    }
    return orderId;
  }

  private insertOrder(asOfDate: string, lines: StoredOrderLine[], options: StoredRunOrderOptions): Promise<number> {
    return this.orders.insertDraft(
      { targetDate: options.targetDate ?? asOfDate, comment: options.comment },
      lines.map((line) => toOrderLine(line, options.explanation)),
    );
  }
}

function toOrderLine(line: StoredOrderLine, explanation: boolean): NewPurchaseOrderLine {
  return {
    articleId: line.articleId,
    colorId: line.colorId,
    sizeId: line.sizeId,
    quantity: line.recommendedQty,
    notes: explanation && line.sourceReason !== '' ? line.sourceReason : null,
  };
}
