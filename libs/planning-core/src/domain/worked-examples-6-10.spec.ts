/* Spec 05 §5, examples 6–10, number for number. */
import { StoredArticleData } from './engine-contract';
import { assorti, codes, fixed, line, recLine, runDirect, storedArticle } from './testing/fixtures';

describe('Example 6 — elastic minimum on bound lines only', () => {
  const data: StoredArticleData = {
    ...storedArticle({ skus: { 'C1-S': 40, 'C1-M': 30, 'C2-S': 60, 'C2-M': 40 }, bundleTypes: [fixed(1, [1, 2])] }),
    elasticSettings: [{ elasticTypeId: 7, elasticMinBatchQty: 200 }],
    elasticBindings: [{ elasticTypeId: 7, colorId: 1, skuUnitId: null, isActive: true }],
  };
  const out = runDirect(data, { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }], size_weights: { '1': 0.6, '2': 0.4 } });

  it('lines', () => {
    const expected: [number, number, string, number, number, number, number, number, number][] = [
      [1, 1, '2026-03-15', 13.3, 10, 50, 72, 122, 44.0],
      [1, 2, '2026-03-17', 15.0, 10, 30, 48, 78, 44.0],
      [2, 1, '2026-03-22', 20.0, 30, 30, 0, 30, 20.0],
      [2, 2, '2026-03-22', 20.0, 20, 20, 0, 20, 20.0],
    ];
    for (const [c, s, stockout, coverNow, av, net, uplift, rec, coverArrival] of expected) {
      const l = line(out, c, s);
      expect([l.stockout_date_without_order, l.cover_days_now, l.projected_on_hand_at_arrival, l.net_requirement, l.elastic_uplift, l.recommended_qty, l.cover_days_at_arrival]).toEqual([
        stockout,
        coverNow,
        av,
        net,
        uplift,
        rec,
        coverArrival,
      ]);
    }
  });

  it('decision and elastic entry', () => {
    expect(out.body.recommendation).toMatchObject({ action: 'order_with_buffer', total_units: 250 });
    expect(out.body.order_by_date).toBe('2026-03-05');
    expect(out.body.risk_level).toBe('warning');
    expect(out.body.constraints_applied.elastic_min_batches).toEqual([
      { article_id: 1, elastic_type_id: 7, required: 80, applied_min: 200, uplift: 120, source: 'elastic_settings', status: 'uplifted', article_ids: [1] },
    ]);
  });
});

const example1Data = () => storedArticle({ skus: { 'C1-S': 40, 'C1-M': 60, 'C2-S': 100, 'C2-M': 0 }, bundleTypes: [fixed(1, [1, 2])] });

describe('Example 7 — order multiple', () => {
  const out = runDirect(example1Data(), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] }, { order_multiple: 40 });
  it('rounds every line up to a multiple of 40', () => {
    const expected: [number, number, number, number, number, number][] = [
      [1, 1, 100, 20, 120, 24.0],
      [1, 2, 90, 30, 120, 26.0],
      [2, 1, 50, 30, 80, 26.0],
      [2, 2, 100, 20, 120, 24.0],
    ];
    for (const [c, s, net, uplift, rec, coverArrival] of expected) {
      const l = line(out, c, s);
      expect([l.net_requirement, l.multiple_uplift, l.recommended_qty, l.cover_days_at_arrival]).toEqual([net, uplift, rec, coverArrival]);
      expect(recLine(out, c, s)!.source_reason).toBe('net_requirement|order_multiple');
    }
    expect(out.body.recommendation!.total_units).toBe(440);
    expect(out.body.explanation.reasons.find((r) => r.code === 'order_multiple_rounding')!.params).toEqual({ order_multiple: 40, uplift: 100 });
  });
});

const example8 = (overrides: object, skus: Record<string, number> = { 'C1-M': 150 }) =>
  runDirect(
    storedArticle({ skus, bundleTypes: [fixed(1, [1])] }),
    { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10, daily_sales_std_dev: 4 }] },
    { review_period_days: 6, safety_stock_method: 'service_level', service_level_percent: 95, ...overrides },
  );

