import { computeDemand } from './demand';
import { ArticleProposalInputs, buildOrderProposal, proposeForArticle, ProposalSettings, ProposalSku } from './order-proposal';

/*
 * 02 §5.2 examples 9–17 on plain inputs. Fixture OP: one sale of `sales` on the target date, so the
 * average is `sales` and the deficit is sales × horizon; no WB stock.
 */

const COLORS = [11, 12, 13];

function skus(colorIds: number[], sizeSortOrders: number[]): ProposalSku[] {
  let id = 100;
  // created colour by colour, sizes in the given order; size id = 1 + index
  return colorIds.flatMap((colorId) =>
    sizeSortOrders.map((sortOrder, index) => ({ skuUnitId: id++, colorId, sizeId: index + 1, sizeSortOrder: sortOrder, nscStock: 0 })),
  );
}

function article(options: {
  articleId?: number;
  colors?: number[];
  sizes?: number[];
  horizon: number;
  sales: number;
  settings?: Partial<ProposalSettings>;
  colorMinima?: [number, number][];
  elasticMinimum?: number;
}): ArticleProposalInputs {
  const articleId = options.articleId ?? 1;
  return {
    settings: { articleId, isActive: true, minFabricBatch: 0, minElasticBatch: 0, strictness: 1.0, ...options.settings },
    skus: skus(options.colors ?? COLORS, options.sizes ?? [1, 2]),
    colorMinima: new Map(options.colorMinima ?? []),
    elasticMinimum: options.elasticMinimum ?? 0,
    demand: computeDemand({
      articleId,
      listingCount: 1,
      totalSales: options.sales,
      daysWithSales: options.sales > 0 ? 1 : 0,
      wbStock: 0,
      articleTargetCoverageDays: options.horizon,
      globalTargetCoverageDays: 60,
    }),
  };
}

const quantities = (inputs: ArticleProposalInputs[], explanation = true) =>
  buildOrderProposal('2025-01-31', inputs, explanation).items.map((item) => [item.color_id, item.size_id, item.quantity]);

