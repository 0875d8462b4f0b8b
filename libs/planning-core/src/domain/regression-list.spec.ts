/* Spec 05 §6: one test per defect of the earlier system. */
import { PlanningInput, StoredArticleData } from './engine-contract';
import { fromWbDemand, salesWindow } from './demand/from-wb-demand';
import { finalizeArticle } from './engine/finalize';
import { lotSizeAndBudget } from './engine/lot-sizing';
import { planArticle, variantQuantities } from './engine/plan-article';
import { resolvePolicy } from './policy/resolve-policy';
import { planDirectProposal, planFromWbProposal, planProductionOrder } from './proposal';
import { articleRow, assorti, codes, fixed, globalRow, line, listingDays, runDirect, storedArticle } from './testing/fixtures';

const ex1Data = (onHand: Record<string, number> = {}) => storedArticle({ skus: { 'C1-S': 40, 'C1-M': 60, 'C2-S': 100, 'C2-M': 0, ...onHand }, bundleTypes: [fixed(1, [1, 2])] });
const ex1 = (overrides = {}, onHand: Record<string, number> = {}) => runDirect(ex1Data(onHand), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] }, overrides);
const qty = (out: ReturnType<typeof ex1>) => out.lines.map((l) => l.recommended_qty);

const REASON_CODES = [
  'article_excluded_from_planning', 'no_demand', 'demand_signal', 'ready_bundles_first', 'assorti_served_from_surplus', 'receipts_credited', 'binding_sku',
  'order_now_breach_before_next_arrival', 'wait_until_order_by_date', 'wait_no_breach_in_horizon', 'wait_no_requirement', 'stockout_before_arrival_unavoidable',
  'safety_stock_applied', 'fabric_minimum_uplift', 'fabric_skip_option', 'elastic_minimum_uplift', 'order_multiple_rounding', 'budget_cut', 'alternative_consequence',
];

