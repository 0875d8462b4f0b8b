/* Spec 05 §5, examples 11–15, number for number. */
import { PlanningCoreError, PlanningInput, StoredArticleData, StoredWbHistory } from './engine-contract';
import { fromWbDemand, salesWindow } from './demand/from-wb-demand';
import { finalizeArticle } from './engine/finalize';
import { lotSizeAndBudget } from './engine/lot-sizing';
import { planArticle, variantQuantities } from './engine/plan-article';
import { resolvePolicy } from './policy/resolve-policy';
import { planDirectProposal, planFromWbProposal } from './proposal';
import { articleRow, codes, fixed, globalRow, line, listingDays, runDirect, storedArticle } from './testing/fixtures';

function thrown(fn: () => unknown): PlanningCoreError {
  try {
    fn();
  } catch (error) {
    if (error instanceof PlanningCoreError) return error;
    throw error;
  }
  throw new Error('expected a PlanningCoreError');
}

describe('Example 11 — from-WB, strict freshness failure', () => {
  const TODAY = '2026-03-10';
  const data = (opts: { stock?: boolean; articleSalesThreshold?: number } = {}): StoredArticleData => ({
    ...storedArticle({ skus: { 'C1-S': 10, 'C1-M': 10, 'C2-S': 10, 'C2-M': 10 }, bundleTypes: [fixed(1, [1, 2])] }),
    settings: { article: opts.articleSalesThreshold ? articleRow({ freshnessSalesStaleAfterDays: opts.articleSalesThreshold }) : null, planningSettings: null, global: null },
    wbMappings: [
      { wbSku: 'WB-2P-S', bundleTypeId: 1, sizeId: 1 },
      { wbSku: 'WB-2P-M', bundleTypeId: 1, sizeId: 2 },
    ],
    wbStock:
      opts.stock === false
        ? []
        : [
            { wbSku: 'WB-2P-S', stockQty: 5, lastUpdatedDate: '2026-03-09' },
            { wbSku: 'WB-2P-M', stockQty: 5, lastUpdatedDate: '2026-03-09' },
          ],
    wbHistory: {
      importWatermark: '2026-03-05',
      latestImportDate: '2026-03-05',
      latestSaleDateByWbSku: { 'WB-2P-S': '2026-03-04', 'WB-2P-M': '2026-03-05' },
      sales: listingDays([
        { wbSku: 'WB-2P-S', date: '2026-03-04', salesQty: 3 },
        { wbSku: 'WB-2P-M', date: '2026-03-05', salesQty: 2 },
      ]),
      stockDaily: [],
    },
  });
  const run = (d: StoredArticleData, extra: object = {}) => planFromWbProposal(d, { article_id: 1, freshness_mode: 'strict', ...extra }, { today: TODAY });

  it('400 wb_data_freshness_failed with the full detail', () => {
    const error = thrown(() => run(data()));
    expect(error.status).toBe(400);
    expect(error.detail).toEqual({
      code: 'wb_data_freshness_failed',
      message: 'WB data freshness check failed in strict mode (status stale)',
      field: 'freshness_mode',
      freshness_mode: 'strict',
      freshness_status: 'stale',
      sales_age_days: 5,
      stock_oldest_age_days: 1,
      threshold_days: { sales: 3, stock: 2 },
      threshold_source: { sales: 'default', stock: 'default' },
      stale_components: ['sales'],
      blocker: 'stale_wb_sales_data',
      next_steps: ['run_wb_sales_daily_sync_live'],
      allowed_statuses: ['fresh', 'missing_stock_data'],
    });
  });
  it('variant: request threshold 5 ⇒ fresh ⇒ 200', () => {
    const out = run(data(), { freshness_sales_stale_after_days: 5 });
    expect(out.body.explanation.meta.freshness!.status).toBe('fresh');
    expect(out.body.source).toBe('from_wb');
  });
  it('variant: warn mode ⇒ 200 with wb_data_freshness_degraded', () => {
    const out = run(data(), { freshness_mode: 'warn' });
    expect(out.body.warnings.find((w) => w.code === 'wb_data_freshness_degraded')!.params).toMatchObject({ freshness_status: 'stale', sales_age_days: 5 });
  });
  it('variant: stored article threshold 7 ⇒ 200, source article_settings', () => {
    expect(run(data({ articleSalesThreshold: 7 })).body.explanation.meta.freshness!.threshold_source.sales).toBe('article_settings');
  });
  it('variant: no wb_stock and threshold 7 ⇒ missing_stock_data, allowed', () => {
    expect(run(data({ stock: false, articleSalesThreshold: 7 })).body.explanation.meta.freshness!.status).toBe('missing_stock_data');
  });
  it('variant: no wb_stock with the default threshold ⇒ still stale ⇒ 400', () => {
    const error = thrown(() => run(data({ stock: false })));
    expect(error.detail.freshness_status).toBe('stale');
  });
});

