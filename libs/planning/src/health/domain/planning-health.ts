/*
 * C9 planning health and C10 article dashboard (02 §4.10, §4.11): pure aggregations over the
 * bundle risk entries (C7) and order explanations (C8) computed once per request.
 */

import { RISK_SEVERITY, RiskLevel } from '../../risk/domain/risk-level';

export type HealthRiskLevel = RiskLevel;

/** The fields of a C7 risk entry the health rules read. */
export interface HealthRiskInput {
  articleId: number;
  articleCode: string;
  bundleTypeId: number;
  bundleTypeName: string;
  riskLevel: HealthRiskLevel;
  daysOfCover: number | null;
  avgDailySales: number | null;
  totalAvailableBundles: number;
}

/** The fields of a C8 article explanation the health rules read (its wire-shaped entry). */
export interface HealthOrderInput {
  article_id: number;
  article_code: string;
  reasons: ReadonlyArray<{ final_order_qty: number; limiting_constraint: string | null }>;
}

export interface ArticleHealth {
  articleId: number;
  articleCode: string;
  worstRiskLevel: HealthRiskLevel | null;
  worstRiskBundleTypeId: number | null;
  worstRiskBundleTypeName: string | null;
  daysOfCover: number | null;
  avgDailySales: number | null;
  totalAvailableBundles: number | null;
  totalFinalOrderQty: number;
  dominantLimitingConstraint: string | null;
  hasCritical: boolean;
  hasWarning: boolean;
}

export interface ArticleDashboard<R extends HealthRiskInput, O extends HealthOrderInput> {
  articleId: number;
  articleCode: string | null;
  bundleTypeId: number | null;
  bundleTypeName: string | null;
  risk: R | null;
  order: O | null;
  health: ArticleHealth | null;
}

/** The most severe entry; on a tie the earliest one (portfolio order = lowest bundle type id). */
export function worstRiskEntry<R extends HealthRiskInput>(entries: readonly R[]): R | null {
  let worst: R | null = null;
  for (const entry of entries) {
    if (worst === null || RISK_SEVERITY[entry.riskLevel] > RISK_SEVERITY[worst.riskLevel]) worst = entry;
  }
  return worst;
}

/** Most frequent constraint other than "none" (ties: first seen); "none" only if nothing else occurs. */
export function dominantLimitingConstraint(constraints: ReadonlyArray<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const constraint of constraints) {
    if (constraint !== null) counts.set(constraint, (counts.get(constraint) ?? 0) + 1);
  }
  let dominant: string | null = null;
  for (const [constraint, count] of counts) {
    if (constraint === 'none') continue;
    if (dominant === null || count > (counts.get(dominant) ?? 0)) dominant = constraint;
  }
  return dominant ?? (counts.has('none') ? 'none' : null);
}

export function summarizeArticleHealth(
  articleId: number,
  riskEntries: readonly HealthRiskInput[],
  order: HealthOrderInput | null,
): ArticleHealth {
  const worst = worstRiskEntry(riskEntries);
  const reasons = order?.reasons ?? [];
  return {
    articleId: articleId,
    articleCode: riskEntries[0]?.articleCode ?? order?.article_code ?? '',
    worstRiskLevel: worst?.riskLevel ?? null,
    worstRiskBundleTypeId: worst?.bundleTypeId ?? null,
    worstRiskBundleTypeName: worst?.bundleTypeName ?? null,
    daysOfCover: worst?.daysOfCover ?? null,
    avgDailySales: worst?.avgDailySales ?? null,
    totalAvailableBundles: worst?.totalAvailableBundles ?? null,
    totalFinalOrderQty: reasons.reduce((sum, reason) => sum + reason.final_order_qty, 0),
    dominantLimitingConstraint: dominantLimitingConstraint(reasons.map((reason) => reason.limiting_constraint)),
    hasCritical: riskEntries.some((entry) => entry.riskLevel === 'critical'),
    hasWarning: riskEntries.some((entry) => entry.riskLevel === 'warning'),
  };
}

function riskEntriesByArticle<R extends HealthRiskInput>(entries: readonly R[]): Map<number, R[]> {
  const byArticle = new Map<number, R[]>();
  for (const entry of entries) {
    const group = byArticle.get(entry.articleId);
    if (group) group.push(entry);
    else byArticle.set(entry.articleId, [entry]);
  }
  return byArticle;
}

/** One summary per article present in either input, ascending `articleId`. */
export function buildHealthPortfolio(riskEntries: readonly HealthRiskInput[], orders: readonly HealthOrderInput[]): ArticleHealth[] {
  const risks = riskEntriesByArticle(riskEntries);
  const ordersByArticle = new Map(orders.map((order) => [order.article_id, order]));
  const articleIds = [...new Set([...risks.keys(), ...ordersByArticle.keys()])].sort((a, b) => a - b);
  return articleIds.map((id) => summarizeArticleHealth(id, risks.get(id) ?? [], ordersByArticle.get(id) ?? null));
}

/**
 * The dashboard of one article: its worst risk entry (W-INC-11), its order explanation and its
 * health summary; null when the article has none of the three (the caller answers 404). The health
 * summary needs the order explanation: C8 lists every existing article, so without one the inputs
 * are partial and the dashboard shows no health rather than half a summary (02 §5.8 example 60).
 */
export function buildArticleDashboard<R extends HealthRiskInput, O extends HealthOrderInput>(
  articleId: number,
  riskEntries: readonly R[],
  orders: readonly O[],
): ArticleDashboard<R, O> | null {
  const ownRisks = riskEntries.filter((entry) => entry.articleId === articleId);
  const order = orders.find((candidate) => candidate.article_id === articleId) ?? null;
  const risk = worstRiskEntry(ownRisks);
  const health = order ? summarizeArticleHealth(articleId, ownRisks, order) : null;
  if (risk === null && order === null && health === null) return null;
  return {
    articleId: articleId,
    articleCode: order?.article_code ?? risk?.articleCode ?? health?.articleCode ?? null,
    bundleTypeId: risk?.bundleTypeId ?? null,
    bundleTypeName: risk?.bundleTypeName ?? null,
    risk,
    order,
    health,
  };
}