describe('buildOrderProposal (02 §4.2)', () => {
  it('example 9: no planning settings gives no items and the fixed text, even without explanations', () => {
    for (const explanation of [true, false]) {
      expect(buildOrderProposal('2025-01-31', [], explanation)).toEqual({
        target_date: '2025-01-31',
        items: [],
        global_explanation: 'No planning settings configured; no order proposal generated.',
        article_traces: [],
      });
    }
  });

  it('example 10: scenario A splits 180 evenly over six SKUs, no minima mentioned', () => {
    const proposal = buildOrderProposal('2025-01-31', [article({ horizon: 10, sales: 18 })], true);
    expect(proposal.items.map((item) => item.quantity)).toEqual([30, 30, 30, 30, 30, 30]);
    expect(proposal.global_explanation).toContain('WB demand -> avg_daily_sales');
    expect(proposal.global_explanation).not.toContain('Color minima applied');
    expect(proposal.global_explanation).not.toContain('Elastic minima applied');
  });

  it('example 11: scenario B raises the first colour to its minimum', () => {
    const proposal = buildOrderProposal('2025-01-31', [article({ horizon: 10, sales: 18, colorMinima: [[11, 200]] })], true);
    expect(proposal.items.map((item) => [item.color_id, item.quantity])).toEqual([
      [11, 100], [11, 100], [12, 30], [12, 30], [13, 30], [13, 30],
    ]);
    expect(proposal.global_explanation).toContain('Color minima applied');
    expect(proposal.global_explanation).toContain('color_id=11');
    expect(proposal.article_traces[0].colors.map((color) => color.limitingConstraint)).toEqual(['color_min_batch', 'none', 'none']);
  });

  it('example 12: scenario C spreads the elastic minimum proportionally, remainder to the lowest colours', () => {
    const proposal = buildOrderProposal('2025-01-31', [article({ horizon: 20, sales: 15, elasticMinimum: 500 })], true);
    expect(proposal.items.map((item) => item.quantity)).toEqual([84, 83, 84, 83, 83, 83]);
    expect(proposal.global_explanation).toContain('Elastic minima applied');
    expect(proposal.global_explanation).toContain('elastic_min_batch_qty=500');
    expect(proposal.article_traces[0].colors.map((color) => color.limitingConstraint)).toEqual(Array(3).fill('elastic_min_batch'));
  });

  it('example 13: scenario D combines strictness, article, colour and elastic minima', () => {
    const inputs = article({
      horizon: 10,
      sales: 20,
      sizes: [1, 2, 3],
      settings: { minFabricBatch: 250, minElasticBatch: 300, strictness: 1.2 },
      colorMinima: [[11, 220]],
      elasticMinimum: 600,
    });
    const proposal = buildOrderProposal('2025-01-31', [inputs], true);
    expect(proposal.items.map((item) => item.quantity)).toEqual([105, 105, 105, 48, 48, 47, 48, 47, 47]);
    for (const label of ['WB demand -> avg_daily_sales', 'Color minima applied', 'Elastic minima applied']) {
      expect(proposal.global_explanation).toContain(label);
    }
    expect(proposal.article_traces[0]).toMatchObject({ baseDeficit: 200, proposedQty: 240, total: 600 });
  });

  it('example 14: without explanations the quantities are the same and every text is null', () => {
    const inputs = [article({ horizon: 10, sales: 18, colorMinima: [[11, 200]] })];
    const silent = buildOrderProposal('2025-01-31', inputs, false);
    expect(quantities(inputs, false)).toEqual(quantities(inputs, true));
    expect(silent.global_explanation).toBeNull();
    expect(silent.items.every((item) => item.explanation === null)).toBe(true);
  });

  it('example 15: inactive articles, articles without demand and without SKUs produce nothing', () => {
    const inactive = article({ articleId: 1, horizon: 10, sales: 18, settings: { isActive: false } });
    const noDemand = article({ articleId: 2, horizon: 10, sales: 0 });
    const noSkus = { ...article({ articleId: 3, horizon: 10, sales: 18 }), skus: [] };
    const proposal = buildOrderProposal('2025-01-31', [inactive, noDemand, noSkus], true);
    expect(proposal.items).toEqual([]);
    expect(proposal.global_explanation).not.toContain('WB demand -> avg_daily_sales');
  });

  it.each([
    [0.5, 100],
    [0.0, 100],
    [1.2, 120],
    [1.15, 115],
  ])('example 16: strictness %p on a deficit of 100 orders %p', (strictness, expected) => {
    const inputs = [article({ colors: [11], sizes: [1], horizon: 10, sales: 10, settings: { strictness } })];
    expect(quantities(inputs)).toEqual([[11, 1, expected]]);
  });

  it('example 17: an article minimum is split over the colours', () => {
    const inputs = [article({ colors: [11, 12], sizes: [1], horizon: 10, sales: 10, settings: { minFabricBatch: 1000 } })];
    const proposal = buildOrderProposal('2025-01-31', inputs, false);
    expect(proposal.items.map((item) => item.quantity)).toEqual([500, 500]);
    expect(proposal.article_traces[0].colors.map((color) => color.limitingConstraint)).toEqual(['fabric_min_batch', 'fabric_min_batch']);
  });

  it('PO-17: remainders go to the smaller sizes within each colour', () => {
    const inputs = [article({ colors: [11, 12], sizes: [1, 2, 3], horizon: 10, sales: 20 })];
    expect(quantities(inputs)).toEqual([
      [11, 1, 34], [11, 2, 33], [11, 3, 33], [12, 1, 34], [12, 2, 33], [12, 3, 33],
    ]);
  });

  it('sizes are served by sort order, not by id, and items follow the SKU id order', () => {
    // size 1 sorts last: the remainder unit goes to size 2
    const inputs = [article({ colors: [11], sizes: [9, 1], horizon: 1, sales: 3 })];
    expect(quantities(inputs)).toEqual([[11, 1, 1], [11, 2, 2]]);
  });

  it('the colour order without lines is the order of each colour\'s first line, and the trace is the same', () => {
    // Colour 13's SKUs get lower ids than colour 11's, and only the first SKU by sort order of each colour gets a unit.
    const base = article({ colors: [11, 12, 13], sizes: [5, 1], horizon: 1, sales: 3 });
    const inputs = { ...base, skus: [...base.skus].reverse().map((sku, index) => ({ ...sku, skuUnitId: 200 + index })) };
    const full = proposeForArticle(inputs, false);
    const traceOnly = proposeForArticle(inputs, false, false);
    expect(traceOnly.lines).toEqual([]);
    expect(traceOnly.trace).toEqual(full.trace);
    expect(full.lines.map((line) => [line.color_id, line.size_id, line.quantity])).toEqual([[13, 2, 1], [12, 2, 1], [11, 2, 1]]);
    expect(traceOnly.colorOrder).toEqual([13, 12, 11]);
    expect(full.colorOrder).toEqual([...new Set(full.lines.map((line) => line.color_id))]);
  });
});
