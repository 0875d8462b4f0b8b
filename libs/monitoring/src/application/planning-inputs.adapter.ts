import { Injectable } from '@nestjs/common';
import { BundleRiskEntry, BundleRiskService, OrderExplanationService } from '@supply-brain/planning';

/** What monitoring reads of the planning area: the risk entries and, per active article, its order reasons. */
export interface PlanningPortfolios {
  riskEntries: BundleRiskEntry[];
  orderTotals: { articleId: number; finalOrderQuantities: number[] }[];
}

/**
 * The single door from monitoring into the planning read models, so switching to a combined
 * loader changes only this class. Broken articles are isolated by planning itself (02 W-BUG-6).
 */
@Injectable()
export class PlanningInputs {
  constructor(
    private readonly risk: BundleRiskService,
    private readonly explanations: OrderExplanationService,
  ) {}

  /** The bundle risk portfolio over the active articles, without explanation texts. */
  riskEntries(): Promise<BundleRiskEntry[]> {
    return this.risk.portfolio(null, { explanation: false });
  }

  /** Both portfolios over the active articles; `targetDate` defaults to the business today. */
  async portfolios(targetDate?: string): Promise<PlanningPortfolios> {
    const riskEntries = await this.riskEntries();
    const explanation = await this.explanations.explain(targetDate);
    return {
      riskEntries,
      orderTotals: explanation.items.map((item) => ({
        articleId: item.article_id,
        finalOrderQuantities: item.reasons.map((reason) => reason.final_order_qty),
      })),
    };
  }
}
