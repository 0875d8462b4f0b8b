import { Injectable } from '@nestjs/common';
import { PlanningPortfolioService } from '../../portfolio/application/planning-portfolio.service';
import type { OrderExplanationPortfolio } from '../../portfolio/domain/planning-portfolio';

export type { OrderExplanationPortfolio };

/**
 * C8, why each article is ordered the way it is (02 §4.9): used by
 * GET /planning/order-explanation-portfolio, the health portfolio and the article dashboard.
 */
@Injectable()
export class OrderExplanationService {
  constructor(private readonly portfolios: PlanningPortfolioService) {}

  /** The business "today": the database clock's date in PLANNING_TIME_ZONE. */
  businessToday(): Promise<string> {
    return this.portfolios.businessToday();
  }

  /**
   * Explanations of the selected articles (02 §4.8: the given ids that exist, in the given order,
   * or every active article by ascending id) at `targetDate` (default: business today), one
   * proposal run per article, with a constant number of statements. Joins the caller's
   * transaction when there is one.
   */
  explain(targetDate?: string, articleIds?: number[]): Promise<OrderExplanationPortfolio> {
    return this.portfolios.explanationPortfolio(targetDate, articleIds);
  }
}
