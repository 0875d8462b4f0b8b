import { BundleListing, BundleSales, SnapshotInputs } from './article-snapshot';
import { computeDemand, DemandInputs } from './demand';
import { ArticleProposalInputs, buildOrderProposal, OrderProposal, ProposalSku } from './order-proposal';

/*
 * Everything the planning read models of one request are computed from (02 §6.4 W-PERF-2/3): the
 * rows are loaded once, in bulk, and every piece (demand, proposal, snapshot, risk, explanation)
 * is derived from the same load, so each is computed once and sees one consistent state.
 */

/** One selected article with its planning-settings row (if any) and article-level settings. */
export interface PortfolioArticle {
  articleId: number;
  articleCode: string;
  /** The planning_settings row; null when the article has none. */
  settings: {
    isActive: boolean;
    minFabricBatch: number;
    minElasticBatch: number;
    strictness: number;
    safetyStockDays: number | null;
    alertThresholdDays: number | null;
  } | null;
  /** The largest positive elastic-type minimum of the article, or 0. */
  elasticMinimum: number;
  /** The elastic type giving that minimum (lowest settings id on a tie); null without one. */
  elasticType: { id: number; name: string; minimum: number } | null;
  articleTargetCoverageDays: number | null;
  globalTargetCoverageDays: number | null;
}

/** One SKU unit with everything the proposal and the snapshot read of it. */
export interface PortfolioSku extends ProposalSku {
  sizeLabel: string | null;
  /** Whether any internal warehouse has a balance row for it. */
  heldAtNsc: boolean;
}

/** A colour of an article's SKU units: its inner code (null without a colour row) and positive fabric minimum. */
export interface ArticleColor {
  name: string | null;
  minimum: number | null;
}

export interface RecipeRow {
  bundleTypeId: number;
  colorId: number;
  /** False for a recipe whose bundle type does not exist (data written without the foreign keys). */
  bundleTypeExists: boolean;
}

/** C1's WB figures of one article at the target date, aggregated in the database. */
export type WbDemandFigures = Pick<DemandInputs, 'listingCount' | 'totalSales' | 'daysWithSales' | 'wbStock'>;

/** The rows of the selected articles, grouped per article; a part not asked for stays empty. */
export interface PortfolioInputs {
  /** The selected existing articles, in selection order. */
  articles: PortfolioArticle[];
  skus: Map<number, PortfolioSku[]>;
  /** Per article, the colours of its SKU units. */
  colors: Map<number, Map<number, ArticleColor>>;
  recipes: Map<number, RecipeRow[]>;
  bundleListings: Map<number, BundleListing[]>;
  bundleTypeNames: Map<number, string>;
  bundleSales: Map<number, BundleSales[]>;
  wbDemand: Map<number, WbDemandFigures>;
}

export const NO_WB_DEMAND: WbDemandFigures = { listingCount: 0, totalSales: 0, daysWithSales: 0, wbStock: 0 };

export function demandInputsOf(inputs: PortfolioInputs, article: PortfolioArticle): DemandInputs {
  return {
    articleId: article.articleId,
    ...(inputs.wbDemand.get(article.articleId) ?? NO_WB_DEMAND),
    articleTargetCoverageDays: article.articleTargetCoverageDays,
    globalTargetCoverageDays: article.globalTargetCoverageDays,
  };
}

export function snapshotInputsOf(inputs: PortfolioInputs, article: PortfolioArticle): SnapshotInputs {
  const recipes = new Map<number, number[]>();
  for (const row of inputs.recipes.get(article.articleId) ?? []) {
    const colors = recipes.get(row.bundleTypeId);
    if (colors) colors.push(row.colorId);
    else recipes.set(row.bundleTypeId, [row.colorId]);
  }
  return {
    articleId: article.articleId,
    articleCode: article.articleCode,
    skus: inputs.skus.get(article.articleId) ?? [],
    recipes,
    bundleListings: inputs.bundleListings.get(article.articleId) ?? [],
    bundleTypeNames: inputs.bundleTypeNames,
    bundleSales: inputs.bundleSales.get(article.articleId) ?? [],
  };
}

/** Recipe bundle types of the article that do not exist (W-BUG-6). */
export function missingBundleTypesOf(inputs: PortfolioInputs, articleId: number): Set<number> {
  return new Set((inputs.recipes.get(articleId) ?? []).filter((row) => !row.bundleTypeExists).map((row) => row.bundleTypeId));
}

/** Colour → positive fabric minimum, for the colours of the article's SKU units. */
function colorMinimaOf(inputs: PortfolioInputs, articleId: number): Map<number, number> {
  const minima = new Map<number, number>();
  for (const [colorId, color] of inputs.colors.get(articleId) ?? []) if (color.minimum !== null) minima.set(colorId, color.minimum);
  return minima;
}

export type ArticleWithSettings = PortfolioArticle & { settings: NonNullable<PortfolioArticle['settings']> };

export const hasSettings = (article: PortfolioArticle): article is ArticleWithSettings => article.settings !== null;

/**
 * C2's inputs for an article with planning settings; C1 is computed for active articles only (the
 * others are skipped first), with its text only when the proposal's texts are asked for.
 */
export function proposalInputsOf(inputs: PortfolioInputs, article: ArticleWithSettings, withExplanation = true): ArticleProposalInputs {
  const demand = article.settings.isActive ? computeDemand(demandInputsOf(inputs, article), withExplanation) : null;
  return {
    settings: {
      articleId: article.articleId,
      isActive: article.settings.isActive,
      minFabricBatch: article.settings.minFabricBatch,
      minElasticBatch: article.settings.minElasticBatch,
      strictness: article.settings.strictness,
    },
    skus: inputs.skus.get(article.articleId) ?? [],
    colorMinima: colorMinimaOf(inputs, article.articleId),
    elasticMinimum: article.elasticMinimum,
    demand,
  };
}

/** Σ NSC stock of the article's SKU units (the NSC pool of 02 W-INC-2). */
export function nscStockOf(inputs: PortfolioInputs, articleId: number): number {
  return (inputs.skus.get(articleId) ?? []).reduce((sum, sku) => sum + sku.nscStock, 0);
}

/** C2 over the loaded articles that have planning settings, in their order (02 §4.2). */
export function proposalFromInputs(inputs: PortfolioInputs, targetDate: string, withExplanation: boolean): OrderProposal {
  return buildOrderProposal(
    targetDate,
    inputs.articles.filter(hasSettings).map((article) => proposalInputsOf(inputs, article, withExplanation)),
    withExplanation,
  );
}
