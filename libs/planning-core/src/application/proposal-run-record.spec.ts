import { articleRow, fixed, runDirect, storedArticle } from '../domain/testing/fixtures';
import { freshProposalResponse, proposalRunRows } from './proposal-run-record';

const example1 = () =>
  runDirect(
    storedArticle({ skus: { 'C1-S': 40, 'C1-M': 60, 'C2-S': 100, 'C2-M': 0 }, bundleTypes: [fixed(1, [1, 2])] }),
    { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] },
  );
const identity = { proposalId: 17, portfolioRunId: null, generatedAt: '2026-03-02T08:30:00.123Z' };

describe('proposal run records', () => {
  it('the fresh response carries the reserved ids and clock in wire order, not yet converted', () => {
    const response = freshProposalResponse(example1(), { ...identity, portfolioRunId: 5 });
    expect(Object.keys(response).slice(0, 6)).toEqual(['proposal_id', 'portfolio_run_id', 'source', 'status', 'article_id', 'generated_at']);
    expect(response).toMatchObject({ proposal_id: 17, portfolio_run_id: 5, generated_at: '2026-03-02T08:30:00.123Z', purchase_order_id: null, converted_at: null });
    expect(Object.keys(response).slice(-2)).toEqual(['purchase_order_id', 'converted_at']);
  });

  it('the proposal row takes the decided columns from the outcome and the given text as its response', () => {
    const outcome = example1();
    const { proposal } = proposalRunRows(outcome, '{"stored":true}', { ...identity, portfolioRunId: 9 });
    expect(proposal).toEqual({
      id: 17,
      articleId: 1,
      portfolioRunId: 9,
      createdAt: '2026-03-02T08:30:00.123Z',
      asOfDate: '2026-03-02',
      source: 'direct',
      status: 'ok',
      action: 'order_with_buffer',
      riskLevel: 'critical',
      leadTimeDaysTotal: 10,
      orderByDate: '2026-03-02',
      targetArrivalDate: '2026-03-12',
      totalUnits: 340,
      capitalRequired: null,
      availableCapital: null,
      engineVersion: 'pc-v1',
      inputSnapshot: outcome.inputSnapshot,
      policySnapshot: outcome.policySnapshot,
      warnings: outcome.body.warnings,
      responseText: '{"stored":true}',
    });
  });

  it('one line row per in-scope SKU with every breakdown column, numbers unchanged', () => {
    const outcome = example1();
    const { lines } = proposalRunRows(outcome, '{}', identity);
    expect(lines).toHaveLength(4);
    expect(lines.map((line) => [line.colorId, line.sizeId, line.recommendedQty])).toEqual([
      [1, 1, 100],
      [1, 2, 90],
      [2, 1, 50],
      [2, 2, 100],
    ]);
    const c1m = lines[1];
    const recommended = outcome.body.recommendation!.lines[1];
    expect(c1m).toEqual({
      proposalId: 17,
      articleId: 1,
      colorId: 1,
      sizeId: 2,
      skuUnitId: recommended.sku_unit_id,
      pantoneKey: recommended.breakdown.pantone_code,
      dailyDemand: recommended.breakdown.daily_demand,
      onHandNow: 60,
      receiptsBeforeArrival: 0,
      receiptsInWindow: 0,
      projectedOnHandAtArrival: 10,
      safetyStockTarget: recommended.breakdown.safety_stock_target,
      netRequirement: 90,
      safetyStock: 0,
      fabricUplift: 0,
      elasticUplift: 0,
      moqUplift: 0,
      multipleUplift: 0,
      budgetCut: 0,
      recommendedQty: 90,
      coverDaysNow: 12,
      coverDaysAtArrival: 20,
      stockoutDateWithoutOrder: '2026-03-14',
      riskLevel: 'warning',
      reasonCodes: recommended.breakdown.reason_codes,
      sourceReason: recommended.source_reason,
    });
  });

  it('a wait run keeps its zero lines; a skipped run has none', () => {
    const waiting = runDirect(
      storedArticle({ skus: { 'C1-S': 0, 'C1-M': 0, 'C2-S': 0, 'C2-M': 0 }, bundleTypes: [fixed(1, [1, 2])] }),
      { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }], bundle_stock: [{ bundle_type_id: 1, wb_qty: 150, local_qty: 30, in_transit_to_wb_qty: 20 }] },
    );
    expect(waiting.body.recommendation!.action).toBe('wait');
    expect(proposalRunRows(waiting, '{}', identity).lines.map((line) => line.recommendedQty)).toEqual([0, 0, 0, 0]);

    const data = storedArticle({ skus: { 'C1-S': 40 }, bundleTypes: [fixed(1, [1])] });
    data.settings.article = articleRow({ includeInPlanning: false });
    const skipped = runDirect(data, { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] });
    const rows = proposalRunRows(skipped, '{}', identity);
    expect(rows.proposal).toMatchObject({ status: 'skipped', action: null, targetArrivalDate: null, totalUnits: 0 });
    expect(rows.lines).toEqual([]);
  });
});
