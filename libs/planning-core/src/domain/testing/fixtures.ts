/* Builders for the worked examples of spec 05 §5 (common set-up: article 1 "ART-1", colours 1–3, sizes S=1, M=2). */
import {
  ArticleSettingsRow,
  DirectProposalRequest,
  GlobalSettingsRow,
  PlanningOverridesInput,
  ProposalOutcome,
  RecommendationLine,
  StoredArticleData,
  StoredBundleType,
  WbListingDays,
} from '../engine-contract';
import { planDirectProposal } from '../proposal';

export const AS_OF = '2026-03-02';

export const COMMON_OVERRIDES: PlanningOverridesInput = {
  lead_time_days: { production: 5, china_to_nsk: 3, packaging: 1, nsk_to_wb: 1 },
  target_coverage_days: 20,
  review_period_days: 5,
  alert_threshold_days: 30,
  safety_stock_method: 'days',
  safety_stock_days: 0,
  fabric_min_batch_qty_default: 0,
  elastic_min_batch_qty_default: 0,
};

export interface ArticleSpec {
  /** "C1-S" style keys → on hand; every key is an existing SKU. */
  skus: Record<string, number>;
  bundleTypes: StoredBundleType[];
  pantone?: Record<number, string | null>;
  articleId?: number;
  global?: Partial<GlobalSettingsRow> | null;
}

const SIZE_IDS: Record<string, number> = { S: 1, M: 2, L: 3 };

export function skuUnitId(colorId: number, sizeId: number, articleId = 1): number {
  return articleId * 1000 + colorId * 10 + sizeId;
}

export function storedArticle(spec: ArticleSpec): StoredArticleData {
  const articleId = spec.articleId ?? 1;
  const skus = Object.keys(spec.skus).map((key) => {
    const [c, s] = key.split('-');
    const colorId = Number(c.slice(1));
    const sizeId = SIZE_IDS[s];
    return { skuUnitId: skuUnitId(colorId, sizeId, articleId), colorId, sizeId, sizeSortOrder: sizeId, pantoneCode: spec.pantone?.[colorId] ?? `P-${colorId}` };
  });
  const onHand: Record<number, number> = {};
  for (const [key, qty] of Object.entries(spec.skus)) {
    const [c, s] = key.split('-');
    onHand[skuUnitId(Number(c.slice(1)), SIZE_IDS[s], articleId)] = qty;
  }
  return {
    article: { id: articleId, code: `ART-${articleId}` },
    settings: { article: null, planningSettings: null, global: spec.global ? globalRow(spec.global) : null },
    skus,
    bundleTypes: spec.bundleTypes,
    onHandBySkuUnitId: onHand,
    nscBundles: [],
    colorFabricMins: [],
    elasticSettings: [],
    elasticBindings: [],
    adminSizeWeights: [],
    adminInFlightDefaults: [],
    wbMappings: [],
    wbStock: [],
    wbHistory: null,
  };
}

export function globalRow(values: Partial<GlobalSettingsRow>): GlobalSettingsRow {
  return {
    defaultTargetCoverageDays: null,
    defaultLeadTimeDays: null,
    defaultServiceLevelPercent: null,
    defaultFabricMinBatchQty: null,
    defaultElasticMinBatchQty: null,
    assortiBundleTypeIds: null,
    productionCostPerUnit: null,
    logisticsCostPerUnit: null,
    availableCapital: null,
    leadTimeProductionDays: null,
    leadTimeChinaToNskDays: null,
    leadTimePackagingDays: null,
    leadTimeNskToWbDays: null,
    reviewPeriodDays: null,
    safetyStockMethod: null,
    safetyStockDays: null,
    alertThresholdDays: null,
    overstockCoverDays: null,
    orderMultiple: null,
    ...values,
  };
}

export const fixed = (id: number, colors: number[]): StoredBundleType => ({ id, isAssorti: false, pieces: null, recipeColorIds: colors });
export const assorti = (id: number, colors: number[], pieces: number): StoredBundleType => ({ id, isAssorti: true, pieces, recipeColorIds: colors });

export function directRequest(body: Partial<DirectProposalRequest> & Pick<DirectProposalRequest, 'bundle_daily_sales'>, overrides: PlanningOverridesInput = {}): DirectProposalRequest {
  return { article_id: 1, as_of_date: AS_OF, planning_horizon_days: 30, ...body, overrides: { ...COMMON_OVERRIDES, ...overrides, ...(body.overrides ?? {}) } };
}

export function runDirect(data: StoredArticleData, body: Partial<DirectProposalRequest> & Pick<DirectProposalRequest, 'bundle_daily_sales'>, overrides: PlanningOverridesInput = {}): ProposalOutcome {
  return planDirectProposal(data, directRequest(body, overrides), { today: AS_OF });
}

/** The stored line (every in-scope SKU) of colour / size. */
export function line(outcome: ProposalOutcome, colorId: number, sizeId: number) {
  const found = outcome.lines.find((l) => l.color_id === colorId && l.size_id === sizeId);
  if (!found) throw new Error(`no line C${colorId}-${sizeId}`);
  return found;
}

export function recLine(outcome: ProposalOutcome, colorId: number, sizeId: number): RecommendationLine | undefined {
  return outcome.body.recommendation?.lines.find((l) => l.color_id === colorId && l.size_id === sizeId);
}

export const codes = (items: { code: string }[]): string[] => items.map((i) => i.code);

export function articleRow(values: Partial<ArticleSettingsRow>): ArticleSettingsRow {
  return {
    includeInPlanning: null,
    priority: null,
    targetCoverageDays: null,
    leadTimeDays: null,
    serviceLevelPercent: null,
    freshnessSalesStaleAfterDays: null,
    freshnessStockStaleAfterDays: null,
    assortiBundleTypeIds: null,
    productionCostPerUnit: null,
    logisticsCostPerUnit: null,
    availableCapital: null,
    leadTimeProductionDays: null,
    leadTimeChinaToNskDays: null,
    leadTimePackagingDays: null,
    leadTimeNskToWbDays: null,
    reviewPeriodDays: null,
    safetyStockMethod: null,
    safetyStockDays: null,
    alertThresholdDays: null,
    overstockCoverDays: null,
    orderMultiple: null,
    ...values,
  };
}

/** Daily WB rows written one per day (`salesQty` or `stockQty`), grouped per listing in first-seen order, days as given. */
export function listingDays(rows: ReadonlyArray<{ wbSku: string; date: string } & ({ salesQty: number } | { stockQty: number })>): WbListingDays[] {
  const byListing = new Map<string, WbListingDays>();
  for (const row of rows) {
    let listing = byListing.get(row.wbSku);
    if (!listing) byListing.set(row.wbSku, (listing = { wbSku: row.wbSku, dates: [], quantities: [] }));
    listing.dates.push(row.date);
    listing.quantities.push('salesQty' in row ? row.salesQty : row.stockQty);
  }
  return [...byListing.values()];
}