describe('Example 12 — excluded article', () => {
  const data: StoredArticleData = {
    ...storedArticle({ skus: { 'C1-M': 0 }, bundleTypes: [] }),
    settings: { article: articleRow({ includeInPlanning: false }), planningSettings: null, global: null },
  };
  const out = runDirect(data, { bundle_daily_sales: [{ bundle_type_id: 99, daily_sales: 10 }] }, { capital_governance_mode: 'strict' });
  it('answers skipped before the recipe and capital checks', () => {
    const b = out.body;
    expect(b).toMatchObject({
      status: 'skipped',
      risk_level: 'no_data',
      days_of_cover_estimate: 0.0,
      lead_time_days_total: 10,
      order_by_date: null,
      recommendation: null,
      constraints_applied: { fabric_min_batches: [], elastic_min_batches: [], resource_allocation: null },
      physical_scope: null,
      arrival_projection: null,
      alternatives: [],
      warnings: [],
    });
    expect(b.explanation.reasons).toEqual([
      { code: 'article_excluded_from_planning', params: { article_id: 1, article_code: 'ART-1' }, message: expect.any(String) },
    ]);
    expect(b.explanation.meta.policy.include_in_planning).toEqual({ value: false, source: 'article_settings' });
    expect(out.record).toMatchObject({ status: 'skipped', action: null, total_units: 0 });
    expect(out.lines).toEqual([]);
  });
});

describe('Example 13 — from-WB stock-out-aware demand', () => {
  const sales = [4, 5, 3, 6, 4, 2, 5, 4, 3].map((qty, k) => ({ wbSku: 'WB-2P', date: `2026-02-${20 + k}`, salesQty: qty }));
  const stockDaily = [1, 2, 3, 4, 5].map((d) => ({ wbSku: 'WB-2P', date: `2026-03-0${d}`, stockQty: 0 }));
  const history = (withStock: boolean): StoredWbHistory => ({
    importWatermark: '2026-03-05',
    latestImportDate: '2026-03-05',
    latestSaleDateByWbSku: { 'WB-2P': '2026-02-28' },
    sales: listingDays(sales),
    stockDaily: withStock ? listingDays(stockDaily) : [],
  });
  const window = salesWindow('2026-03-05', '2026-03-05', 14);

  it('window 2026-02-20 … 2026-03-05', () => expect(window).toEqual({ start: '2026-02-20', end: '2026-03-05' }));
  it('in-stock days mean 4.0, σ 1.2247', () => {
    const [e] = fromWbDemand(history(true), { 1: ['WB-2P'] }, window);
    expect(e).toMatchObject({ method: 'in_stock_days_mean', dailyRate: 4, inStockDays: 9, salesInWindow: 36 });
    expect(e.stdDev!).toBeCloseTo(1.2247, 4);
  });
  it('without stock history: window mean 2.5714, σ 2.2089', () => {
    const [e] = fromWbDemand(history(false), { 1: ['WB-2P'] }, window);
    expect(e.method).toBe('window_mean');
    expect(e.dailyRate).toBeCloseTo(2.5714, 4);
    expect(e.stdDev!).toBeCloseTo(2.2089, 4);
  });
  it('through the from-WB proposal: demand signal, warning and fresh status', () => {
    const data: StoredArticleData = {
      ...storedArticle({ skus: { 'C1-M': 100 }, bundleTypes: [fixed(1, [1])] }),
      wbMappings: [{ wbSku: 'WB-2P', bundleTypeId: 1, sizeId: null }],
      wbStock: [{ wbSku: 'WB-2P', stockQty: 0, lastUpdatedDate: '2026-03-05' }],
      wbHistory: history(true),
    };
    const req = { article_id: 1, as_of_date: '2026-03-05', observation_window_days: 14 };
    const out = planFromWbProposal(data, req, { today: '2026-03-05' });
    expect(out.body.explanation.reasons[0].params).toEqual({ bundle_type_id: 1, bundles_per_day: 4, method: 'in_stock_days_mean', window_days: 14, in_stock_days: 9 });
    expect(out.body.explanation.meta.freshness).toMatchObject({ status: 'fresh', sales_age_days: 0 });
    const plain = planFromWbProposal({ ...data, wbHistory: history(false) }, req, { today: '2026-03-05' });
    expect(plain.body.explanation.meta.bundle_demand![0]).toMatchObject({ bundles_per_day: 2.5714, std_dev: 2.2089, method: 'window_mean' });
    expect(codes(plain.body.warnings)).toContain('demand_stock_history_missing');
  });
});

