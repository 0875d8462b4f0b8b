import { Injectable, Logger } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { PortfolioInputsLoader } from '../../analytics/application/portfolio-inputs.loader';
import { ArticleOrderExplanation } from '../../explanation/domain/order-explanation';
import { BundleRiskEntry } from '../../risk/domain/bundle-risk';
import { explanationsFrom, OrderExplanationPortfolio, PortfolioObserver, riskEntriesFrom } from '../domain/planning-portfolio';

export interface RiskPortfolioOptions {
  /** Build the human-readable trace of each risk entry (default true); internal consumers can skip it. */
  explanation?: boolean;
}

/** Bundle risk and order explanations of one selection, from one load, at one evaluation date. */
export interface RiskAndExplanations {
  target_date: string;
  riskEntries: BundleRiskEntry[];
  explanations: ArticleOrderExplanation[];
}

/**
 * The planning portfolios (02 §4.7–§4.10) over a selection (02 §4.8: the given ids that exist, in
 * the given order, or every active article by ascending id). Each call is one read-only
 * transaction with one bulk load and a constant number of statements, whatever the number of articles.
 */
@Injectable()
export class PlanningPortfolioService {
  private readonly logger = new Logger(PlanningPortfolioService.name);
  private readonly observer: PortfolioObserver = {
    missingBundleType: (articleId, bundleTypeId) =>
      this.logger.warn(`Article ${articleId}: recipe of missing bundle type ${bundleTypeId}; its capacity counts 0`),
    explanationFailed: (articleId, error) =>
      this.logger.error(`Order explanation of article ${articleId} failed; listed without reasons: ${(error as Error)?.message ?? error}`),
  };

  constructor(
    private readonly tx: TransactionHost,
    private readonly loader: PortfolioInputsLoader,
  ) {}

  /** The business "today": the database clock's date in PLANNING_TIME_ZONE. */
  businessToday(): Promise<string> {
    return this.loader.businessToday();
  }

  /** C7: risk entries by article in selection order, then ascending bundle type id. */
  async riskPortfolio(articleIds?: number[] | null, options: RiskPortfolioOptions = {}): Promise<BundleRiskEntry[]> {
    const inputs = await this.loader.load({ articleIds, byDefault: 'active' }, { snapshot: true });
    return riskEntriesFrom(inputs, options.explanation ?? true, this.observer);
  }

  /** C8 at `targetDate` (default: business today), one proposal run per article. */
  explanationPortfolio(targetDate?: string, articleIds?: number[] | null): Promise<OrderExplanationPortfolio> {
    return this.tx.read(async () => {
      const date = targetDate ?? (await this.businessToday());
      const inputs = await this.loader.load({ articleIds, byDefault: 'active' }, { proposal: true }, date);
      return { target_date: date, items: explanationsFrom(inputs, this.observer) };
    });
  }

  /** C7 and C8 of the same selection from one load (what the health portfolio, the dashboard and monitoring need). */
  riskAndExplanations(targetDate?: string, articleIds?: number[] | null, options: RiskPortfolioOptions = {}): Promise<RiskAndExplanations> {
    return this.tx.read(async () => {
      const date = targetDate ?? (await this.businessToday());
      const inputs = await this.loader.load({ articleIds, byDefault: 'active' }, { snapshot: true, proposal: true }, date);
      return {
        target_date: date,
        riskEntries: riskEntriesFrom(inputs, options.explanation ?? true, this.observer),
        explanations: explanationsFrom(inputs, this.observer),
      };
    });
  }
}
