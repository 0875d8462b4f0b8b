import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { compactProposalBody, ExplainabilityMode, PlanningCoreError, ProposalBody } from '../domain';
import { ProposalListFilter, ProposalRunsRepository, ProposalSummaryRow, StoredRunResponse } from '../persistence/proposal-runs.repository';

/** `ProposalSummary` (05 §3.8) in wire key order. */
export interface ProposalSummary {
  proposal_id: number;
  article_id: number;
  portfolio_run_id: number | null;
  source: string;
  status: string;
  action: string | null;
  risk_level: string;
  as_of_date: string;
  generated_at: string;
  order_by_date: string | null;
  target_arrival_date: string | null;
  total_units: number;
  capital_required: number | null;
  purchase_order_id: number | null;
  converted_at: string | null;
}

export interface ProposalPage {
  items: ProposalSummary[];
  total: number;
  limit: number;
  offset: number;
}

/**
 * Reads of stored runs (05 §3.8, §3.9). A run answers the text it was created with; only the
 * conversion fields are taken from the row, so every other byte is the creating POST's.
 */
@Injectable()
export class ProposalRunsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly runs: ProposalRunsRepository,
  ) {}

  /** The stored proposal as JSON text, with its current conversion state (compact-trimmed on request). */
  async getProposal(proposalId: number, mode: ExplainabilityMode): Promise<string> {
    const stored = await this.tx.read(() => this.runs.findProposal(proposalId));
    if (!stored) {
      throw new PlanningCoreError(404, { code: 'proposal_not_found', message: 'Proposal not found', field: 'proposal_id', proposal_id: proposalId });
    }
    const body = withConversionState(stored) as unknown as ProposalBody;
    return JSON.stringify(mode === 'compact' ? compactProposalBody(body) : body);
  }

  async getPortfolioRun(portfolioRunId: number): Promise<string> {
    const stored = await this.tx.read(() => this.runs.findPortfolioRun(portfolioRunId));
    if (!stored) {
      throw new PlanningCoreError(404, {
        code: 'portfolio_run_not_found',
        message: 'Portfolio run not found',
        field: 'portfolio_run_id',
        portfolio_run_id: portfolioRunId,
      });
    }
    return JSON.stringify(withConversionState(stored));
  }

  async listProposals(filter: ProposalListFilter): Promise<ProposalPage> {
    const { items, total } = await this.tx.read(() => this.runs.listProposals(filter));
    return { items: items.map(toProposalSummary), total, limit: filter.limit, offset: filter.offset };
  }
}

/**
 * The stored body with `purchase_order_id`/`converted_at` from the row. JSON.parse keeps key order
 * and JSON.stringify writes every number back as it was written, so the rest is unchanged; keys
 * the body lacks (a portfolio body) are added at the end.
 */
function withConversionState(stored: StoredRunResponse): Record<string, unknown> {
  const body = JSON.parse(stored.responseText) as Record<string, unknown>;
  body.purchase_order_id = stored.purchaseOrderId;
  body.converted_at = stored.convertedAt;
  return body;
}

function toProposalSummary(row: ProposalSummaryRow): ProposalSummary {
  return {
    proposal_id: row.proposalId,
    article_id: row.articleId,
    portfolio_run_id: row.portfolioRunId,
    source: row.source,
    status: row.status,
    action: row.action,
    risk_level: row.riskLevel,
    as_of_date: row.asOfDate,
    generated_at: row.generatedAt,
    order_by_date: row.orderByDate,
    target_arrival_date: row.targetArrivalDate,
    total_units: row.totalUnits,
    capital_required: row.capitalRequired,
    purchase_order_id: row.purchaseOrderId,
    converted_at: row.convertedAt,
  };
}
