import type { ArticleProposalTrace } from '../../analytics';
import { ExplanationArticle, explainArticle } from './order-explanation';

function article(overrides: Partial<ExplanationArticle> = {}): ExplanationArticle {
  return {
    articleId: 7,
    articleCode: 'ART',
    settings: { strictness: 1.0, minFabricBatch: 0, minElasticBatch: 0 },
    elasticType: null,
    colors: new Map([
      [1, { name: 'RED', minimum: null }],
      [2, { name: 'BLUE', minimum: 80 }],
    ]),
    nscStock: 0,
    ...overrides,
  };
}

function trace(overrides: Partial<ArticleProposalTrace> = {}): ArticleProposalTrace {
  return {
    articleId: 7,
    baseDeficit: 100,
    wbStock: 0,
    forecastHorizonDays: 10,
    proposedQty: 100,
    total: 100,
    colors: [
      { colorId: 1, quantity: 50, limitingConstraint: 'none' },
      { colorId: 2, quantity: 50, limitingConstraint: 'none' },
    ],
    ...overrides,
  };
}

describe('explainArticle (C8, 02 §4.9)', () => {
  it('has no reasons without planning settings or without a proposal trace', () => {
    expect(explainArticle(article({ settings: null }), trace(), [1, 2])).toEqual({ article_id: 7, article_code: 'ART', reasons: [] });
    expect(explainArticle(article(), null, [])).toEqual({ article_id: 7, article_code: 'ART', reasons: [] });
  });

  it('emits one reason per colour in the order of the proposal items, skipping colours without quantity', () => {
    const colors = [
      { colorId: 1, quantity: 0, limitingConstraint: 'none' as const },
      { colorId: 2, quantity: 60, limitingConstraint: 'color_min_batch' as const },
      { colorId: 3, quantity: 40, limitingConstraint: 'none' as const },
    ];
    const reasons = explainArticle(article(), trace({ colors }), [3, 2]).reasons;
    expect(reasons.map((reason) => [reason.color_id, reason.final_order_qty, reason.limiting_constraint])).toEqual([
      [3, 40, 'none'],
      [2, 60, 'color_min_batch'],
    ]);
    expect(reasons[0]).toMatchObject({ color_name: null, color_min_batch: null });
    expect(reasons[1]).toMatchObject({ color_name: 'BLUE', color_min_batch: 80 });
  });

  it('reports the article figures on every reason: adjusted deficit as a float, available stock from WB and NSC', () => {
    const reasons = explainArticle(
      article({ settings: { strictness: 1.15, minFabricBatch: 0, minElasticBatch: 0 }, nscStock: 9 }),
      trace({ proposedQty: 115, wbStock: 5, forecastHorizonDays: 30 }),
      [1, 2],
    ).reasons;
    for (const reason of reasons) {
      expect(reason).toMatchObject({
        proposed_qty: 115,
        base_deficit: 100,
        strictness: 1.15,
        total_available_before: 14,
        forecast_horizon_days: 30,
        min_fabric_batch: null,
        min_elastic_batch: null,
        elastic_type_id: null,
      });
      expect(reason.adjusted_deficit).toBeCloseTo(115, 9);
      expect(reason.explanation).toContain('base_deficit=100');
    }
  });

  it('treats strictness ≤ 0 as 1.0 for the adjusted deficit but reports the raw value', () => {
    const [reason] = explainArticle(article({ settings: { strictness: 0, minFabricBatch: 0, minElasticBatch: 0 } }), trace(), [1]).reasons;
    expect(reason).toMatchObject({ strictness: 0, adjusted_deficit: 100 });
  });

  it('the elastic minimum is the larger of the settings value and the elastic type minimum', () => {
    const elasticType = { id: 4, name: 'EL', minimum: 300 };
    const withSettingsAbove = article({ settings: { strictness: 1, minFabricBatch: 250, minElasticBatch: 700 }, elasticType });
    expect(explainArticle(withSettingsAbove, trace(), [1]).reasons[0]).toMatchObject({
      min_fabric_batch: 250,
      min_elastic_batch: 700,
      elastic_type_id: 4,
      elastic_type_name: 'EL',
    });
    const withTypeAbove = article({ settings: { strictness: 1, minFabricBatch: 0, minElasticBatch: 200 }, elasticType });
    expect(explainArticle(withTypeAbove, trace(), [1]).reasons[0].min_elastic_batch).toBe(300);
    const withSettingsOnly = article({ settings: { strictness: 1, minFabricBatch: 0, minElasticBatch: 200 } });
    expect(explainArticle(withSettingsOnly, trace(), [1]).reasons[0]).toMatchObject({ min_elastic_batch: 200, elastic_type_id: null });
  });
});
