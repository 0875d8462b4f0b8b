import { Demand } from './demand';
import { applyStrictness, splitEvenly, splitProportionally } from './exact-arithmetic';

/** The planning_settings row of one article, as the proposal reads it. */
export interface ProposalSettings {
  articleId: number;
  isActive: boolean;
  minFabricBatch: number;
  minElasticBatch: number;
  strictness: number;
}

export interface ProposalSku {
  skuUnitId: number;
  colorId: number;
  sizeId: number;
  /** A missing size row counts as 0. */
  sizeSortOrder: number;
  /** NSC stock (Σ over internal warehouses), only shown in explanations. */
  nscStock: number;
}

/** Everything one article's proposal depends on. */
export interface ArticleProposalInputs {
  settings: ProposalSettings;
  skus: ProposalSku[];
  /** Colour → fabric minimum (> 0 only). */
  colorMinima: Map<number, number>;
  /** Largest elastic-type minimum (> 0), or 0. */
  elasticMinimum: number;
  /** C1 at the proposal's target date; null for an inactive article or one without SKUs. */
  demand: Demand | null;
}

export type LimitingConstraint = 'fabric_min_batch' | 'elastic_min_batch' | 'color_min_batch' | 'strictness' | 'none';

/** Per colour, the final quantity and the last step of the pipeline that raised it (02 W-INC-4). */
export interface ColorTrace {
  colorId: number;
  quantity: number;
  limitingConstraint: LimitingConstraint;
}

/** How an article's quantities came about, so explanations reuse this very run. */
export interface ArticleProposalTrace {
  articleId: number;
  baseDeficit: number;
  /** C1 figures the deficit came from, for explanations. */
  wbStock: number;
  forecastHorizonDays: number;
  /** Article quantity after strictness, before any minimum. */
  proposedQty: number;
  total: number;
  colors: ColorTrace[];
}

export interface ProposalLine {
  article_id: number;
  color_id: number;
  size_id: number;
  quantity: number;
  explanation: string | null;
}

export interface ArticleProposal {
  /** Empty when the caller asked for the trace only. */
  lines: ProposalLine[];
  /** Colours with a positive line, in the order of their first line (ascending SKU unit id). */
  colorOrder: number[];
  /** Present when the article reached the quantity steps. */
  trace: ArticleProposalTrace | null;
  /** This article's part of the global explanation; empty when texts were not asked for. */
  note: string;
}

const bySortOrderThenId = (a: ProposalSku, b: ProposalSku) => a.sizeSortOrder - b.sizeSortOrder || a.skuUnitId - b.skuUnitId;

/** Quantities assigned to SKUs in the given order. */
function assign(skus: ProposalSku[], quantities: number[]): Map<number, number> {
  return new Map(skus.map((sku, index) => [sku.skuUnitId, quantities[index]]));
}

function articleMinimumConstraint(settings: ProposalSettings): LimitingConstraint {
  return settings.minFabricBatch >= settings.minElasticBatch ? 'fabric_min_batch' : 'elastic_min_batch';
}

/**
 * C2 for one article (02 §4.2 steps 2–9). `withLines` false skips building the per-SKU lines (the
 * order explanation reads only the trace and the colour order).
 */
