import { Injectable } from '@nestjs/common';
import { BundleRiskEntry, PlanningPortfolioService } from '@supply-brain/planning';

/** What monitoring reads of the planning area: the risk entries and, per active article, its order reasons. */
export interface PlanningPortfolios {
  riskEntries: BundleRiskEntry[];
  orderTotals: { articleId: number; finalOrderQuantities: number[] }[];
}

/**
 * The single door from monitoring into the planning read models. Both portfolios come from one
 * bulk load per build; broken articles are isolated by planning itself (02 W-BUG-6: logged, capacity
 * 0, explanation without reasons), so a snapshot never fails for bad data.
 */
@Injectable()
export class PlanningInputs {
  constructor(private readonly planning: PlanningPortfolioService) {}

  /** The bundle risk portfolio over the active articles, without explanation texts. */
  riskEntries(): Promise<BundleRiskEntry[]> {
    return this.planning.riskPortfolio(null, { explanation: false });
  }

  /** Both portfolios over the active articles; `targetDate` defaults to the business today. */
  async portfolios(targetDate?: string): Promise<PlanningPortfolios> {
    const { riskEntries, explanations } = await this.planning.riskAndExplanations(targetDate, null, { explanation: false });
    return {
      riskEntries,
      orderTotals: explanations.map((item) => ({
        articleId: item.article_id,
        finalOrderQuantities: item.reasons.map((reason) => reason.final_order_qty),
      })),
    };
  }
}
