/** One (article, bundle type) risk entry as risk focus reads it. */
export interface RiskFocusEntry {
  articleId: number;
  articleCode: string;
  bundleTypeId: number | null;
  bundleTypeName: string | null;
  riskLevel: string;
  daysOfCover: number | null;
}

const LEVEL_PRIORITY: Readonly<Record<string, number>> = { critical: 0, warning: 1, no_data: 2, ok: 3, overstock: 4 };
const priorityOf = (level: string): number => LEVEL_PRIORITY[level] ?? 5;

/** 03 §2.13: level priority, then article id, bundle type id, article code; the first `limit`. */
export function riskFocus(entries: readonly RiskFocusEntry[], limit: number): RiskFocusEntry[] {
  return [...entries]
    .sort(
      (a, b) =>
        priorityOf(a.riskLevel) - priorityOf(b.riskLevel) ||
        a.articleId - b.articleId ||
        (a.bundleTypeId ?? -1) - (b.bundleTypeId ?? -1) ||
        (a.articleCode < b.articleCode ? -1 : a.articleCode > b.articleCode ? 1 : 0),
    )
    .slice(0, limit);
}
