import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { ArticleOrderExplanation, OrderExplanationService } from '../../explanation';
import { BundleRiskEntry, BundleRiskService } from '../../risk';
import { ArticleDashboard, ArticleHealth, buildArticleDashboard, buildHealthPortfolio } from '../domain/planning-health';
import { PlanningHealthRepository } from '../persistence/planning-health.repository';

export type ArticleDashboardView = ArticleDashboard<BundleRiskEntry, ArticleOrderExplanation>;

/**
 * C9 and C10 (02 §4.10, §4.11): the risk portfolio and the order explanations are each computed
 * once per request, in one read transaction, and the health summaries derived from them (W-PERF-3).
 */
@Injectable()
export class PlanningHealthService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly risk: BundleRiskService,
    private readonly explanations: OrderExplanationService,
    private readonly repository: PlanningHealthRepository,
  ) {}

  /** Health of the selected articles (02 §4.8) at `targetDate` (default: business today), ascending article id. */
  healthPortfolio(articleIds?: number[], targetDate?: string): Promise<ArticleHealth[]> {
    return this.tx.read(async () => {
      const date = targetDate ?? (await this.explanations.businessToday());
      const riskEntries = await this.risk.portfolio(articleIds, { explanation: false });
      const orders = await this.explanations.explain(date, articleIds);
      return buildHealthPortfolio(riskEntries, orders.items);
    });
  }

  /** Risk (worst entry, W-INC-11), order explanation and health of one article; 404 before any computation if it does not exist. */
  articleDashboard(articleId: number, targetDate?: string): Promise<ArticleDashboardView> {
    return this.tx.read(async () => {
      if (!(await this.repository.articleExists(articleId))) throw new NotFoundError('Article not found');
      const date = targetDate ?? (await this.explanations.businessToday());
      const riskEntries = await this.risk.riskEntriesOf([articleId]);
      const orders = await this.explanations.explain(date, [articleId]);
      const dashboard = buildArticleDashboard(articleId, riskEntries, orders.items);
      if (dashboard === null) throw new NotFoundError('Article not found');
      return dashboard;
    });
  }
}
