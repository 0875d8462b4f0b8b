import { exactDeficit } from './exact-arithmetic';
import { demandSalesRate, OBSERVATION_WINDOW_DAYS, SalesWindow } from './sales-rate';

/** Horizon when neither the article nor a global settings row gives one. */
export const BUILT_IN_TARGET_COVERAGE_DAYS = 60;

/** Sentinel coverage of an article without sales. */
export const NO_SALES_COVERAGE_DAYS = 9999.0;

/** What the demand of one article is computed from, aggregated in the database. */
export interface DemandInputs {
  articleId: number;
  /** Distinct WB SKUs mapped to the article, single and bundle listings alike. */
  listingCount: number;
  /** Σ sales_qty over those listings in the 30 days ending on the target date. */
  totalSales: number;
  /** Distinct dates with a sales row in that window. */
  daysWithSales: number;
  /** Σ WB stock of those listings, every WB warehouse. */
  wbStock: number;
  articleTargetCoverageDays: number | null;
  globalTargetCoverageDays: number | null;
}

export interface Demand {
  articleId: number;
  avgDailySales: number;
  forecastDemand: number;
  currentStock: number;
  coverageDays: number;
  deficit: number;
  targetCoverageDays: number;
  observationWindowDays: number;
  forecastHorizonDays: number;
  explanation: string;
}

type CoverageSource = 'article' | 'global' | 'built-in';

function resolveTargetCoverage(inputs: DemandInputs): { days: number; source: CoverageSource } {
  if (inputs.articleTargetCoverageDays !== null) return { days: inputs.articleTargetCoverageDays, source: 'article' };
  if (inputs.globalTargetCoverageDays !== null) return { days: inputs.globalTargetCoverageDays, source: 'global' };
  return { days: BUILT_IN_TARGET_COVERAGE_DAYS, source: 'built-in' };
}

const COVERAGE_WORDING: Record<CoverageSource, string> = {
  article: 'Using article-specific target_coverage_days',
  global: 'Using global default target_coverage_days',
  'built-in': 'Using built-in default target_coverage_days',
};

/** C1: expected WB sales over the forecast horizon and the units missing on WB to cover it (02 §4.1). */
export function computeDemand(inputs: DemandInputs, withExplanation = true): Demand {
  const rate = demandSalesRate(inputs.totalSales, inputs.daysWithSales);
  const coverage = resolveTargetCoverage(inputs);
  const forecastDemand = rate.perDay * coverage.days;
  const coverageDays = rate.perDay > 0 ? inputs.wbStock / rate.perDay : NO_SALES_COVERAGE_DAYS;
  const deficit = exactDeficit(rate.unitsSold, rate.days, coverage.days, inputs.wbStock);

  // The text is skipped for internal consumers (portfolios compute thousands of demands).
  const explanation = withExplanation ? demandExplanation(inputs, rate, coverage, forecastDemand, coverageDays, deficit) : '';

  return {
    articleId: inputs.articleId,
    avgDailySales: rate.perDay,
    forecastDemand,
    currentStock: inputs.wbStock,
    coverageDays,
    deficit,
    targetCoverageDays: coverage.days,
    observationWindowDays: OBSERVATION_WINDOW_DAYS,
    forecastHorizonDays: coverage.days,
    explanation,
  };
}

function demandExplanation(
  inputs: DemandInputs,
  rate: SalesWindow,
  coverage: { days: number; source: CoverageSource },
  forecastDemand: number,
  coverageDays: number,
  deficit: number,
): string {
  const notes: string[] = [];
  if (inputs.listingCount === 0) notes.push('No WB SKU mappings for this article.');
  notes.push(`WB SKUs: ${inputs.listingCount}; total_sales=${inputs.totalSales} on ${inputs.daysWithSales} day(s).`);
  if (inputs.daysWithSales === 0) {
    notes.push(`No WB sales in the last ${OBSERVATION_WINDOW_DAYS} days.`);
  } else if (inputs.daysWithSales < OBSERVATION_WINDOW_DAYS) {
    notes.push(`Sales history is shorter than ${OBSERVATION_WINDOW_DAYS} days; averaged over ${rate.days} day(s) with sales.`);
  }
  notes.push(`${COVERAGE_WORDING[coverage.source]}=${coverage.days}.`);
  notes.push(
    `avg_daily_sales=${rate.perDay.toFixed(3)}, forecast_horizon_days=${coverage.days}, ` +
      `forecast_demand=${forecastDemand.toFixed(3)}, current_stock=${inputs.wbStock}, ` +
      `coverage_days=${coverageDays.toFixed(3)}, deficit=${deficit}.`,
  );
  return notes.join(' ');
}
