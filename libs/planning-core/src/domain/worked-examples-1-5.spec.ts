/* Spec 05 §5, examples 1–5, number for number. */
import { codes, fixed, line, recLine, runDirect, storedArticle } from './testing/fixtures';

const example1Data = (onHand: Partial<Record<string, number>> = {}) =>
  storedArticle({ skus: { 'C1-S': 40, 'C1-M': 60, 'C2-S': 100, 'C2-M': 0, ...onHand } as Record<string, number>, bundleTypes: [fixed(1, [1, 2])] });
const example1 = (overrides = {}, onHand = {}) => runDirect(example1Data(onHand), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] }, overrides);

describe('Example 1 — plain order-up-to', () => {
  const out = example1();
  const body = out.body;

  it('per-SKU stock-out, cover, AV(L), requirement and risk', () => {
    const expected: [number, number, string, number, number, number, number, number, string][] = [
      [1, 1, '2026-03-10', 8.0, 0, 100, 100, 20.0, 'critical'],
      [1, 2, '2026-03-14', 12.0, 10, 90, 90, 20.0, 'warning'],
      [2, 1, '2026-03-22', 20.0, 50, 50, 50, 20.0, 'warning'],
      [2, 2, '2026-03-02', 0.0, 0, 100, 100, 20.0, 'critical'],
    ];
    for (const [c, s, stockout, coverNow, av, net, rec, coverArrival, risk] of expected) {
      const l = line(out, c, s);
      expect([l.stockout_date_without_order, l.cover_days_now, l.projected_on_hand_at_arrival, l.net_requirement, l.recommended_qty, l.cover_days_at_arrival, l.risk_level]).toEqual([
        stockout,
        coverNow,
        av,
        net,
        rec,
        coverArrival,
        risk,
      ]);
      expect(recLine(out, c, s)!.source_reason).toBe('net_requirement');
      expect(l.safety_stock).toBe(0);
    }
  });

  it('article decision: critical, cover 0.0, order_with_buffer of 340 by 2026-03-02', () => {
    expect(body.risk_level).toBe('critical');
    expect(body.days_of_cover_estimate).toBe(0);
    expect(body.recommendation!.action).toBe('order_with_buffer');
    expect(body.recommendation!.total_units).toBe(340);
    expect(body.recommendation!.capital_required).toBeNull();
    expect(body.order_by_date).toBe('2026-03-02');
    expect(body.recommendation!.target_arrival_date).toBe('2026-03-12');
    expect(body.explanation.reasons.find((r) => r.code === 'binding_sku')!.params).toMatchObject({ color_id: 2, size_id: 2 });
  });

  it('arrival projection', () => {
    expect(body.arrival_projection).toMatchObject({
      status: 'shortage_before_arrival',
      demand_units_until_arrival: 200,
      projected_supply_units_before_arrival: 140,
      projected_shortage_before_arrival: 60,
      projected_availability_at_arrival: 60,
      ready_bundle_units_now: 0,
      raw_bundle_capacity_now: 40,
      in_flight_bundle_capacity_at_arrival: 0,
      projected_cover_days_at_arrival: 0,
    });
  });

  it('alternatives wait and order_minimum_only with numbers', () => {
    const [wait, minimum] = body.alternatives;
    expect(wait).toMatchObject({ action: 'wait', total_units: 0, projected_lost_units: 125, stockout_days: 15 });
    expect(minimum).toMatchObject({ action: 'order_minimum_only', total_units: 340, projected_lost_units: 60, stockout_days: 10, cover_days_at_arrival: 20.0 });
  });

  it('warnings and reasons', () => {
    expect(codes(body.warnings)).toEqual(['stockout_before_arrival', 'available_capital_not_set']);
    expect(body.warnings[0]).toMatchObject({ severity: 'HIGH', params: { first_stockout_date: '2026-03-02', lost_units: 60, sku_count: 2 } });
    expect(codes(body.explanation.reasons)).toEqual([
      'demand_signal',
      'binding_sku',
      'order_now_breach_before_next_arrival',
      'stockout_before_arrival_unavoidable',
      'alternative_consequence',
      'alternative_consequence',
    ]);
    expect(body.explanation.reasons[2].params).toMatchObject({ breach_date: '2026-03-02', next_arrival_date: '2026-03-17' });
    expect(body.explanation.steps).toEqual(body.explanation.reasons.map((r) => r.message));
  });
});

