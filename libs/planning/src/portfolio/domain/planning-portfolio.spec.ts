import { PortfolioArticle, PortfolioInputs } from '../../analytics/domain/portfolio-inputs';
import { explanationOf, explanationsFrom, PortfolioObserver, riskEntriesFrom } from './planning-portfolio';

/*
 * Risk (C7) and explanations (C8) derived from ONE set of loaded inputs (02 §6.4). The article of
 * example 57: strictness 1.5, horizon 60, 9 singles at NSC, one sale of 10 on a single day through
 * a listing without bundle type, and a bundle type whose recipe is its only colour.
 */
const COLOR = 5;
const SIZE = 8;
const BUNDLE_TYPE = 3;

function article(overrides: Partial<PortfolioArticle> & { articleId: number; articleCode: string }): PortfolioArticle {
  return {
    settings: { isActive: true, minFabricBatch: 0, minElasticBatch: 0, strictness: 1.5, safetyStockDays: 0, alertThresholdDays: 0 },
    elasticMinimum: 0,
    elasticType: null,
    articleTargetCoverageDays: null,
    globalTargetCoverageDays: null,
    ...overrides,
  };
}

function inputsOf(articles: PortfolioArticle[], options: { bundleTypeExists?: boolean } = {}): PortfolioInputs {
  const perArticle = <T>(value: (id: number) => T) => new Map(articles.map((a) => [a.articleId, value(a.articleId)]));
  return {
    articles,
    skus: perArticle((id) => [
      { skuUnitId: id * 100, colorId: COLOR, sizeId: SIZE, sizeSortOrder: 1, sizeLabel: 'M', nscStock: 9, heldAtNsc: true },
    ]),
    colors: perArticle(() => new Map([[COLOR, { name: 'RED', minimum: null }]])),
    recipes: perArticle(() => [{ bundleTypeId: BUNDLE_TYPE, colorId: COLOR, bundleTypeExists: options.bundleTypeExists ?? true }]),
    bundleListings: new Map(),
    bundleTypeNames: new Map([[BUNDLE_TYPE, 'Duo']]),
    bundleSales: new Map(),
    wbDemand: perArticle(() => ({ listingCount: 1, totalSales: 10, daysWithSales: 1, wbStock: 0 })),
  };
}

function recordingObserver() {
  const events: string[] = [];
  const observer: PortfolioObserver = {
    missingBundleType: (articleId, bundleTypeId) => events.push(`missing ${articleId}:${bundleTypeId}`),
    explanationFailed: (articleId, error) => events.push(`failed ${articleId}: ${(error as Error).message}`),
  };
  return { events, observer };
}

describe('planning portfolio from one load (02 §6.4)', () => {
  it('example 57: overstock without bundle sales while strictness raises the order to 900', () => {
    const inputs = inputsOf([article({ articleId: 1, articleCode: 'HLT' })]);
    const { events, observer } = recordingObserver();
    const [entry, ...others] = riskEntriesFrom(inputs, false, observer);
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      articleId: 1,
      bundleTypeId: BUNDLE_TYPE,
      bundleTypeName: 'Duo',
      riskLevel: 'overstock',
      totalAvailableBundles: 9,
      avgDailySales: 0,
      daysOfCover: null,
      explanation: null,
    });
    const [explanation] = explanationsFrom(inputs, observer);
    expect(explanation.reasons).toHaveLength(1);
    expect(explanation.reasons[0]).toMatchObject({
      color_id: COLOR,
      color_name: 'RED',
      base_deficit: 600,
      proposed_qty: 900,
      final_order_qty: 900,
      total_available_before: 9,
      forecast_horizon_days: 60,
      limiting_constraint: 'strictness',
    });
    expect(events).toEqual([]);
  });

  it('keeps the selection order and explains an article without settings or an inactive one with no reasons', () => {
    const inputs = inputsOf([
      article({ articleId: 7, articleCode: 'SEVEN' }),
      article({ articleId: 2, articleCode: 'NO-SETTINGS', settings: null }),
      article({ articleId: 4, articleCode: 'INACTIVE', settings: { ...article({ articleId: 4, articleCode: '' }).settings!, isActive: false } }),
    ]);
    const items = explanationsFrom(inputs, recordingObserver().observer);
    expect(items.map((item) => [item.article_id, item.reasons.length])).toEqual([
      [7, 1],
      [2, 0],
      [4, 0],
    ]);
    expect(riskEntriesFrom(inputs, true, recordingObserver().observer).map((entry) => entry.articleId)).toEqual([7, 2, 4]);
  });

  it('W-BUG-6: an article whose explanation throws is logged and listed without reasons; the others are explained', () => {
    const inputs = inputsOf([article({ articleId: 1, articleCode: 'ONE' }), article({ articleId: 2, articleCode: 'BROKEN' }), article({ articleId: 3, articleCode: 'THREE' })]);
    const { events, observer } = recordingObserver();
    const items = explanationsFrom(inputs, observer, (loaded, selected) => {
      if (selected.articleId === 2) throw new Error('inconsistent rows');
      return explanationOf(loaded, selected);
    });
    expect(items.map((item) => [item.article_id, item.article_code, item.reasons.map((reason) => reason.final_order_qty)])).toEqual([
      [1, 'ONE', [900]],
      [2, 'BROKEN', []],
      [3, 'THREE', [900]],
    ]);
    expect(events).toEqual(['failed 2: inconsistent rows']);
  });

  it('W-BUG-6: a recipe of a missing bundle type counts no capacity from singles and is reported', () => {
    const { events, observer } = recordingObserver();
    const [entry] = riskEntriesFrom(inputsOf([article({ articleId: 1, articleCode: 'ONE' })], { bundleTypeExists: false }), true, observer);
    expect(entry).toMatchObject({ bundleTypeId: BUNDLE_TYPE, totalAvailableBundles: 0, riskLevel: 'no_data' });
    expect(events).toEqual([`missing 1:${BUNDLE_TYPE}`]);
  });
});
