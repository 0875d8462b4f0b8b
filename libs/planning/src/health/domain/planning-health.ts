/*
 * C9 planning health and C10 article dashboard (02 §4.10, §4.11): pure aggregations over the
 * bundle risk entries (C7) and order explanations (C8) computed once per request.
 */

export type HealthRiskLevel = 'ok' | 'warning' | 'critical' | 'overstock' | 'no_data';

/** The fields of a C7 risk entry the health rules read. */
export interface HealthRiskInput {
  article_id: number;
  article_code: string;
  bundle_type_id: number;
  bundle_type_name: string;
  risk_level: HealthRiskLevel;
  days_of_cover: number | null;
  avg_daily_sales: number | null;
  total_available_bundles: number;
}

/** The fields of a C8 article explanation the health rules read. */
export interface HealthOrderInput {
  article_id: number;
  article_code: string;
  reasons: ReadonlyArray<{ final_order_qty: number; limiting_constraint: string | null }>;
}

export interface ArticleHealth {
  article_id: number;
  article_code: string;
  worst_risk_level: HealthRiskLevel | null;
  worst_risk_bundle_type_id: number | null;
  worst_risk_bundle_type_name: string | null;
  days_of_cover: number | null;
  avg_daily_sales: number | null;
  total_available_bundles: number | null;
  total_final_order_qty: number;
  dominant_limiting_constraint: string | null;
  has_critical: boolean;
  has_warning: boolean;
}

export interface ArticleDashboard<R extends HealthRiskInput, O extends HealthOrderInput> {
  article_id: number;
  article_code: string | null;
  bundle_type_id: number | null;
  bundle_type_name: string | null;
  risk: R | null;
  order: O | null;
  health: ArticleHealth | null;
}

const SEVERITY: Record<HealthRiskLevel, number> = { critical: 5, warning: 4, ok: 3, overstock: 2, no_data: 1 };

/** The most severe entry; on a tie the earliest one (portfolio order = lowest bundle type id). */
export function worstRiskEntry<R extends HealthRiskInput>(entries: readonly R[]): R | null {
  let worst: R | null = null;
  for (const entry of entries) {
    if (worst === null || SEVERITY[entry.risk_level] > SEVERITY[worst.risk_level]) worst = entry;
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
    article_id: articleId,
    article_code: riskEntries[0]?.article_code ?? order?.article_code ?? '',
    worst_risk_level: worst?.risk_level ?? null,
    worst_risk_bundle_type_id: worst?.bundle_type_id ?? null,
    worst_risk_bundle_type_name: worst?.bundle_type_name ?? null,
    days_of_cover: worst?.days_of_cover ?? null,
    avg_daily_sales: worst?.avg_daily_sales ?? null,
    total_available_bundles: worst?.total_available_bundles ?? null,
    total_final_order_qty: reasons.reduce((sum, reason) => sum + reason.final_order_qty, 0),
    dominant_limiting_constraint: dominantLimitingConstraint(reasons.map((reason) => reason.limiting_constraint)),
    has_critical: riskEntries.some((entry) => entry.risk_level === 'critical'),
    has_warning: riskEntries.some((entry) => entry.risk_level === 'warning'),
  };
}

function riskEntriesByArticle<R extends HealthRiskInput>(entries: readonly R[]): Map<number, R[]> {
  const byArticle = new Map<number, R[]>();
  for (const entry of entries) {
    const group = byArticle.get(entry.article_id);
    if (group) group.push(entry);
    else byArticle.set(entry.article_id, [entry]);
  }
  return byArticle;
}

/** One summary per article present in either input, ascending `article_id`. */
export function buildHealthPortfolio(riskEntries: readonly HealthRiskInput[], orders: readonly HealthOrderInput[]): ArticleHealth[] {
  const risks = riskEntriesByArticle(riskEntries);
  const ordersByArticle = new Map(orders.map((order) => [order.article_id, order]));
  const articleIds = [...new Set([...risks.keys(), ...ordersByArticle.keys()])].sort((a, b) => a - b);
  return articleIds.map((id) => summarizeArticleHealth(id, risks.get(id) ?? [], ordersByArticle.get(id) ?? null));
}

/**
 * The dashboard of one article: its worst risk entry (W-INC-11), its order explanation and its
 * health summary; null when the article has none of the three (the caller answers 404).
 */
export function buildArticleDashboard<R extends HealthRiskInput, O extends HealthOrderInput>(
  articleId: number,
  riskEntries: readonly R[],
  orders: readonly O[],
): ArticleDashboard<R, O> | null {
  const ownRisks = riskEntries.filter((entry) => entry.article_id === articleId);
  const order = orders.find((candidate) => candidate.article_id === articleId) ?? null;
  const risk = worstRiskEntry(ownRisks);
  const health = buildHealthPortfolio(ownRisks, order ? [order] : [])[0] ?? null;
  if (risk === null && order === null && health === null) return null;
  return {
    article_id: articleId,
    article_code: order?.article_code ?? risk?.article_code ?? health?.article_code ?? null,
    bundle_type_id: risk?.bundle_type_id ?? null,
    bundle_type_name: risk?.bundle_type_name ?? null,
    risk,
    order,
    health,
  };
}
