import type { ArticleProposalTrace, LimitingConstraint } from '../../analytics';

/** The rows of one selected article that the explanation reads besides the proposal itself. */
export interface ExplanationArticle {
  articleId: number;
  articleCode: string;
  /** The article's planning_settings row; null when it has none. */
  settings: { strictness: number; minFabricBatch: number; minElasticBatch: number } | null;
  /** The elastic type with the largest positive minimum (lowest settings id on a tie). */
  elasticType: { id: number; name: string; minimum: number } | null;
  /** Per SKU colour: its inner code and positive fabric minimum. */
  colors: Map<number, { name: string | null; minimum: number | null }>;
  /** Σ stock_balance of the article's SKUs over internal warehouses (02 W-BUG-4). */
  nscStock: number;
}

/** One colour of an article that received a positive proposal (02 §3.7 OrderProposalReason). */
export interface OrderProposalReason {
  article_id: number;
  article_code: string;
  color_id: number | null;
  color_name: string | null;
  elastic_type_id: number | null;
  elastic_type_name: string | null;
  proposed_qty: number;
  base_deficit: number;
  strictness: number;
  adjusted_deficit: number;
  min_fabric_batch: number | null;
  min_elastic_batch: number | null;
  color_min_batch: number | null;
  total_available_before: number;
  forecast_horizon_days: number | null;
  final_order_qty: number;
  limiting_constraint: LimitingConstraint | null;
  explanation: string;
}

export interface ArticleOrderExplanation {
  article_id: number;
  article_code: string;
  reasons: OrderProposalReason[];
}

const positiveOrNull = (value: number | null | undefined): number | null => (value !== null && value !== undefined && value > 0 ? value : null);

/** The article-level elastic minimum: the larger of the settings value and the binding elastic type's. */
function elasticMinimumOf(article: ExplanationArticle): number | null {
  const candidates = [positiveOrNull(article.settings?.minElasticBatch), positiveOrNull(article.elasticType?.minimum)];
  const present = candidates.filter((value): value is number => value !== null);
  return present.length > 0 ? Math.max(...present) : null;
}

const show = (value: number | null): string => (value === null ? 'none' : String(value));

/**
 * C8 for one article (02 §4.9) from the very proposal run that produced its quantities: one reason
 * per colour with a positive quantity, in the order of the colour's first proposal item
 * (`colorOrder`), the limiting constraint being the last proposal step that raised the colour
 * (W-INC-4). Without a trace (no settings, inactive, no deficit) the article has no reasons.
 */
export function explainArticle(article: ExplanationArticle, trace: ArticleProposalTrace | null, colorOrder: number[]): ArticleOrderExplanation {
  const explanation: ArticleOrderExplanation = { article_id: article.articleId, article_code: article.articleCode, reasons: [] };
  if (!article.settings || !trace) return explanation;

  const strictness = article.settings.strictness;
  const factor = strictness > 0 ? strictness : 1.0;
  const adjustedDeficit = trace.baseDeficit * factor;
  const minFabricBatch = positiveOrNull(article.settings.minFabricBatch);
  const minElasticBatch = elasticMinimumOf(article);
  const totalAvailableBefore = trace.wbStock + article.nscStock;
  const colorsById = new Map(trace.colors.map((color) => [color.colorId, color]));

  for (const colorId of colorOrder) {
    const color = colorsById.get(colorId);
    if (!color || color.quantity <= 0) continue;
    const colorRow = article.colors.get(colorId);
    const colorMinBatch = positiveOrNull(colorRow?.minimum);
    explanation.reasons.push({
      article_id: article.articleId,
      article_code: article.articleCode,
      color_id: colorId,
      color_name: colorRow?.name ?? null,
      elastic_type_id: article.elasticType?.id ?? null,
      elastic_type_name: article.elasticType?.name ?? null,
      proposed_qty: trace.proposedQty,
      base_deficit: trace.baseDeficit,
      strictness,
      adjusted_deficit: adjustedDeficit,
      min_fabric_batch: minFabricBatch,
      min_elastic_batch: minElasticBatch,
      color_min_batch: colorMinBatch,
      total_available_before: totalAvailableBefore,
      forecast_horizon_days: trace.forecastHorizonDays,
      final_order_qty: color.quantity,
      limiting_constraint: color.limitingConstraint,
      explanation:
        `base_deficit=${trace.baseDeficit}, strictness=${strictness}, adjusted_deficit=${adjustedDeficit.toFixed(3)}, ` +
        `proposed_qty=${trace.proposedQty}; min_fabric_batch=${show(minFabricBatch)}, min_elastic_batch=${show(minElasticBatch)}, ` +
        `color_min_batch=${show(colorMinBatch)}; total_available_before=${totalAvailableBefore}, ` +
        `forecast_horizon_days=${trace.forecastHorizonDays}; final_order_qty=${color.quantity}, ` +
        `limiting_constraint=${color.limitingConstraint}.`,
    });
  }
  return explanation;
}
