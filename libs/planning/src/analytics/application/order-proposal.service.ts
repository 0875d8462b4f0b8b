import { Injectable } from '@nestjs/common';
import { OrderProposal } from '../domain/order-proposal';
import { proposalFromInputs } from '../domain/portfolio-inputs';
import { PortfolioInputsLoader } from './portfolio-inputs.loader';

export interface ProposalOptions {
  /** Build the explanation texts (default false: internal consumers only need quantities). */
  explanation?: boolean;
  /** Restrict the proposal to these articles (each article's proposal depends on its own rows only). */
  articleIds?: number[];
}

/** C2, the purchase proposal: used by GET /planning/order-proposal and by purchase-order creation. */
@Injectable()
export class OrderProposalService {
  constructor(private readonly loader: PortfolioInputsLoader) {}

  /**
   * The proposal for `targetDate` over every planning-settings row (ascending article_id), loaded
   * with a constant number of statements whatever the number of articles. Joins the caller's
   * transaction when there is one.
   */
  async computeProposal(targetDate: string, options: ProposalOptions = {}): Promise<OrderProposal> {
    const inputs = await this.loader.load(
      { articleIds: options.articleIds ? [...options.articleIds].sort((a, b) => a - b) : null, byDefault: 'with-settings', onlyWithSettings: true },
      { proposal: true },
      targetDate,
    );
    return proposalFromInputs(inputs, targetDate, options.explanation ?? false);
  }
}
