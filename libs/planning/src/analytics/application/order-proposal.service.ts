import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { computeDemand, Demand } from '../domain/demand';
import { ArticleProposalInputs, buildOrderProposal, OrderProposal, ProposalSku } from '../domain/order-proposal';
import { DemandRepository } from '../persistence/demand.repository';
import { OrderProposalRepository } from '../persistence/order-proposal.repository';

export interface ProposalOptions {
  /** Build the explanation texts (default false: internal consumers only need quantities). */
  explanation?: boolean;
  /** Restrict the proposal to these articles (each article's proposal depends on its own rows only). */
  articleIds?: number[];
}

function groupBy<T>(rows: T[], key: (row: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

/** C2, the purchase proposal: used by GET /planning/order-proposal and by purchase-order creation. */
@Injectable()
export class OrderProposalService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly proposals: OrderProposalRepository,
    private readonly demands: DemandRepository,
  ) {}

  /**
   * The proposal for `targetDate` over every planning-settings row (ascending article_id), loaded
   * with a constant number of statements whatever the number of articles. Joins the caller's
   * transaction when there is one.
   */
  computeProposal(targetDate: string, options: ProposalOptions = {}): Promise<OrderProposal> {
    const withExplanation = options.explanation ?? false;
    return this.tx.read(async () => {
      const settings = await this.proposals.loadSettings(options.articleIds);
      const activeIds = settings.filter((row) => row.isActive).map((row) => row.articleId);
      if (settings.length === 0) return buildOrderProposal(targetDate, [], withExplanation);
      const skus = groupBy(await this.proposals.loadSkus(activeIds), (row) => row.articleId);
      const colorMinima = groupBy(await this.proposals.loadColorMinima(activeIds), (row) => row.articleId);
      const elasticMinima = new Map((await this.proposals.loadElasticMinima(activeIds)).map((row) => [row.articleId, row.quantity]));
      const demands = new Map<number, Demand>(
        (await this.demands.loadDemandInputs(activeIds, targetDate)).map((inputs) => [inputs.articleId, computeDemand(inputs)]),
      );

      const articles: ArticleProposalInputs[] = settings.map((row) => ({
        settings: row,
        skus: (skus.get(row.articleId) ?? []) as ProposalSku[],
        colorMinima: new Map((colorMinima.get(row.articleId) ?? []).map((minimum) => [minimum.colorId, minimum.quantity])),
        elasticMinimum: elasticMinima.get(row.articleId) ?? 0,
        demand: demands.get(row.articleId) ?? null,
      }));
      return buildOrderProposal(targetDate, articles, withExplanation);
    });
  }
}
