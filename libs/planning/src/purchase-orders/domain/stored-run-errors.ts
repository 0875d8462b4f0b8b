import { StoredRunReference } from './purchase-order';

/** The object `detail` of a stored-run conversion error (05 §3.0): code, message, field, then the ids. */
export interface StoredRunErrorDetail {
  code: string;
  message: string;
  field: 'proposal_id' | 'portfolio_run_id';
  [idKey: string]: unknown;
}

/**
 * A business error of POST /purchase-order/from-proposal with a stored run (05 §3.1). Unlike the
 * legacy string `detail` of this route, these carry the structured object of Planning Core.
 */
export class StoredRunConversionError extends Error {
  constructor(
    readonly status: 404 | 409,
    readonly detail: StoredRunErrorDetail,
  ) {
    super(detail.message);
    this.name = 'StoredRunConversionError';
  }
}

export function proposalNotFound(proposalId: number): StoredRunConversionError {
  return new StoredRunConversionError(404, { code: 'proposal_not_found', message: 'Proposal not found', field: 'proposal_id', proposal_id: proposalId });
}

export function portfolioRunNotFound(portfolioRunId: number): StoredRunConversionError {
  return new StoredRunConversionError(404, {
    code: 'portfolio_run_not_found',
    message: 'Portfolio run not found',
    field: 'portfolio_run_id',
    portfolio_run_id: portfolioRunId,
  });
}

export function proposalPartOfPortfolioRun(proposalId: number, portfolioRunId: number): StoredRunConversionError {
  return new StoredRunConversionError(409, {
    code: 'proposal_part_of_portfolio_run',
    message: 'The proposal belongs to a portfolio run; convert the portfolio run instead',
    field: 'proposal_id',
    proposal_id: proposalId,
    portfolio_run_id: portfolioRunId,
  });
}

/** `purchaseOrderId` is null only if a concurrent conversion could not be read back. */
export function proposalAlreadyConverted(proposalId: number, purchaseOrderId: number | null): StoredRunConversionError {
  return new StoredRunConversionError(409, {
    code: 'proposal_already_converted',
    message: 'The proposal was already converted into a purchase order',
    field: 'proposal_id',
    proposal_id: proposalId,
    purchase_order_id: purchaseOrderId,
  });
}

export function portfolioRunAlreadyConverted(portfolioRunId: number, purchaseOrderId: number | null): StoredRunConversionError {
  return new StoredRunConversionError(409, {
    code: 'portfolio_run_already_converted',
    message: 'The portfolio run was already converted into a purchase order',
    field: 'portfolio_run_id',
    portfolio_run_id: portfolioRunId,
    purchase_order_id: purchaseOrderId,
  });
}

/** Skipped run, `wait`, or every recommended quantity 0 (portfolio: no member has a line). */
export function proposalHasNoLines(run: StoredRunReference): StoredRunConversionError {
  const field = run.kind === 'proposal' ? 'proposal_id' : 'portfolio_run_id';
  return new StoredRunConversionError(409, {
    code: 'proposal_has_no_lines',
    message: 'The run recommends nothing to order',
    field,
    [field]: run.id,
  });
}
