import { averageDailySales, coverageDays, OBSERVATION_WINDOW_DAYS, OosRisk, oosRisk, RED_BELOW_DAYS, YELLOW_UP_TO_DAYS } from './sales-window';

/** One SKU unit with its catalogue labels: the row set of the dashboard and the proposal. */
export interface SkuUnitRef {
  skuUnitId: number;
  articleId: number;
  articleCode: string;
  colorId: number;
  colorInnerCode: string;
  sizeId: number;
  sizeLabel: string;
}

/**
 * A mapping of an involved article. A WB SKU mapped to several articles is credited to the
 * lowest article id (W4), whatever the request's article filter.
 */
export interface WbSkuMapping {
  articleId: number;
  wbSku: string;
  creditedArticleId: number;
  mappedArticleCount: number;
}

/** WB sales of one article over the windows ending on the target date. */
export interface ArticleSales {
  articleId: number;
  sales1d: number;
  sales7d: number;
  sales30d: number;
}

/** WB stock of one article in one (warehouse id, warehouse name) pair, already in output order. */
export interface ArticleWarehouseStock {
  articleId: number;
  warehouseId: number | null;
  warehouseName: string | null;
  stockQty: number;
}

export interface WbWarehouseStock {
  warehouseId: number | null;
  warehouseName: string | null;
  stockQty: number;
}

export interface DashboardRow extends SkuUnitRef {
  wbSku: string | null;
  wbStockTotal: number;
  wbStockByWarehouse: WbWarehouseStock[];
  observationWindowDays: number;
  sales1d: number;
  sales7d: number;
  sales30d: number;
  avgDailySales30d: number;
  forecast7d: number;
  forecast30d: number;
  coverageDays: number;
  oosRiskLevel: OosRisk;
  explanation: string;
}

export interface DashboardInputs {
  units: SkuUnitRef[];
  mappings: WbSkuMapping[];
  sales: ArticleSales[];
  stock: ArticleWarehouseStock[];
}

/** Figures of one article, repeated on each of its SKU units as the original does (W2, phase 1). */
interface ArticleFigures {
  wbSkus: string[];
  sales: ArticleSales | undefined;
  stock: WbWarehouseStock[];
  wbStockTotal: number;
  notes: string[];
}

/** Dashboard rows (§5.1), in the order of `units`. */
export function buildDashboardRows(inputs: DashboardInputs): DashboardRow[] {
  const figures = articleFigures(inputs);
  return inputs.units.map((unit) => dashboardRow(unit, figures.get(unit.articleId)!));
}

function dashboardRow(unit: SkuUnitRef, article: ArticleFigures): DashboardRow {
  const sales1d = article.sales?.sales1d ?? 0;
  const sales7d = article.sales?.sales7d ?? 0;
  const sales30d = article.sales?.sales30d ?? 0;
  const avg = averageDailySales(sales30d);
  const coverage = coverageDays(article.wbStockTotal, sales30d);
  const risk = oosRisk(article.wbStockTotal, sales30d);
  return {
    ...unit,
    wbSku: article.wbSkus.length === 1 ? article.wbSkus[0] : null,
    wbStockTotal: article.wbStockTotal,
    wbStockByWarehouse: article.stock,
    observationWindowDays: OBSERVATION_WINDOW_DAYS,
    sales1d,
    sales7d,
    sales30d,
    avgDailySales30d: avg,
    forecast7d: avg * 7,
    forecast30d: avg * 30,
    coverageDays: coverage,
    oosRiskLevel: risk,
    explanation: [
      ...article.notes,
      `Metrics: sales_30d=${sales30d}, avg_daily_sales_30d=${avg.toFixed(3)}, wb_stock_total=${article.wbStockTotal}, ` +
        `coverage_days=${coverage.toFixed(1)}, oos_risk_level=${risk} ` +
        `(thresholds: <${RED_BELOW_DAYS} days red, ${RED_BELOW_DAYS}-${YELLOW_UP_TO_DAYS} yellow, >${YELLOW_UP_TO_DAYS} green).`,
    ].join(' '),
  };
}

function articleFigures(inputs: DashboardInputs): Map<number, ArticleFigures> {
  const byArticle = new Map<number, ArticleFigures>();
  for (const unit of inputs.units) {
    byArticle.set(unit.articleId, { wbSkus: [], sales: undefined, stock: [], wbStockTotal: 0, notes: [] });
  }
  for (const mapping of inputs.mappings) {
    const article = byArticle.get(mapping.articleId);
    if (!article || article.wbSkus.includes(mapping.wbSku)) continue;
    article.wbSkus.push(mapping.wbSku);
    const note = sharedSkuNote(mapping);
    if (note) article.notes.push(note);
  }
  for (const sales of inputs.sales) {
    const article = byArticle.get(sales.articleId);
    if (article) article.sales = sales;
  }
  for (const { articleId, ...warehouse } of inputs.stock) {
    const article = byArticle.get(articleId);
    if (!article) continue;
    article.stock.push(warehouse);
    article.wbStockTotal += warehouse.stockQty;
  }
  for (const article of byArticle.values()) {
    if (article.wbSkus.length === 0) {
      article.notes.unshift('No WB SKU mapping for this article: WB sales and stock are treated as zero.');
    }
  }
  return byArticle;
}

function sharedSkuNote(mapping: WbSkuMapping): string | null {
  if (mapping.mappedArticleCount < 2) return null;
  if (mapping.creditedArticleId === mapping.articleId) {
    return `WB SKU ${mapping.wbSku} is mapped to ${mapping.mappedArticleCount} articles; its sales and stock are credited here (lowest article_id).`;
  }
  return (
    `WB SKU ${mapping.wbSku} is mapped to ${mapping.mappedArticleCount} articles; its sales and stock are credited to ` +
    `article_id=${mapping.creditedArticleId} (lowest article_id), not to this article.`
  );
}