const example2Data = () => storedArticle({ skus: { 'C1-S': 0, 'C1-M': 0, 'C2-S': 0, 'C2-M': 0 }, bundleTypes: [fixed(1, [1, 2])] });
const example2 = (stock: { wb_qty?: number; local_qty?: number; in_transit_to_wb_qty?: number }, horizon = 30) =>
  runDirect(example2Data(), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }], bundle_stock: [{ bundle_type_id: 1, ...stock }], planning_horizon_days: horizon });

describe('Example 2 — ready bundles cover the demand', () => {
  const out = example2({ wb_qty: 150, local_qty: 30, in_transit_to_wb_qty: 20 });
  const body = out.body;

  it('waits with an order-by date', () => {
    for (const [c, s] of [[1, 1], [1, 2], [2, 1], [2, 2]]) {
      const l = line(out, c, s);
      expect([l.on_hand_now, l.stockout_date_without_order, l.cover_days_now, l.risk_level, l.recommended_qty]).toEqual([0, '2026-03-22', 20.0, 'warning', 0]);
    }
    expect(body.recommendation).toMatchObject({ action: 'wait', lines: [], total_units: 0 });
    expect(body.order_by_date).toBe('2026-03-12');
    expect(body.risk_level).toBe('warning');
    expect(body.days_of_cover_estimate).toBe(20.0);
    expect(body.arrival_projection).toMatchObject({ status: 'safe_cover_until_arrival', ready_bundle_units_now: 200 });
    expect(body.constraints_applied).toEqual({ fabric_min_batches: [], elastic_min_batches: [], resource_allocation: null });
    expect(codes(body.explanation.reasons)).toContain('wait_until_order_by_date');
    expect(body.explanation.reasons.find((r) => r.code === 'ready_bundles_first')!.params).toMatchObject({ ready_bundles: 200, days_covered: 20.0 });
  });

  it('order alternatives of 200 units each', () => {
    expect(body.alternatives.map((a) => a.action)).toEqual(['order_minimum_only', 'order_with_buffer']);
    for (const a of body.alternatives) expect(a).toMatchObject({ total_units: 200, cover_days_at_arrival: 20.0, projected_lost_units: 0 });
  });

  it('variant: 100 ready bundles ⇒ order 400, warning risk', () => {
    const v = example2({ wb_qty: 100 });
    expect(v.body.recommendation).toMatchObject({ action: 'order_with_buffer', total_units: 400 });
    expect(v.lines.map((l) => l.recommended_qty)).toEqual([100, 100, 100, 100]);
    expect(v.body.order_by_date).toBe('2026-03-02');
    expect(v.body.risk_level).toBe('warning');
  });
});

const example3 = (receipts: { qty: number; eta_days: number; stage: 'china_to_nsk' | 'production' }[]) =>
  runDirect(storedArticle({ skus: { 'C1-M': 20 }, bundleTypes: [fixed(1, [1])] }), {
    bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }],
    in_flight_supply: receipts.map((r) => ({ article_id: 1, color_id: 1, size_id: 2, ...r })),
  });

describe('Example 3 — receipts before and after arrival', () => {
  const variants: [string, { qty: number; eta_days: number; stage: 'china_to_nsk' | 'production' }[], number, number, number, number][] = [
    ['A', [{ qty: 30, eta_days: 6, stage: 'china_to_nsk' }, { qty: 40, eta_days: 18, stage: 'production' }], 50, 30, 40, 20.0],
    ['B', [{ qty: 30, eta_days: 6, stage: 'china_to_nsk' }, { qty: 40, eta_days: 28, stage: 'production' }], 80, 30, 40, 26.0],
    ['C', [{ qty: 30, eta_days: 6, stage: 'china_to_nsk' }], 90, 30, 0, 20.0],
  ];
  it.each(variants)('variant %s', (_name, receipts, recommended, before, inWindow, coverArrival) => {
    const out = example3(receipts);
    const l = line(out, 1, 2);
    expect([l.recommended_qty, l.receipts_before_arrival, l.receipts_in_window, l.cover_days_at_arrival]).toEqual([recommended, before, inWindow, coverArrival]);
    expect(l.projected_on_hand_at_arrival).toBe(10);
    expect(l.cover_days_now).toBe(4.0);
    expect(l.risk_level).toBe('critical');
    expect(out.body.recommendation!.action).toBe('order_with_buffer');
    expect(out.body.order_by_date).toBe('2026-03-02');
    expect(out.body.warnings.find((w) => w.code === 'stockout_before_arrival')!.params.lost_units).toBe(10);
  });

  it('variant A alternatives and receipts_credited', () => {
    const out = example3(variants[0][1]);
    const [wait, minimum] = out.body.alternatives;
    expect(wait).toMatchObject({ projected_lost_units: 25, stockout_days: 5 });
    expect(minimum).toMatchObject({ projected_lost_units: 10, stockout_days: 2 });
    expect(out.body.explanation.reasons.find((r) => r.code === 'receipts_credited')!.params).toEqual({
      source: 'request',
      units_before_arrival: 30,
      units_in_coverage_window: 40,
      units_after_window: 0,
    });
  });
});

