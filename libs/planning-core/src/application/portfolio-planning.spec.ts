import { PlanningCoreError, StoredArticleData } from '../domain';
import { articleRow, COMMON_OVERRIDES, fixed, globalRow, listingDays, storedArticle } from '../domain/testing/fixtures';
import { memberRequest, planPortfolio, portfolioCapital, portfolioRequestSnapshot, PortfolioRequest } from './portfolio-planning';

const AS_OF = '2026-03-02';

/** One article of Example 15: colour `colorId` (Pantone PX) in size M, fixed type 1, one WB listing with `sold` bundles in the window. */
function wbArticle(articleId: number, colorId: number, onHand: number, sold: number, pantone = 'PX'): StoredArticleData {
  const wbSku = `WB-${articleId}`;
  return {
    ...storedArticle({ articleId, skus: { [`C${colorId}-M`]: onHand }, bundleTypes: [fixed(1, [colorId])], pantone: { [colorId]: pantone } }),
    wbMappings: [{ wbSku, bundleTypeId: 1, sizeId: 2 }],
    wbHistory: {
      importWatermark: '2026-03-01',
      latestImportDate: '2026-03-01',
      latestSaleDateByWbSku: { [wbSku]: '2026-02-25' },
      sales: listingDays([{ wbSku, date: '2026-02-25', salesQty: sold }]),
      stockDaily: [],
    },
  };
}

const example15: PortfolioRequest = { as_of_date: AS_OF, observation_window_days: 10, planning_horizon_days: 30, overrides: { ...COMMON_OVERRIDES, fabric_min_batch_qty_default: 300 } };
const dataOf = (...articles: StoredArticleData[]) => new Map(articles.map((a) => [a.article.id, a]));

describe('planPortfolio', () => {
  it('Example 15: the joint Pantone group PX reaches 300 once (80 / 40 uplift), not 300 per article', () => {
    const members = planPortfolio([2, 1], dataOf(wbArticle(1, 1, 30, 60), wbArticle(2, 2, 0, 30)), example15, { today: AS_OF }, null);
    expect(members.map((m) => m.articleId)).toEqual([1, 2]);
    const [a1, a2] = members.map((m) => m.outcome!);
    expect([a1.lines[0].net_requirement, a1.lines[0].fabric_uplift, a1.lines[0].recommended_qty]).toEqual([120, 80, 200]);
    expect([a2.lines[0].net_requirement, a2.lines[0].fabric_uplift, a2.lines[0].recommended_qty]).toEqual([60, 40, 100]);
    expect(a1.body.constraints_applied.fabric_min_batches[0]).toMatchObject({ pantone_code: 'PX', required: 180, shared_pool_required: 180, article_required: 120, article_ids: [1, 2] });
    expect(a2.body.constraints_applied.fabric_min_batches[0]).toMatchObject({ article_required: 60 });
    expect(a1.body.explanation.meta.bundle_demand![0]).toMatchObject({ bundles_per_day: 6, method: 'window_mean' });
  });

  it('members are stored as source "portfolio", skipped ones included', () => {
    const excluded = { ...wbArticle(3, 3, 0, 10), settings: { article: articleRow({ includeInPlanning: false }), planningSettings: null, global: null } };
    const members = planPortfolio([1, 3], dataOf(wbArticle(1, 1, 30, 60), excluded), example15, { today: AS_OF }, null);
    expect(members.map((m) => [m.outcome!.body.source, m.outcome!.record.source, m.outcome!.body.status])).toEqual([
      ['portfolio', 'portfolio', 'ok'],
      ['portfolio', 'portfolio', 'skipped'],
    ]);
    expect((members[0].outcome!.inputSnapshot as { source: string }).source).toBe('portfolio');
  });

  it('an unknown article and a from-WB 400 become error items; the others are still planned jointly', () => {
    const unmapped = { ...wbArticle(4, 3, 0, 10), wbMappings: [] };
    const members = planPortfolio([1, 2, 4, 99], dataOf(wbArticle(1, 1, 30, 60), wbArticle(2, 2, 0, 30), unmapped), example15, { today: AS_OF }, null);
    expect(members.map((m) => [m.articleId, m.error?.code ?? m.outcome!.body.status])).toEqual([
      [1, 'ok'],
      [2, 'ok'],
      [4, 'no_wb_mapped_bundle_types'],
      [99, 'article_not_found'],
    ]);
    expect(members[3].error).toEqual({ code: 'article_not_found', message: 'Article not found', field: 'article_id', article_id: 99 });
    expect(members[0].outcome!.record.total_units + members[1].outcome!.record.total_units).toBe(300);
  });

  it('per-article inputs reach only their article (a bundle type without WB mapping fails that article alone)', () => {
    const request = { ...example15, article_inputs: [{ article_id: 2, bundle_type_ids: [7] }] };
    const members = planPortfolio([1, 2], dataOf(wbArticle(1, 1, 30, 60), wbArticle(2, 2, 0, 30)), request, { today: AS_OF }, null);
    expect(members[0].outcome!.body.status).toBe('ok');
    expect(members[1].error).toMatchObject({ code: 'missing_wb_mapping_for_requested_bundle_types', field: 'bundle_type_ids', missing_bundle_type_ids: [7] });
    // Alone in its group now, article 1 is lifted to the whole minimum.
    expect(members[0].outcome!.record.total_units).toBe(300);
  });

  it('memberRequest copies the shared fields and the article’s own inputs', () => {
    const request: PortfolioRequest = { ...example15, freshness_mode: 'strict', article_inputs: [{ article_id: 5, size_weights: { '2': 1 } }] };
    expect(memberRequest(request, 5, request.article_inputs![0])).toMatchObject({
      article_id: 5,
      as_of_date: AS_OF,
      observation_window_days: 10,
      freshness_mode: 'strict',
      size_weights: { '2': 1 },
      bundle_type_ids: [],
      overrides: example15.overrides,
    });
  });
});

describe('portfolioCapital', () => {
  it('strict mode without a request or global budget is the 422 missing_available_capital_strict', () => {
    let error: unknown;
    try {
      portfolioCapital(null, { capital_governance_mode: 'strict' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PlanningCoreError);
    expect((error as PlanningCoreError).status).toBe(422);
    expect((error as PlanningCoreError).detail).toMatchObject({ code: 'missing_available_capital_strict', field: 'available_capital', capital_governance_mode: 'strict' });
  });
  it('the budget comes from the request, else the global row', () => {
    expect(portfolioCapital(globalRow({ availableCapital: 5000 }), { capital_governance_mode: 'strict' })).toEqual({ budget: 5000, mode: 'strict' });
    expect(portfolioCapital(globalRow({ availableCapital: 5000 }), { available_capital: 0 })).toEqual({ budget: 0, mode: 'unconstrained' });
    expect(portfolioCapital(null, null)).toEqual({ budget: null, mode: 'unconstrained' });
  });
});

describe('portfolioRequestSnapshot', () => {
  it('fills every default and the resolved day 0', () => {
    expect(portfolioRequestSnapshot({ article_ids: [3] }, AS_OF)).toEqual({
      article_ids: [3],
      as_of_date: AS_OF,
      observation_window_days: 30,
      freshness_mode: 'warn',
      freshness_sales_stale_after_days: null,
      freshness_stock_stale_after_days: null,
      planning_horizon_days: 90,
      overrides: null,
      article_inputs: [],
      persist: true,
    });
  });
});