describe('Regression list (spec 05 §6)', () => {
  it('FIX-1 loose pieces are subtracted once: C1-M 90; with 70 on hand 80 and no other line changes', () => {
    expect(qty(ex1())).toEqual([100, 90, 50, 100]);
    expect(qty(ex1({}, { 'C1-M': 70 }))).toEqual([100, 80, 50, 100]);
  });

  it('FIX-2 no assorti types ⇒ no reduction; assorti demand only for colours of the assorti recipe', () => {
    for (const l of ex1({ fabric_min_batch_qty_default: 500, order_multiple: 7 }).lines) {
      expect(l.recommended_qty).toBe(l.net_requirement + l.safety_stock + l.moq_uplift + l.multiple_uplift);
      expect(l.budget_cut).toBe(0);
    }
    const out = runDirect(storedArticle({ skus: { 'C1-M': 200, 'C2-M': 0, 'C3-M': 0 }, bundleTypes: [fixed(1, [2, 3]), assorti(9, [1, 2], 2)] }), {
      bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 4 }, { bundle_type_id: 9, daily_sales: 3 }],
    });
    const assortiRates = out.body.explanation.meta.sku_projection!.map((p) => [p.color_id, p.assorti_daily_demand]);
    expect(assortiRates).toEqual([[1, 3], [2, 3], [3, 0]]);
  });

  it('FIX-3 the budget leaves every Pantone group at 0 or ≥ its minimum, multiples hold, a reduced group keeps its mix', () => {
    for (const [onHand, capital, multiple] of [[36, 180, 1], [0, 210, 1], [0, 210, 10], [0, 150, 10]] as const) {
      const out = runDirect(
        storedArticle({ skus: { 'C1-M': 24, 'C2-M': onHand }, bundleTypes: [fixed(1, [1]), fixed(2, [2])], pantone: { 1: 'PA', 2: 'PB' } }),
        { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 6 }, { bundle_type_id: 2, daily_sales: 4 }] },
        { fabric_min_batch_qty_default: 100, production_cost_per_unit: 1.0, available_capital: capital, order_multiple: multiple },
      );
      for (const l of out.lines) {
        expect(l.recommended_qty === 0 || l.recommended_qty >= 100).toBe(true);
        expect(l.recommended_qty % multiple).toBe(0);
      }
      const reduced = out.body.explanation.meta.budget!.groups.find((g) => g.budget_status === 'reduced');
      if (reduced) {
        const l = out.lines.find((x) => x.pantone_key === reduced.pantone_code)!;
        const sized = l.recommended_qty + l.budget_cut;
        const lambda = (capital - (out.body.recommendation!.capital_required! - l.recommended_qty)) / sized;
        expect(l.recommended_qty).toBe(multiple * Math.floor((lambda * sized) / multiple + 1e-9));
      }
    }
  });

  it('FIX-4 one portfolio budget: Σ capital over the articles ≤ B (not B each)', () => {
    const input = (articleId: number, colorId: number, pantone: string, onHand: number, rate: number): PlanningInput =>
      runDirect(storedArticle({ articleId, skus: { [`C${colorId}-M`]: onHand }, bundleTypes: [fixed(1, [colorId])], pantone: { [colorId]: pantone } }), {
        article_id: articleId,
        bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: rate }],
      }, { production_cost_per_unit: 1.0 }).inputSnapshot as PlanningInput;
    const plans = [planArticle(input(1, 1, 'PX', 30, 6)), planArticle(input(2, 2, 'PY', 0, 3))];
    const lot = lotSizeAndBudget(plans.map((plan) => ({ plan, quantities: variantQuantities(plan, plan.orderVariant!) })), { budget: 150 });
    const outs = plans.map((plan, member) => finalizeArticle(plan, { lot, member, portfolio: true, budget: 150 }));
    const capital = outs.reduce((sum, o) => sum + (o.record.capital_required ?? 0), 0);
    expect(capital).toBeLessThanOrEqual(150);
    expect(capital).toBe(150);
    expect(lot.budget.status).toBe('budget_limited_applied');
  });

  it('FIX-5 receipts are credited in full and by date; no yield unless given', () => {
    const run = (receipts: { qty: number; eta_days: number }[], overrides = {}) =>
      runDirect(storedArticle({ skus: { 'C1-M': 20 }, bundleTypes: [fixed(1, [1])] }), {
        bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }],
        in_flight_supply: receipts.map((r) => ({ article_id: 1, color_id: 1, size_id: 2, stage: 'china_to_nsk' as const, ...r })),
      }, overrides);
    expect(line(run([{ qty: 30, eta_days: 6 }]), 1, 2).projected_on_hand_at_arrival).toBe(10);
    expect(line(run([{ qty: 30, eta_days: 6 }]), 1, 2).recommended_qty).toBe(90);
    expect(line(run([{ qty: 30, eta_days: 6 }, { qty: 40, eta_days: 18 }]), 1, 2).recommended_qty).toBe(50);
    expect(run([{ qty: 30, eta_days: 6 }]).body.explanation.meta.sku_projection![0].receipts).toEqual([{ eta_days: 6, qty: 30, stage: 'china_to_nsk', source: 'request' }]);
    expect(line(run([{ qty: 30, eta_days: 6 }], { stage_yield: { china_to_nsk: 0.5 } }), 1, 2).projected_on_hand_at_arrival).toBe(0);
  });

  it('FIX-6 service level, alert threshold, stored lead time and horizon are honoured', () => {
    const ex8 = (p: number) =>
      runDirect(storedArticle({ skus: { 'C1-M': 150 }, bundleTypes: [fixed(1, [1])] }), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10, daily_sales_std_dev: 4 }] }, {
        review_period_days: 6,
        safety_stock_method: 'service_level',
        service_level_percent: p,
      });
    expect([line(ex8(90), 1, 2).recommended_qty, line(ex8(95), 1, 2).recommended_qty]).toEqual([171, 177]);
    const alert = ex1({ alert_threshold_days: 10 });
    expect([line(alert, 1, 2).risk_level, line(alert, 2, 1).risk_level]).toEqual(['ok', 'ok']);
    const { policy } = resolvePolicy({ article: articleRow({ leadTimeDays: 85 }), planningSettings: null, global: globalRow({ defaultLeadTimeDays: 70 }) }, { lead_time_days: { china_to_nsk: 25 } });
    expect(policy.lead_time_days_total.value).toBe(80);
    const ready = (horizon: number) =>
      runDirect(storedArticle({ skus: { 'C1-S': 0, 'C1-M': 0, 'C2-S': 0, 'C2-M': 0 }, bundleTypes: [fixed(1, [1, 2])] }), {
        bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }],
        bundle_stock: [{ bundle_type_id: 1, wb_qty: 500 }],
        planning_horizon_days: horizon,
      });
    const short = ready(30);
    const long = ready(90);
    expect(codes(short.body.explanation.reasons)).toContain('wait_no_breach_in_horizon');
    expect(short.body.order_by_date).toBeNull();
    expect(long.body.order_by_date).toBe('2026-04-11');
    expect(short.body.alternatives.map((a) => a.total_units)).toEqual(long.body.alternatives.map((a) => a.total_units));
  });

  it('FIX-7 one unit per quantity field; shortage = demand − supply in pieces', () => {
    const a = ex1().body.arrival_projection!;
    expect(Object.keys(a.basis.units).sort()).toEqual(
      Object.keys(a).filter((k) => !['status', 'basis'].includes(k)).sort(),
    );
    expect(a.projected_shortage_before_arrival).toBe(a.demand_units_until_arrival - a.projected_supply_units_before_arrival);
    expect([a.projected_shortage_before_arrival, a.demand_units_until_arrival, a.projected_supply_units_before_arrival]).toEqual([60, 200, 140]);
  });

  it('FIX-8 safety stock and review period trigger an order even when stock lasts until arrival', () => {
    const ex8 = runDirect(storedArticle({ skus: { 'C1-M': 150 }, bundleTypes: [fixed(1, [1])] }), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10, daily_sales_std_dev: 4 }] }, {
      review_period_days: 6,
      safety_stock_method: 'service_level',
      service_level_percent: 95,
    });
    expect(ex8.body.recommendation!.action).toBe('order_with_buffer');
    const ex4 = runDirect(storedArticle({ skus: { 'C1-M': 60 }, bundleTypes: [fixed(1, [1])] }), { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }] });
    expect(line(ex4, 1, 2).projected_on_hand_at_arrival).toBe(10);
    expect(line(ex4, 1, 2).stockout_date_without_order).toBe('2026-03-14');
    expect(ex4.body.recommendation).toMatchObject({ action: 'order_with_buffer', total_units: 90 });
    expect(ex4.body.arrival_projection!.status).toBe('safe_cover_until_arrival');
  });

  it('FIX-9 single-article requirement only; a colour override can lower the minimum', () => {
    const data: StoredArticleData = {
      ...storedArticle({ skus: { 'C1-M': 0, 'C2-M': 0 }, bundleTypes: [fixed(1, [1, 2])], pantone: { 1: 'PX', 2: 'PY' } }),
      settings: { article: null, planningSettings: null, global: globalRow({ defaultFabricMinBatchQty: 7000 }) },
      colorFabricMins: [{ colorId: 1, fabricMinBatchQty: 3000 }],
    };
    const out = runDirect(data, { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] }, { fabric_min_batch_qty_default: null });
    const entries = out.body.constraints_applied.fabric_min_batches;
    expect(entries.map((e) => [e.pantone_code, e.applied_min, e.source, e.shared_pool_required, e.sibling_proxy_required, e.required, e.article_required])).toEqual([
      ['PX', 3000, 'color_settings', null, 0, 200, 200],
      ['PY', 7000, 'global_settings', null, 0, 200, 200],
    ]);
  });

  it('FIX-10 the elastic minimum lifts only the bound lines, by demand share', () => {
    const data: StoredArticleData = {
      ...storedArticle({ skus: { 'C1-S': 40, 'C1-M': 30, 'C2-S': 60, 'C2-M': 40 }, bundleTypes: [fixed(1, [1, 2])] }),
      elasticSettings: [{ elasticTypeId: 7, elasticMinBatchQty: 200 }],
      elasticBindings: [{ elasticTypeId: 7, colorId: 1, skuUnitId: null, isActive: true }],
    };
    const out = runDirect(data, { bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 5 }], size_weights: { '1': 0.6, '2': 0.4 } });
    expect(out.lines.map((l) => l.elastic_uplift)).toEqual([72, 48, 0, 0]);
    expect([line(out, 2, 1).recommended_qty, line(out, 2, 2).recommended_qty]).toEqual([30, 20]);
  });

  it('FIX-11 stock-out days are left out of the mean: 4.0, not 2.5714', () => {
    const sales = [4, 5, 3, 6, 4, 2, 5, 4, 3].map((q, k) => ({ wbSku: 'WB', date: `2026-02-${20 + k}`, salesQty: q }));
    const stockDaily = [1, 2, 3, 4, 5].map((d) => ({ wbSku: 'WB', date: `2026-03-0${d}`, stockQty: 0 }));
    const [e] = fromWbDemand({ importWatermark: '2026-03-05', latestImportDate: '2026-03-05', latestSaleDateByWbSku: {}, sales: listingDays(sales), stockDaily: listingDays(stockDaily) }, { 1: ['WB'] }, salesWindow('2026-03-05', '2026-03-05', 14));
    expect(e.dailyRate).toBe(4);
    expect(e.method).toBe('in_stock_days_mean');
  });

  it('FIX-12 NSC and in-transit bundles count; from-WB reads stored NSC bundles', () => {
    const out = runDirect(storedArticle({ skus: { 'C1-S': 0, 'C1-M': 0, 'C2-S': 0, 'C2-M': 0 }, bundleTypes: [fixed(1, [1, 2])] }), {
      bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }],
      bundle_stock: [{ bundle_type_id: 1, wb_qty: 150 }],
    });
    expect(line(out, 1, 1).stockout_date_without_order).toBe('2026-03-17');
    expect(out.body.order_by_date).toBe('2026-03-07');
    const wb = (nsc: number): StoredArticleData => ({
      ...storedArticle({ skus: { 'C1-M': 10 }, bundleTypes: [fixed(1, [1])] }),
      wbMappings: [{ wbSku: 'WB', bundleTypeId: 1, sizeId: 2 }],
      wbStock: [{ wbSku: 'WB', stockQty: 20, lastUpdatedDate: '2026-03-02' }],
      nscBundles: nsc ? [{ bundleTypeId: 1, sizeId: 2, quantity: nsc }] : [],
      wbHistory: { importWatermark: '2026-03-02', latestImportDate: '2026-03-02', latestSaleDateByWbSku: { WB: '2026-03-02' }, sales: listingDays([{ wbSku: 'WB', date: '2026-03-02', salesQty: 3 }]), stockDaily: [] },
    });
    const ready = (nsc: number) => planFromWbProposal(wb(nsc), { article_id: 1, as_of_date: '2026-03-02' }, { today: '2026-03-02' }).body.arrival_projection!.ready_bundle_units_now;
    expect([ready(0), ready(12)]).toEqual([20, 32]);
  });

  it('FIX-13 commissions and prices never change a number', () => {
    const base = ex1();
    const priced = ex1({ wb_commission_percent_main: 0.3, wb_commission_percent_assorti: 0.2, average_realized_price_main: 999, average_realized_price_assorti: 555 });
    expect(JSON.stringify(priced.body)).toBe(JSON.stringify(base.body));
  });

  it("FIX-14 'safe_default' without capital is no budget of 0", () => {
    const out = ex1({ capital_governance_mode: 'safe_default' });
    expect(out.body.recommendation!.total_units).toBe(340);
    expect(codes(out.body.warnings)).toContain('available_capital_not_set');
  });

  it('FIX-15 alternatives carry numbers, reasons come from the catalogue, prices change nothing', () => {
    for (const out of [ex1(), ex1({ order_multiple: 40 }), ex1({}, { 'C1-S': 500, 'C1-M': 500, 'C2-S': 500, 'C2-M': 500 })]) {
      for (const a of out.body.alternatives) {
        for (const key of ['total_units', 'projected_lost_units', 'stockout_days'] as const) expect(Number.isInteger(a[key])).toBe(true);
        expect(typeof a.cover_days_at_arrival).toBe('number');
      }
      for (const r of out.body.explanation.reasons) expect(REASON_CODES).toContain(r.code);
    }
    expect(JSON.stringify(ex1({ average_realized_price_main: 10 }).body)).toBe(JSON.stringify(ex1({ average_realized_price_main: 99 }).body));
  });

  it('FIX-16 a stored input replays to the same body and lines, whatever the stock does later', () => {
    const data = ex1Data();
    const out = planDirectProposal(data, { article_id: 1, as_of_date: '2026-03-02', planning_horizon_days: 30, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }] }, { today: '2026-03-02' });
    const stored = JSON.parse(JSON.stringify(out.inputSnapshot)) as PlanningInput;
    data.onHandBySkuUnitId[1012] = 5000;
    const replay = planProductionOrder(stored);
    expect(JSON.stringify(replay.body)).toBe(JSON.stringify(out.body));
    expect(replay.lines).toEqual(out.lines);
  });
});
