import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { ArticleOrderExplanation } from '../../explanation';
import { PlanningPortfolioService } from '../../portfolio/application/planning-portfolio.service';
import { BundleRiskEntry } from '../../risk';
import { ArticleDashboard, ArticleHealth, buildArticleDashboard, buildHealthPortfolio } from '../domain/planning-health';
import { PlanningHealthRepository } from '../persistence/planning-health.repository';

export type ArticleDashboardView = ArticleDashboard<BundleRiskEntry, ArticleOrderExplanation>;

/**
 * C9 and C10 (02 §4.10, §4.11): the risk portfolio and the order explanations come from ONE load
 * of the selection's inputs, in one read transaction, and the health summaries are derived from
 * them (W-PERF-3).
 */
@Injectable()
export class PlanningHealthService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly portfolios: PlanningPortfolioService,
    private readonly repository: PlanningHealthRepository,
  ) {}

  /** Health of the selected articles (02 §4.8) at `targetDate` (default: business today), ascending article id. */
  async healthPortfolio(articleIds?: number[], targetDate?: string): Promise<ArticleHealth[]> {
    const { riskEntries, explanations } = await this.portfolios.riskAndExplanations(targetDate, articleIds, { explanation: false });
    return buildHealthPortfolio(riskEntries, explanations);
  }

  /** Risk (worst entry, W-INC-11), order explanation and health of one article; 404 before any computation if it does not exist. */
  articleDashboard(articleId: number, targetDate?: string): Promise<ArticleDashboardView> {
    return this.tx.read(async () => {
      if (!(await this.repository.articleExists(articleId))) throw new NotFoundError('Article not found');
      const { riskEntries, explanations } = await this.portfolios.riskAndExplanations(targetDate, [articleId]);
      const dashboard = buildArticleDashboard(articleId, riskEntries, explanations);
      if (dashboard === null) throw new NotFoundError('Article not found');
      return dashboard;
    });
  }
}
