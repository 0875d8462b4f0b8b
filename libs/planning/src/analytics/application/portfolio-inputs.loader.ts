import { Injectable } from '@nestjs/common';
import { AppConfig } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { ArticleColor, PortfolioArticle, PortfolioInputs, PortfolioSku } from '../domain/portfolio-inputs';
import { ColorSettingsRows, DefaultSelection, PortfolioArticleRow, PortfolioInputsRepository } from '../persistence/portfolio-inputs.repository';

/** Which articles to load: the given ids (de-duplicated, in the given order), else the default selection. */
export interface PortfolioSelection {
  articleIds?: number[] | null;
  byDefault: DefaultSelection;
  /** Keep only articles that have a planning-settings row (the proposal's own selection, 02 §4.2). */
  onlyWithSettings?: boolean;
}

/** The pieces a read model needs; each adds its statements once, whatever the number of articles. */
export interface PortfolioParts {
  /** C5 inputs: SKU stock, recipes, bundle listings and bundle sales. */
  snapshot?: boolean;
  /** C1 inputs at `targetDate` (WB sales and stock) of every selected article. */
  demand?: boolean;
  /** C2 inputs at `targetDate` (SKU units, colours with their minima, and demand of the active articles). */
  proposal?: boolean;
}

function groupByArticle<T extends { articleId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const group = groups.get(row.articleId);
    if (group) group.push(row);
    else groups.set(row.articleId, [row]);
  }
  return groups;
}

function toArticle(row: PortfolioArticleRow): PortfolioArticle {
  return {
    articleId: row.articleId,
    articleCode: row.articleCode,
    settings: row.hasSettings
      ? {
          isActive: row.isActive ?? false,
          minFabricBatch: row.minFabricBatch ?? 0,
          minElasticBatch: row.minElasticBatch ?? 0,
          strictness: row.strictness ?? 0,
          safetyStockDays: row.safetyStockDays,
          alertThresholdDays: row.alertThresholdDays,
        }
      : null,
    elasticMinimum: row.elasticMinimum ?? 0,
    elasticType:
      row.elasticTypeId !== null ? { id: row.elasticTypeId, name: row.elasticTypeName ?? '', minimum: row.elasticMinimum ?? 0 } : null,
    articleTargetCoverageDays: row.articleTargetCoverageDays,
    globalTargetCoverageDays: row.globalTargetCoverageDays,
  };
}

/** Per article of `articleIds`, the colours of its SKU units with their inner code and positive fabric minimum. */
function colorsOf(articleIds: number[], skus: Map<number, PortfolioSku[]>, settings: ColorSettingsRows): Map<number, Map<number, ArticleColor>> {
  const names = new Map(settings.names);
  const minima = new Map(settings.minima.map(([articleId, colorId, minimum]) => [`${articleId}:${colorId}`, minimum]));
  const colors = new Map<number, Map<number, ArticleColor>>();
  for (const articleId of articleIds) {
    const units = skus.get(articleId);
    if (!units) continue;
    const ofArticle = new Map<number, ArticleColor>();
    for (const { colorId } of units) {
      if (!ofArticle.has(colorId)) ofArticle.set(colorId, { name: names.get(colorId) ?? null, minimum: minima.get(`${articleId}:${colorId}`) ?? null });
    }
    colors.set(articleId, ofArticle);
  }
  return colors;
}

/** Given ids keep the caller's order (first occurrence); the default selection goes by ascending id. */
function inSelectionOrder(rows: PortfolioArticleRow[], articleIds?: number[] | null): PortfolioArticleRow[] {
  if (articleIds == null) return rows;
  const byId = new Map(rows.map((row) => [row.articleId, row]));
  return [...new Set(articleIds)].flatMap((id) => byId.get(id) ?? []);
}

/**
 * The one bulk load of a planning request (02 §6.4): the selected articles, then only the rows the
 * asked-for pieces need, each kind of row in one statement. Joins the caller's transaction, or
 * opens one read-only REPEATABLE READ transaction so every piece sees the same state.
 */
@Injectable()
export class PortfolioInputsLoader {
  constructor(
    private readonly tx: TransactionHost,
    private readonly config: AppConfig,
    private readonly repository: PortfolioInputsRepository,
  ) {}

  /** The business "today": the database clock's date in PLANNING_TIME_ZONE (02 W-BUG-2). */
  businessToday(): Promise<string> {
    return this.repository.businessToday(this.config.get('PLANNING_TIME_ZONE'));
  }

  load(selection: PortfolioSelection, parts: PortfolioParts, targetDate?: string): Promise<PortfolioInputs> {
    return this.tx.read(async () => {
      const rows = await this.repository.articles(selection.articleIds ?? null, selection.byDefault, selection.onlyWithSettings ?? false);
      const articles = inSelectionOrder(rows, selection.articleIds).map(toArticle);
      const inputs: PortfolioInputs = {
        articles,
        skus: new Map(),
        colors: new Map(),
        recipes: new Map(),
        bundleListings: new Map(),
        bundleTypeNames: new Map(),
        bundleSales: new Map(),
        wbDemand: new Map(),
      };
      if (articles.length === 0) return inputs;
      await this.repository.tuneForBulkReads();
      const ids = articles.map((article) => article.articleId);
      // The proposal only looks at the SKUs and demand of active articles (it skips the others first).
      const activeIds = articles.filter((article) => article.settings?.isActive).map((article) => article.articleId);
      const demandIds = parts.demand ? ids : parts.proposal ? activeIds : [];
      if (demandIds.length > 0 && targetDate === undefined) throw new Error('Demand and proposal inputs need a target date');

      const skuIds = parts.snapshot ? ids : parts.proposal ? activeIds : [];
      const colorIds = parts.proposal ? activeIds : [];
      const needsWbFigures = parts.snapshot || demandIds.length > 0;
      const readCatalog = async () => ({
        skus: skuIds.length > 0 ? await this.repository.skus(skuIds) : [],
        colorSettings: colorIds.length > 0 ? await this.repository.colorSettings(colorIds) : null,
        recipes: parts.snapshot ? await this.repository.recipes(ids) : [],
      });
      // Bundle listings' stock and both sales windows from one read of the listings.
      const readWb = async () => (needsWbFigures ? this.repository.wbFigures(parts.snapshot ? ids : [], demandIds, targetDate ?? null) : null);
      // Two halves of about equal cost, side by side: the second on a helper connection that shares this snapshot.
      const [catalog, wb] = needsWbFigures ? await this.tx.readSideBySide([readCatalog, readWb]) : [await readCatalog(), null];
      inputs.skus = groupByArticle(catalog.skus);
      const listings = wb?.bundleListings ?? [];
      for (const row of [...catalog.recipes, ...listings]) if (row.bundleTypeName !== null) inputs.bundleTypeNames.set(row.bundleTypeId, row.bundleTypeName);
      inputs.recipes = groupByArticle(catalog.recipes);
      inputs.bundleListings = groupByArticle(listings);
      if (wb) {
        inputs.bundleSales = groupByArticle(wb.bundleSales);
        inputs.wbDemand = new Map(wb.wbDemand.map((row) => [row.articleId, row]));
      }
      if (catalog.colorSettings) inputs.colors = colorsOf(colorIds, inputs.skus, catalog.colorSettings);
      return inputs;
    });
  }
}
