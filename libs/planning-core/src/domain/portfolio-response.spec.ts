import { PlanningInput, PlanningOverridesInput, ProposalOutcome, StoredArticleData } from './engine-contract';
import { planArticlesJointly } from './engine/portfolio';
import { assemblePortfolioResponse, PortfolioMemberResult, PortfolioRunFacts } from './portfolio-response';
import { prepareDirectProposal } from './proposal';
import { AS_OF, articleRow, COMMON_OVERRIDES, directRequest, fixed, storedArticle } from './testing/fixtures';

interface ArticleSpec {
  id: number;
  colorId: number;
  pantone: string;
  onHand: number;
  rate: number;
  data?: Partial<StoredArticleData>;
}

/** Articles of one size (M) and one colour each, planned jointly as a portfolio with `budget`. */
function portfolio(specs: ArticleSpec[], overrides: PlanningOverridesInput, budget: number | null): PortfolioMemberResult[] {
  const prepared = specs.map((s) => {
    const data = { ...storedArticle({ articleId: s.id, skus: { [`C${s.colorId}-M`]: s.onHand }, bundleTypes: [fixed(1, [s.colorId])], pantone: { [s.colorId]: s.pantone } }), ...s.data };
    const request = directRequest({ article_id: s.id, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: s.rate }] }, { fabric_min_batch_qty_default: 300, ...overrides });
    return { id: s.id, prepared: prepareDirectProposal(data, request, { today: AS_OF }, { portfolio: true }) };
  });
  const planned = prepared.filter((p) => 'input' in p.prepared);
  const outcomes = planArticlesJointly(
    planned.map((p) => ('input' in p.prepared ? p.prepared.input : (null as unknown as PlanningInput))),
    { budget },
  );
  return prepared.map((p) => ({
    articleId: p.id,
    outcome: 'skipped' in p.prepared ? p.prepared.skipped : (outcomes[planned.indexOf(p)] as ProposalOutcome),
  }));
}

const facts = (budget: number | null, extra: Partial<PortfolioRunFacts> = {}): PortfolioRunFacts => ({
  portfolioRunId: null,
  generatedAt: '2026-03-02T08:00:00.000Z',
  asOfDate: AS_OF,
  budget,
  governanceMode: 'unconstrained',
  proposalIds: null,
  ...extra,
});

const EXAMPLE_15: ArticleSpec[] = [
  { id: 1, colorId: 1, pantone: 'PX', onHand: 30, rate: 6 },
  { id: 2, colorId: 2, pantone: 'PX', onHand: 0, rate: 3 },
];

