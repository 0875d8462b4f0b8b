import { Injectable } from '@nestjs/common';
import { PlanningPortfolioService, RiskPortfolioOptions } from '../../portfolio/application/planning-portfolio.service';
import { BundleRiskEntry } from '../domain/bundle-risk';

export type BundleRiskOptions = RiskPortfolioOptions;

/** C7, the bundle risk portfolio (02 §4.7): every bundle coverage entry of the selected articles with its risk level. */
@Injectable()
export class BundleRiskService {
  constructor(private readonly portfolios: PlanningPortfolioService) {}

  /**
   * Entries grouped by article in selection order, then by ascending bundle type id. Absent or null
   * `articleIds` selects the active articles by ascending id; given ids are taken as they are
   * (inactive ones included) and unknown ones skipped. A constant number of statements, in one read transaction.
   */
  portfolio(articleIds?: number[] | null, options: BundleRiskOptions = {}): Promise<BundleRiskEntry[]> {
    return this.portfolios.riskPortfolio(articleIds, options);
  }

  /** Entries of the given articles, in the order given; unknown ids contribute nothing. */
  riskEntriesOf(articleIds: number[], options: BundleRiskOptions = {}): Promise<BundleRiskEntry[]> {
    return this.portfolios.riskPortfolio(articleIds, options);
  }
}