export function proposeForArticle(inputs: ArticleProposalInputs, withExplanation: boolean, withLines = true): ArticleProposal {
  const { settings } = inputs;
  const articleId = settings.articleId;
  // Texts are built only when asked for: portfolios run this for thousands of articles without them.
  const skip = (note: () => string): ArticleProposal => ({
    lines: [],
    colorOrder: [],
    trace: null,
    note: withExplanation ? `article_id=${articleId}: ${note()}` : '',
  });
  if (!settings.isActive) return skip(() => 'planning inactive, skipped.');
  if (inputs.skus.length === 0) return skip(() => 'no SKU units, skipped.');
  const demand = inputs.demand;
  if (!demand || demand.deficit <= 0) return skip(() => `no WB deficit, skipped. ${demand?.explanation ?? ''}`.trim());

  const deficit = demand.deficit;
  const afterStrictness = applyStrictness(deficit, settings.strictness);
  const articleQty = Math.max(afterStrictness, settings.minFabricBatch, settings.minElasticBatch);
  const articleConstraint: LimitingConstraint =
    articleQty > afterStrictness ? articleMinimumConstraint(settings) : afterStrictness > deficit ? 'strictness' : 'none';

  const ordered = [...inputs.skus].sort(bySortOrderThenId);
  const initial = assign(ordered, splitEvenly(articleQty, ordered.length));
  const colorIds = [...new Set(ordered.map((sku) => sku.colorId))].sort((a, b) => a - b);
  const colorTotals = new Map<number, number>(colorIds.map((colorId) => [colorId, 0]));
  for (const sku of ordered) colorTotals.set(sku.colorId, colorTotals.get(sku.colorId)! + initial.get(sku.skuUnitId)!);
  const constraints = new Map<number, LimitingConstraint>(colorIds.map((colorId) => [colorId, articleConstraint]));

  const notes: string[] = [];
  if (withExplanation) {
    notes.push(
      `article_id=${articleId}: WB demand -> avg_daily_sales=${demand.avgDailySales.toFixed(3)}, ` +
        `horizon=${demand.forecastHorizonDays}, forecast_demand=${demand.forecastDemand.toFixed(3)}, ` +
        `wb_stock=${demand.currentStock}, deficit=${deficit}; strictness=${settings.strictness} -> ${afterStrictness}; ` +
        `article minima fabric=${settings.minFabricBatch}, elastic=${settings.minElasticBatch} -> ${articleQty}.`,
    );
  }

  const raised: string[] = [];
  for (const colorId of colorIds) {
    const minimum = inputs.colorMinima.get(colorId);
    const before = colorTotals.get(colorId)!;
    if (minimum !== undefined && before < minimum) {
      colorTotals.set(colorId, minimum);
      constraints.set(colorId, 'color_min_batch');
      if (withExplanation) raised.push(`color_id=${colorId} ${before} -> ${minimum} (+${minimum - before})`);
    }
  }
  if (raised.length > 0) notes.push(`Color minima applied: ${raised.join(', ')}.`);

  const afterColorMinima = colorIds.reduce((sum, colorId) => sum + colorTotals.get(colorId)!, 0);
  const elasticMinimum = inputs.elasticMinimum;
  if (elasticMinimum > 0 && afterColorMinima < elasticMinimum) {
    const extra = elasticMinimum - afterColorMinima;
    const shares = splitProportionally(extra, colorIds.map((colorId) => colorTotals.get(colorId)!));
    colorIds.forEach((colorId, index) => {
      colorTotals.set(colorId, colorTotals.get(colorId)! + shares[index]);
      if (shares[index] > 0) constraints.set(colorId, 'elastic_min_batch');
    });
    if (withExplanation) notes.push(`Elastic minima applied: elastic_min_batch_qty=${elasticMinimum}, total ${afterColorMinima} -> ${elasticMinimum} (+${extra}).`);
  } else if (elasticMinimum > 0 && withExplanation) {
    notes.push(`elastic minimum ${elasticMinimum} not binding (total ${afterColorMinima}).`);
  }

  const skusByColor = new Map<number, ProposalSku[]>(colorIds.map((colorId) => [colorId, []]));
  for (const sku of ordered) skusByColor.get(sku.colorId)!.push(sku);
  const final = new Map<number, number>();
  const firstLineOf = new Map<number, number>();
  for (const colorId of colorIds) {
    const colorSkus = skusByColor.get(colorId)!;
    const quantities = splitEvenly(colorTotals.get(colorId)!, colorSkus.length);
    colorSkus.forEach((sku, index) => {
      final.set(sku.skuUnitId, quantities[index]);
      const first = firstLineOf.get(colorId);
      if (quantities[index] > 0 && (first === undefined || sku.skuUnitId < first)) firstLineOf.set(colorId, sku.skuUnitId);
    });
  }
  const colorOrder = [...firstLineOf.keys()].sort((a, b) => firstLineOf.get(a)! - firstLineOf.get(b)!);
  const total = colorIds.reduce((sum, colorId) => sum + colorTotals.get(colorId)!, 0);
  if (withExplanation) notes.push(`final total=${total}.`);

  const lines = (withLines ? [...inputs.skus] : [])
    .sort((a, b) => a.skuUnitId - b.skuUnitId)
    .filter((sku) => final.get(sku.skuUnitId)! > 0)
    .map((sku) => ({
      article_id: articleId,
      color_id: sku.colorId,
      size_id: sku.sizeId,
      quantity: final.get(sku.skuUnitId)!,
      explanation: withExplanation
        ? `NSC stock ${sku.nscStock}; planned ${final.get(sku.skuUnitId)} for color_id=${sku.colorId}, size_id=${sku.sizeId}; ` +
          `colour total ${colorTotals.get(sku.colorId)}; article total ${total}; base deficit ${deficit}.`
        : null,
    }));

  return {
    lines,
    colorOrder,
    trace: {
      articleId,
      baseDeficit: deficit,
      wbStock: demand.currentStock,
      forecastHorizonDays: demand.forecastHorizonDays,
      proposedQty: afterStrictness,
      total,
      colors: colorIds.map((colorId) => ({ colorId, quantity: colorTotals.get(colorId)!, limitingConstraint: constraints.get(colorId)! })),
    },
    note: notes.join(' '),
  };
}

export const NO_SETTINGS_EXPLANATION = 'No planning settings configured; no order proposal generated.';
export const NO_ISSUES_EXPLANATION = 'No issues detected; no orders suggested.';

/** The whole proposal for a target date (02 §4.2). */
export interface OrderProposal {
  target_date: string;
  items: ProposalLine[];
  global_explanation: string | null;
  /** Per article that reached the quantity steps, how its quantities came about. */
  article_traces: ArticleProposalTrace[];
}

/** C2 over articles given in ascending article_id order. */
export function buildOrderProposal(targetDate: string, articles: ArticleProposalInputs[], withExplanation: boolean): OrderProposal {
  if (articles.length === 0) {
    return { target_date: targetDate, items: [], global_explanation: NO_SETTINGS_EXPLANATION, article_traces: [] };
  }
  const proposals = articles.map((article) => proposeForArticle(article, withExplanation));
  const notes = proposals.map((proposal) => proposal.note);
  return {
    target_date: targetDate,
    items: proposals.flatMap((proposal) => proposal.lines),
    global_explanation: withExplanation ? (notes.length > 0 ? notes.join('; ') : NO_ISSUES_EXPLANATION) : null,
    article_traces: proposals.flatMap((proposal) => (proposal.trace ? [proposal.trace] : [])),
  };
}
