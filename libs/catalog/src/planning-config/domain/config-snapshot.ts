/*
 * The planning configuration of articles, as read by the config snapshot: plain data and the pure
 * assembly of per-table rows into one entry per article.
 */

export interface GlobalDefaults {
  targetCoverageDays: number;
  leadTimeDays: number;
  serviceLevelPercent: number;
  fabricMinBatchQty: number;
  elasticMinBatchQty: number;
}

export interface ArticleRef {
  id: number;
  code: string;
}

/** A row of `article_planning_settings`. */
export interface ArticleOverrides {
  articleId: number;
  targetCoverageDays: number | null;
  includeInPlanning: boolean;
  priority: number;
  leadTimeDays: number | null;
  serviceLevelPercent: number | null;
}

/** A row of `planning_settings`. */
export interface ArticlePlanningParameters {
  articleId: number;
  isActive: boolean;
  minFabricBatch: number;
  minElasticBatch: number;
  strictness: number;
  alertThresholdDays: number;
  safetyStockDays: number;
  notes: string | null;
}

export interface ColorMinimum {
  articleId: number;
  colorId: number;
  fabricMinBatchQty: number | null;
}

export interface ElasticMinimum {
  articleId: number;
  elasticTypeId: number;
  elasticTypeName: string;
  elasticMinBatchQty: number | null;
}

/** Every settings row of a set of articles, one list per table. */
export interface ArticleSettingsRows {
  overrides: ArticleOverrides[];
  parameters: ArticlePlanningParameters[];
  colors: ColorMinimum[];
  elastics: ElasticMinimum[];
}

export interface ArticleConfig {
  article: ArticleRef;
  overrides: ArticleOverrides | null;
  parameters: ArticlePlanningParameters | null;
  /** Ascending colour id. */
  colors: ColorMinimum[];
  /** Ascending elastic type id. */
  elastics: ElasticMinimum[];
}

export interface ConfigSnapshot {
  global: GlobalDefaults | null;
  articles: ArticleConfig[];
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

/** One entry per article, in the order the articles are given; rows of other articles are ignored. */
export function assembleArticleConfigs(articles: ArticleRef[], rows: ArticleSettingsRows): ArticleConfig[] {
  const overrides = new Map(rows.overrides.map((row) => [row.articleId, row]));
  const parameters = new Map(rows.parameters.map((row) => [row.articleId, row]));
  const colors = groupByArticle(rows.colors);
  const elastics = groupByArticle(rows.elastics);
  return articles.map((article) => ({
    article,
    overrides: overrides.get(article.id) ?? null,
    parameters: parameters.get(article.id) ?? null,
    colors: [...(colors.get(article.id) ?? [])].sort((a, b) => a.colorId - b.colorId),
    elastics: [...(elastics.get(article.id) ?? [])].sort((a, b) => a.elasticTypeId - b.elasticTypeId),
  }));
}

/** Global defaults do not count: an article is configured only by rows of its own (a null quantity still counts). */
export function hasOwnSettings(config: ArticleConfig): boolean {
  return config.overrides !== null || config.parameters !== null || config.colors.length > 0 || config.elastics.length > 0;
}