describe('Example 14 — policy resolution with sources', () => {
  const rows = {
    global: globalRow({ defaultTargetCoverageDays: 60, defaultLeadTimeDays: 70, defaultServiceLevelPercent: 90, defaultFabricMinBatchQty: 7000, defaultElasticMinBatchQty: 3000 }),
    article: articleRow({ targetCoverageDays: 75, leadTimeDays: 85, reviewPeriodDays: 14 }),
    planningSettings: { safetyStockDays: 5, alertThresholdDays: 14 },
  };
  const overrides = { lead_time_days: { china_to_nsk: 25 }, service_level_percent: 95 };

  it('every field with its source', () => {
    const { policy } = resolvePolicy(rows, overrides);
    expect(policy.target_coverage_days).toEqual({ value: 75, source: 'article_settings' });
    expect(policy.lead_time_days).toEqual({
      production: { value: 45, source: 'article_settings.lead_time_days' },
      china_to_nsk: { value: 25, source: 'request' },
      packaging: { value: 3, source: 'default' },
      nsk_to_wb: { value: 7, source: 'default' },
    });
    expect(policy.lead_time_days_total.value).toBe(80);
    expect(policy.review_period_days).toEqual({ value: 14, source: 'article_settings' });
    expect(policy.safety_stock_method).toEqual({ value: 'days', source: 'default' });
    expect(policy.safety_stock_days).toEqual({ value: 5, source: 'planning_settings' });
    expect(policy.service_level_percent).toEqual({ value: 95, source: 'request' });
    expect(policy.alert_threshold_days).toEqual({ value: 14, source: 'planning_settings' });
    expect(policy.overstock_cover_days).toEqual({ value: 150, source: 'derived' });
    expect(policy.order_multiple).toEqual({ value: 1, source: 'default' });
    expect(policy.elastic_min_batch_qty_default).toEqual({ value: 3000, source: 'global_settings' });
  });
  it('fabric minimums PX 3000 (color_settings) / PY 7000 (global_settings), projection 169', () => {
    const data: StoredArticleData = {
      ...storedArticle({ skus: { 'C1-M': 10, 'C2-M': 10 }, bundleTypes: [fixed(1, [1, 2])], pantone: { 1: 'PX', 2: 'PY' } }),
      settings: rows,
      colorFabricMins: [{ colorId: 1, fabricMinBatchQty: 3000 }],
    };
    const out = planDirectProposal(data, { article_id: 1, as_of_date: '2026-03-02', bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 1 }], overrides }, { today: '2026-03-02' });
    const input = out.inputSnapshot as PlanningInput;
    expect(input.fabricMinByPantone.PX).toMatchObject({ value: 3000, source: 'color_settings' });
    expect(input.fabricMinByPantone.PY).toMatchObject({ value: 7000, source: 'global_settings' });
    expect(out.body.explanation.meta.projection_days).toBe(169);
  });
  it('without the article total: production 30 from the global total, L = 65', () => {
    const { policy } = resolvePolicy({ ...rows, article: articleRow({ targetCoverageDays: 75, reviewPeriodDays: 14 }) }, overrides);
    expect(policy.lead_time_days.production).toEqual({ value: 30, source: 'global_settings.default_lead_time_days' });
    expect(policy.lead_time_days_total.value).toBe(65);
  });
});