describe('Example 4 — a stock-out with lost sales', () => {
  const out = runDirect(storedArticle({ skus: { 'C1-M': 20 }, bundleTypes: [fixed(1, [1])] }), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }] });
  it('orders 100 (not the back-order 130)', () => {
    const l = line(out, 1, 2);
    expect([l.recommended_qty, l.net_requirement, l.cover_days_at_arrival, l.cover_days_now, l.risk_level]).toEqual([100, 100, 20.0, 4.0, 'critical']);
    expect(out.body.arrival_projection).toMatchObject({
      demand_units_until_arrival: 50,
      projected_supply_units_before_arrival: 20,
      projected_shortage_before_arrival: 30,
      projected_availability_at_arrival: 0,
    });
  });
  it('alternatives and the unavoidable stock-out reason', () => {
    const [wait, minimum] = out.body.alternatives;
    expect(wait).toMatchObject({ projected_lost_units: 55, stockout_days: 11 });
    expect(minimum).toMatchObject({ total_units: 100, projected_lost_units: 30, stockout_days: 6 });
    expect(out.body.explanation.reasons.find((r) => r.code === 'stockout_before_arrival_unavoidable')!.params).toEqual({
      stockout_date: '2026-03-06',
      target_arrival_date: '2026-03-12',
      lost_units: 30,
    });
  });
});

describe('Example 5 — fabric minimum shared by two colours of one Pantone', () => {
  const out = runDirect(
    storedArticle({ skus: { 'C1-M': 80, 'C2-M': 40 }, bundleTypes: [fixed(1, [1, 2]), fixed(2, [1])], pantone: { 1: '19-4052 TCX', 2: '19-4052  tcx' } }),
    { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 3 }, { bundle_type_id: 2, daily_sales: 3 }] },
    { fabric_min_batch_qty_default: 300 },
  );
  it('lines', () => {
    const expected: [number, number, string, number, number, number, number, number, number, string][] = [
      [1, 6, '2026-03-15', 13.3, 20, 100, 100, 200, 36.7, 'warning'],
      [2, 3, '2026-03-15', 13.3, 10, 50, 50, 100, 36.7, 'warning'],
    ];
    for (const [c, d, stockout, coverNow, av, net, uplift, rec, coverArrival, risk] of expected) {
      const l = line(out, c, 2);
      expect([l.daily_demand, l.stockout_date_without_order, l.cover_days_now, l.projected_on_hand_at_arrival, l.net_requirement, l.fabric_uplift, l.recommended_qty, l.cover_days_at_arrival, l.risk_level]).toEqual([
        d,
        stockout,
        coverNow,
        av,
        net,
        uplift,
        rec,
        coverArrival,
        risk,
      ]);
      expect(recLine(out, c, 2)!.source_reason).toBe('net_requirement|fabric_min_uplift');
    }
  });
  it('decision and fabric entry', () => {
    expect(out.body.recommendation).toMatchObject({ action: 'order_with_buffer', total_units: 300 });
    expect(out.body.order_by_date).toBe('2026-03-05');
    expect(out.body.constraints_applied.fabric_min_batches).toEqual([
      {
        pantone_code: '19-4052 TCX',
        required: 150,
        applied_min: 300,
        shared_pool_required: null,
        sibling_proxy_required: 0,
        article_required: 150,
        uplift: 150,
        source: 'request',
        status: 'uplifted',
        color_ids: [1, 2],
        article_ids: [1],
        budget_status: null,
        units_after_budget: 300,
        skip_option: null,
      },
    ]);
  });
  it('alternatives', () => {
    const [wait, minimum] = out.body.alternatives;
    expect(wait).toMatchObject({ projected_lost_units: 15, stockout_days: 2 });
    expect(minimum).toMatchObject({ total_units: 300, units_before_lot_sizing: 150, excess_units_forced_by_minimums: 150, feasible_without_lot_sizing: false });
  });
});
