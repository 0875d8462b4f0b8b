import { bundleCoverageOf } from '../../analytics/domain/article-snapshot';
import { proposeForArticle } from '../../analytics/domain/order-proposal';
import {
  hasSettings,
  missingBundleTypesOf,
  nscStockOf,
  PortfolioArticle,
  PortfolioInputs,
  proposalInputsOf,
  snapshotInputsOf,
} from '../../analytics/domain/portfolio-inputs';
import { explainEach } from '../../explanation/domain/explanation-portfolio';
import { ArticleOrderExplanation, ExplanationArticle, explainArticle } from '../../explanation/domain/order-explanation';
import { articleRiskEntries, BundleRiskEntry } from '../../risk/domain/bundle-risk';
import { riskThresholds } from '../../risk/domain/risk-level';

/*
 * Bundle risk (C7) and order explanations (C8) of a selection, derived from ONE load of its
 * inputs (02 §6.4 W-PERF-3): each article's snapshot and proposal are computed once.
 */

/** The C8 order explanation portfolio at the evaluation date actually used. */
export interface OrderExplanationPortfolio {
  /** The business today when no date was given. */
  target_date: string;
  items: ArticleOrderExplanation[];
}

export interface PortfolioObserver {
  /** A recipe refers to a bundle type that does not exist; its capacity counted 0 (W-BUG-6). */
  missingBundleType(articleId: number, bundleTypeId: number): void;
  /** Explaining one article failed; it is listed without reasons (W-BUG-6). */
  explanationFailed(articleId: number, error: unknown): void;
}

/** C7 entries grouped by article in selection order, then by ascending bundle type id. */
export function riskEntriesFrom(inputs: PortfolioInputs, withExplanation: boolean, observer: PortfolioObserver): BundleRiskEntry[] {
  return inputs.articles.flatMap((article) =>
    articleRiskEntries(
      { articleId: article.articleId, articleCode: article.articleCode, bundleCoverage: bundleCoverageOf(snapshotInputsOf(inputs, article)) },
      riskThresholds(article.settings ?? undefined),
      missingBundleTypesOf(inputs, article.articleId),
      withExplanation,
      (bundleTypeId) => observer.missingBundleType(article.articleId, bundleTypeId),
    ),
  );
}

function explanationArticleOf(inputs: PortfolioInputs, article: PortfolioArticle): ExplanationArticle {
  return {
    articleId: article.articleId,
    articleCode: article.articleCode,
    settings: article.settings && {
      strictness: article.settings.strictness,
      minFabricBatch: article.settings.minFabricBatch,
      minElasticBatch: article.settings.minElasticBatch,
    },
    elasticType: article.elasticType,
    colors: inputs.colors.get(article.articleId) ?? new Map(),
    nscStock: nscStockOf(inputs, article.articleId),
  };
}

/** C8 for one article from its own proposal run (an article's proposal depends on its own rows only, W-PERF-1). */
export function explanationOf(inputs: PortfolioInputs, article: PortfolioArticle): ArticleOrderExplanation {
  if (!hasSettings(article)) return { article_id: article.articleId, article_code: article.articleCode, reasons: [] };
  const proposal = proposeForArticle(proposalInputsOf(inputs, article, false), false, false);
  return explainArticle(explanationArticleOf(inputs, article), proposal.trace, proposal.colorOrder);
}

/** C8 for every selected article, in selection order; a failing article degrades to no reasons. */
export function explanationsFrom(
  inputs: PortfolioInputs,
  observer: PortfolioObserver,
  explainOne: (inputs: PortfolioInputs, article: PortfolioArticle) => ArticleOrderExplanation = explanationOf,
): ArticleOrderExplanation[] {
  return explainEach(
    inputs.articles,
    (article) => explainOne(inputs, article),
    (article, error) => observer.explanationFailed(article.articleId, error),
  );
}