describe('assemblePortfolioResponse', () => {
  it('Example 15: one joint PX entry (180 → 300), totals 300 pieces over 2 ordering articles, no ids when unsaved', () => {
    const response = assemblePortfolioResponse(portfolio(EXAMPLE_15, {}, null), facts(null));
    expect(Object.keys(response)).toEqual(['portfolio_run_id', 'generated_at', 'as_of_date', 'totals', 'budget', 'fabric_min_batches', 'elastic_min_batches', 'items', 'warnings']);
    expect(response.fabric_min_batches).toHaveLength(1);
    expect(response.fabric_min_batches[0]).toMatchObject({ pantone_code: 'PX', required: 180, applied_min: 300, shared_pool_required: 180, uplift: 120, article_ids: [1, 2], article_required: 180, status: 'uplifted' });
    expect(response.totals).toEqual({
      articles_total: 2,
      articles_ok: 2,
      articles_skipped: 0,
      articles_error: 0,
      articles_ordering: 2,
      total_units: 300,
      capital_required: null,
      available_capital: null,
    });
    expect(response.budget).toEqual({ status: 'available_capital_not_set', capital_before: null, capital_after: null, groups: [] });
    expect(response.items.map((i) => [i.article_id, i.status, i.proposal_id, i.action, i.total_units, i.target_arrival_date])).toEqual([
      [1, 'ok', null, 'order_with_buffer', 200, '2026-03-12'],
      [2, 'ok', null, 'order_with_buffer', 100, '2026-03-12'],
    ]);
    expect(response.warnings.map((w) => [w.code, w.params])).toEqual([['available_capital_not_set', { capital_governance_mode: 'unconstrained' }]]);
  });

  it('items follow article ids, carry their stored ids, and error items keep the error object', () => {
    const members: PortfolioMemberResult[] = [
      ...portfolio([...EXAMPLE_15, { id: 3, colorId: 3, pantone: 'PZ', onHand: 0, rate: 1, data: { settings: { article: articleRow({ includeInPlanning: false }), planningSettings: null, global: null } } }], {}, null),
      { articleId: 0, error: { code: 'article_not_found', message: 'Article not found', field: 'article_id', article_id: 0 } },
    ];
    const response = assemblePortfolioResponse(members, facts(null, { portfolioRunId: 9, proposalIds: new Map([[1, 11], [2, 12], [3, 13]]) }));
    expect(response.portfolio_run_id).toBe(9);
    expect(response.items).toEqual([
      { article_id: 0, status: 'error', proposal_id: null, action: null, risk_level: null, total_units: 0, capital_required: null, order_by_date: null, target_arrival_date: null, error: members[3].error },
      expect.objectContaining({ article_id: 1, status: 'ok', proposal_id: 11 }),
      expect.objectContaining({ article_id: 2, status: 'ok', proposal_id: 12 }),
      { article_id: 3, status: 'skipped', proposal_id: 13, action: null, risk_level: 'no_data', total_units: 0, capital_required: null, order_by_date: null, target_arrival_date: null, error: null },
    ]);
    expect(response.totals).toMatchObject({ articles_total: 4, articles_ok: 2, articles_skipped: 1, articles_error: 1, articles_ordering: 2, total_units: 300 });
  });

  it('Regression 4: one budget across the portfolio; every group ends at 0 or at its minimum and Σ capital ≤ budget', () => {
    const specs = [...EXAMPLE_15, { id: 3, colorId: 3, pantone: 'PY', onHand: 0, rate: 4 }];
    const members = portfolio(specs, { production_cost_per_unit: 1, available_capital: 400 }, 400);
    // Each article reports its own groups; the run reports all of them once.
    expect(members.map((m) => m.outcome!.body.explanation.meta.budget!.groups.map((g) => g.pantone_code))).toEqual([['PX'], ['PX'], ['PY']]);
    const response = assemblePortfolioResponse(members, facts(400));
    expect(response.budget.status).toBe('budget_limited_applied');
    expect(response.budget.capital_before).toBe(600);
    expect(response.budget.groups.map((g) => g.pantone_code)).toEqual(['PX', 'PY']);
    for (const g of response.budget.groups) expect(g.units_after === 0 || g.units_after >= 300).toBe(true);
    expect(response.budget.groups.map((g) => g.budget_status).sort()).toEqual(['dropped', 'kept']);
    const spent = response.items.reduce((sum, i) => sum + (i.capital_required ?? 0), 0);
    expect(spent).toBeLessThanOrEqual(400);
    expect(response.totals.capital_required).toBe(spent);
    expect(response.budget.capital_after).toBe(spent);
    expect(response.totals.available_capital).toBe(400);
    expect(response.warnings).toEqual([]);
  });

  it('a budget with an unknown unit cost is not applied: unit_cost_not_set naming the articles, capital unknown', () => {
    const response = assemblePortfolioResponse(portfolio(EXAMPLE_15, { available_capital: 100 }, 100), facts(100));
    expect(response.budget).toEqual({ status: 'unit_cost_not_set', capital_before: null, capital_after: null, groups: [] });
    expect(response.totals).toMatchObject({ total_units: 300, capital_required: null, available_capital: 100 });
    expect(response.warnings.map((w) => [w.code, w.params])).toEqual([['unit_cost_not_set', { article_ids: [1, 2] }]]);
  });

  it('nothing to order: the budget holds, zero capital, no joint entries', () => {
    const specs = [{ id: 1, colorId: 1, pantone: 'PX', onHand: 5000, rate: 1 }];
    const response = assemblePortfolioResponse(portfolio(specs, { production_cost_per_unit: 2, available_capital: 50 }, 50), facts(50));
    expect(response.items[0].action).toBe('wait');
    expect(response.budget).toEqual({ status: 'within_budget', capital_before: 0, capital_after: 0, groups: [] });
    expect(response.totals).toMatchObject({ articles_ordering: 0, total_units: 0, capital_required: 0 });
    expect(response.fabric_min_batches).toEqual([]);
  });

  it('a shared elastic type is reported once, without an article, over both articles', () => {
    const elastic = { elasticSettings: [{ elasticTypeId: 5, elasticMinBatchQty: 400 }] };
    const specs = EXAMPLE_15.map((s) => ({ ...s, data: elastic }));
    const response = assemblePortfolioResponse(portfolio(specs, {}, null), facts(null));
    expect(response.elastic_min_batches).toEqual([
      expect.objectContaining({ article_id: null, elastic_type_id: 5, required: 300, applied_min: 400, uplift: 100, status: 'uplifted', article_ids: [1, 2] }),
    ]);
    expect(response.totals.total_units).toBe(400);
  });

  it('warnings of the joint lot sizing appear once, not once per member', () => {
    const specs = EXAMPLE_15.map((s) => ({ ...s, data: { colorFabricMins: [{ colorId: s.colorId, fabricMinBatchQty: 200 * s.id }] } }));
    const members = portfolio(specs, {}, null);
    expect(members.every((m) => m.outcome!.body.warnings.some((w) => w.code === 'fabric_min_override_conflict'))).toBe(true);
    const response = assemblePortfolioResponse(members, facts(null));
    expect(response.warnings.map((w) => w.code)).toEqual(['fabric_min_override_conflict', 'available_capital_not_set']);
    expect(response.fabric_min_batches[0]).toMatchObject({ applied_min: 400, source: 'color_settings' });
  });
});