describe('Example 8 — service-level safety stock', () => {
  const out = example8({});
  const l = line(out, 1, 2);
  it('safety stock, requirement and cover', () => {
    expect(l.safety_stock_target).toBe(26.32);
    expect([l.net_requirement, l.safety_stock, l.recommended_qty, l.cover_days_at_arrival]).toEqual([150, 27, 177, 22.7]);
    expect(l.stockout_date_without_order).toBe('2026-03-17');
    expect(l.cover_days_now).toBe(15.0);
    expect(l.risk_level).toBe('warning');
    const sku = out.body.explanation.meta.sku_projection![0];
    expect(sku.breach_date).toBe('2026-03-14');
  });
  it('orders now with order-by date 2026-03-04', () => {
    expect(out.body.recommendation!.action).toBe('order_with_buffer');
    expect(out.body.order_by_date).toBe('2026-03-04');
    const [wait, minimum] = out.body.alternatives;
    expect(minimum).toMatchObject({ action: 'order_minimum_only', total_units: 150 });
    expect(wait).toMatchObject({ projected_lost_units: 10, stockout_days: 1 });
    expect(out.body.explanation.reasons.find((r) => r.code === 'safety_stock_applied')!.params).toEqual({
      method: 'service_level',
      safety_stock_days: null,
      service_level_percent: 95,
      z: 1.6449,
      units: 27,
    });
  });
  it('variants: service level 90 ⇒ 171; days method with 3 days ⇒ 180', () => {
    const ninety = example8({ service_level_percent: 90 });
    expect(line(ninety, 1, 2).safety_stock_target).toBe(20.51);
    expect(line(ninety, 1, 2).recommended_qty).toBe(171);
    expect(line(example8({ safety_stock_method: 'days', safety_stock_days: 3 }), 1, 2).recommended_qty).toBe(180);
  });
  it('variant: two sizes hold SS 16.77 each', () => {
    const two = example8({}, { 'C1-S': 150, 'C1-M': 150 });
    expect(line(two, 1, 1).safety_stock_target).toBe(16.77);
    expect(line(two, 1, 2).safety_stock_target).toBe(16.77);
  });
});

const example9 = (onHandC2: number, capital: number) =>
  runDirect(
    storedArticle({ skus: { 'C1-M': 24, 'C2-M': onHandC2 }, bundleTypes: [fixed(1, [1]), fixed(2, [2])], pantone: { 1: 'PA', 2: 'PB' } }),
    { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 6 }, { bundle_type_id: 2, daily_sales: 4 }] },
    { fabric_min_batch_qty_default: 100, production_cost_per_unit: 1.0, available_capital: capital },
  );

describe('Example 9 — budget drops a whole Pantone group', () => {
  const out = example9(36, 180);
  it('keeps PA, drops PB', () => {
    const c1 = line(out, 1, 2);
    const c2 = line(out, 2, 2);
    expect([c1.stockout_date_without_order, c1.net_requirement, c1.recommended_qty, c1.budget_cut, c1.cover_days_at_arrival]).toEqual(['2026-03-06', 120, 120, 0, 20.0]);
    expect([c2.stockout_date_without_order, c2.net_requirement, c2.fabric_uplift, c2.recommended_qty, c2.budget_cut, c2.cover_days_at_arrival]).toEqual([
      '2026-03-11',
      80,
      20,
      0,
      100,
      0.0,
    ]);
    expect(c2.reason_codes).toEqual(['net_requirement', 'fabric_min_uplift', 'budget_dropped']);
    expect(out.body.recommendation!.lines.map((l) => [l.color_id, l.recommended_qty])).toEqual([[1, 120]]);
    expect(out.body.recommendation).toMatchObject({ total_units: 120, capital_required: 120.0 });
  });
  it('budget meta, fabric entry and reason', () => {
    const budget = out.body.explanation.meta.budget!;
    expect(budget.status).toBe('budget_limited_applied');
    expect(budget.groups.map((g) => [g.pantone_code, g.budget_status, g.units_before, g.units_after, g.stockout_date_after_cut])).toEqual([
      ['PA', 'kept', 120, 120, '2026-03-06'],
      ['PB', 'dropped', 100, 0, '2026-03-11'],
    ]);
    expect(out.body.constraints_applied.fabric_min_batches.find((f) => f.pantone_code === 'PB')!.budget_status).toBe('dropped');
    expect(out.body.explanation.reasons.find((r) => r.code === 'budget_cut')!.params).toEqual({
      available_capital: 180,
      capital_before: 220,
      capital_after: 120,
      dropped_pantones: ['PB'],
      reduced_pantones: [],
    });
  });
  it('variant: C2 at 0 and capital 210 ⇒ PB kept, PA reduced to 110', () => {
    const v = example9(0, 210);
    const c1 = line(v, 1, 2);
    const c2 = line(v, 2, 2);
    expect([c1.recommended_qty, c1.budget_cut, c1.cover_days_at_arrival]).toEqual([110, 10, 18.3]);
    expect([c2.recommended_qty, c2.cover_days_at_arrival]).toEqual([100, 25.0]);
    expect(v.body.recommendation!.capital_required).toBe(210);
    expect(v.body.explanation.meta.budget!.groups.find((g) => g.pantone_code === 'PA')!.budget_status).toBe('reduced');
  });
});