describe('Example 15 — portfolio with a joint Pantone minimum', () => {
  const article = (articleId: number, colorId: number, onHand: number, rate: number): PlanningInput => {
    const data = storedArticle({ articleId, skus: { [`C${colorId}-M`]: onHand }, bundleTypes: [fixed(1, [colorId])], pantone: { [colorId]: 'PX' } });
    const out = runDirect(data, { article_id: articleId, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: rate }] }, { fabric_min_batch_qty_default: 300 });
    return out.inputSnapshot as PlanningInput;
  };
  it('the from-WB adapter yields 6.0 and 3.0 bundles/day (window mean over 10 days)', () => {
    const window = salesWindow('2026-03-01', '2026-03-02', 10);
    const sales = [
      { wbSku: 'A1', date: '2026-02-25', salesQty: 60 },
      { wbSku: 'A2', date: '2026-02-25', salesQty: 30 },
    ];
    const estimates = fromWbDemand({ importWatermark: '2026-03-01', latestImportDate: '2026-03-01', latestSaleDateByWbSku: {}, sales: listingDays(sales), stockDaily: [] }, { 1: ['A1'], 2: ['A2'] }, window);
    expect(estimates.map((e) => [e.dailyRate, e.method])).toEqual([
      [6, 'window_mean'],
      [3, 'window_mean'],
    ]);
  });
  it('joint uplift 80 / 40, each article sees the shared group', () => {
    const plans = [planArticle(article(1, 1, 30, 6)), planArticle(article(2, 2, 0, 3))];
    const lot = lotSizeAndBudget(
      plans.map((plan) => ({ plan, quantities: variantQuantities(plan, plan.orderVariant!) })),
      { budget: null },
    );
    const outs = plans.map((plan, member) => finalizeArticle(plan, { lot, member, portfolio: true, budget: null }));
    const [a1, a2] = outs.map((o) => o.lines[0]);
    expect([a1.stockout_date_without_order, a1.net_requirement, a1.fabric_uplift, a1.recommended_qty, a1.cover_days_at_arrival]).toEqual(['2026-03-07', 120, 80, 200, 33.3]);
    expect([a2.stockout_date_without_order, a2.net_requirement, a2.fabric_uplift, a2.recommended_qty, a2.cover_days_at_arrival]).toEqual(['2026-03-02', 60, 40, 100, 33.3]);
    expect(lot.fabric.map((g) => [g.key, g.required, g.minimum.value, g.uplift, g.articleIds])).toEqual([['PX', 180, 300, 120, [1, 2]]]);
    const entries = outs.map((o) => o.body.constraints_applied.fabric_min_batches[0]);
    expect(entries.map((e) => [e.required, e.shared_pool_required, e.article_required])).toEqual([
      [180, 180, 120],
      [180, 180, 60],
    ]);
    expect(outs.reduce((sum, o) => sum + o.record.total_units, 0)).toBe(300);
    for (const o of outs) {
      const minimum = o.body.alternatives.find((a) => a.action === 'order_minimum_only')!;
      expect(minimum).toMatchObject({ total_units: 300, basis: 'single_article' });
    }
  });
  it('planned separately each article is lifted to 300', () => {
    const single = [runDirect(storedArticle({ skus: { 'C1-M': 30 }, bundleTypes: [fixed(1, [1])], pantone: { 1: 'PX' } }), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 6 }] }, { fabric_min_batch_qty_default: 300 })];
    expect(line(single[0], 1, 2).recommended_qty).toBe(300);
  });
});