const example10 = (c1OnHand: number) =>
  runDirect(storedArticle({ skus: { 'C1-M': c1OnHand, 'C2-M': 0, 'C3-M': 0 }, bundleTypes: [fixed(1, [2, 3]), assorti(9, [1, 2, 3], 2)] }), {
    bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 4 }, { bundle_type_id: 9, daily_sales: 3 }],
  });

describe('Example 10 — assorti served from surplus', () => {
  const out = example10(200);
  it('shares and lines', () => {
    const shares = out.body.explanation.meta.assorti![0] as { colors: { color_id: number; share: number }[] };
    expect(shares.colors.map((c) => [c.color_id, c.share])).toEqual([
      [1, 1],
      [2, 0.5],
      [3, 0.5],
    ]);
    const expected: [number, number, number, number, number, number, number, string][] = [
      [1, 0, 3, 3, 170, 0, 66.7, 'overstock'],
      [2, 4, 1.5, 5.5, 0, 110, 0.0, 'critical'],
      [3, 4, 1.5, 5.5, 0, 110, 0.0, 'critical'],
    ];
    const projection = out.body.explanation.meta.sku_projection!;
    for (const [c, main, assortiRate, d, av, rec, coverNow, risk] of expected) {
      const l = line(out, c, 2);
      const p = projection.find((x) => x.color_id === c)!;
      expect([p.main_daily_demand, p.assorti_daily_demand, l.daily_demand, l.projected_on_hand_at_arrival, l.recommended_qty, l.cover_days_now, l.risk_level]).toEqual([
        main,
        assortiRate,
        d,
        av,
        rec,
        coverNow,
        risk,
      ]);
    }
    expect([line(out, 1, 2).cover_days_at_arrival, line(out, 2, 2).cover_days_at_arrival, line(out, 3, 2).cover_days_at_arrival]).toEqual([56.7, 20.0, 20.0]);
  });
  it('decision and reason', () => {
    expect(out.body.recommendation).toMatchObject({ action: 'order_with_buffer', total_units: 220 });
    expect(out.body.risk_level).toBe('critical');
    expect(out.body.explanation.reasons.find((r) => r.code === 'assorti_served_from_surplus')!.params).toEqual({ bundle_type_id: 9, pieces_per_day: 6, from_surplus_per_day: 3 });
  });
  it('variants: without surplus 280; with 60 on hand shares ⅔ and 120 + 120', () => {
    const none = example10(0);
    expect([line(none, 2, 2).recommended_qty, line(none, 3, 2).recommended_qty, line(none, 1, 2).daily_demand]).toEqual([140, 140, 0]);
    const some = example10(60);
    const colors = (some.body.explanation.meta.assorti![0] as { colors: { share: number }[] }).colors.map((c) => c.share);
    expect(colors).toEqual([0.6667, 0.6667, 0.6667]);
    expect([line(some, 2, 2).recommended_qty, line(some, 3, 2).recommended_qty]).toEqual([120, 120]);
    expect(codes(some.body.explanation.reasons)).toContain('assorti_served_from_surplus');
  });
});

