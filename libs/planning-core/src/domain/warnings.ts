/* The warnings catalogue of spec 05 §4.19: code → severity and message; order HIGH, MEDIUM, LOW, then code. */
import { Severity, Warning } from './engine-contract';

type Params = Record<string, unknown>;

const CATALOGUE: Record<string, { severity: Severity; message: (p: Params) => string }> = {
  available_capital_not_set: { severity: 'LOW', message: (p) => `No available capital is set (mode ${String(p.capital_governance_mode)}); the order is not limited by a budget.` },
  unit_cost_not_set: { severity: 'MEDIUM', message: () => 'A budget is set but the unit cost is unknown; the budget was not applied.' },
  shortage_before_arrival_wait_blocked_by_capital_constraint: {
    severity: 'HIGH',
    message: (p) => `An order of ${String(p.required_units)} pieces is needed (first shortfall ${String(p.breach_date)}) but the budget ${String(p.available_capital)} allows none.`,
  },
  elastic_minimum_exceeds_budget: {
    severity: 'MEDIUM',
    message: (p) => `Elastic ${String(p.elastic_type_id)}: ${String(p.uplift_units)} pieces added to reach its minimum; the order exceeds the budget by ${String(p.overshoot_capital)}.`,
  },
  wb_data_freshness_degraded: { severity: 'MEDIUM', message: (p) => `WB data freshness is ${String(p.freshness_status)}; the proposal uses the data as it is.` },
  demand_stock_history_missing: { severity: 'LOW', message: (p) => `No WB stock history for bundle types ${JSON.stringify(p.bundle_type_ids)}; demand is the plain window mean.` },
  demand_in_stock_days_insufficient: {
    severity: 'MEDIUM',
    message: (p) => `Bundle type ${String(p.bundle_type_id)}: only ${String(p.in_stock_days)} in-stock days (fewer than ${String(p.min_days)}); demand is the plain window mean.`,
  },
  demand_std_dev_assumed_poisson: { severity: 'LOW', message: (p) => `No demand deviation for bundle types ${JSON.stringify(p.bundle_type_ids)}; √rate assumed.` },
  size_weight_missing: { severity: 'MEDIUM', message: (p) => `Bundle type ${String(p.bundle_type_id)}: no size weight for sizes ${JSON.stringify(p.size_ids)}; they get no demand.` },
  size_weights_all_zero: { severity: 'MEDIUM', message: (p) => `Bundle type ${String(p.bundle_type_id)}: every size weight is 0; sizes weighted equally.` },
  bundle_size_not_assemblable: {
    severity: 'MEDIUM',
    message: (p) => `Bundle type ${String(p.bundle_type_id)} cannot be assembled in sizes ${JSON.stringify(p.size_ids)}; its demand is spread over the other sizes.`,
  },
  bundle_stock_type_not_planned: { severity: 'LOW', message: (p) => `Bundle stock for bundle types ${JSON.stringify(p.bundle_type_ids)} ignored: they are not planned.` },
  negative_stock_clamped: { severity: 'MEDIUM', message: (p) => `Colour ${String(p.color_id)} / size ${String(p.size_id)}: negative stock ${String(p.quantity)} counted as 0.` },
  in_flight_line_ignored: {
    severity: 'MEDIUM',
    message: (p) => `In-flight line (article ${String(p.article_id)}, colour ${String(p.color_id)}, size ${String(p.size_id)}, ${String(p.qty)} pieces) ignored: ${String(p.reason)}.`,
  },
  receipt_beyond_horizon: { severity: 'LOW', message: (p) => `${String(p.units)} pieces arrive after the projection horizon and are not counted.` },
  lead_time_total_below_transit_stages: {
    severity: 'MEDIUM',
    message: (p) => `Stored lead time ${String(p.total)} days is below the transit stages (${String(p.transit_days)} days); production taken as 0.`,
  },
  fabric_min_override_conflict: { severity: 'MEDIUM', message: (p) => `Fabric ${String(p.pantone_code)}: differing colour minimums ${JSON.stringify(p.values)}; the largest applies.` },
  elastic_min_override_conflict: { severity: 'MEDIUM', message: (p) => `Elastic ${String(p.elastic_type_id)}: differing minimums ${JSON.stringify(p.values)}; the largest applies.` },
  invalid_stored_setting_ignored: { severity: 'MEDIUM', message: (p) => `Stored ${String(p.table)}.${String(p.column)} = ${JSON.stringify(p.value)} is out of range and was ignored.` },
  deprecated_field_ignored: { severity: 'LOW', message: (p) => `Fields ${JSON.stringify(p.fields)} are accepted but not used.` },
  stockout_before_arrival: {
    severity: 'HIGH',
    message: (p) => `${String(p.lost_units)} pieces of ${String(p.sku_count)} SKUs will be lost from ${String(p.first_stockout_date)} before a new order can arrive; consider expediting.`,
  },
  immaterial_sku_stockout: { severity: 'LOW', message: (p) => `Colour ${String(p.color_id)} / size ${String(p.size_id)} (minor SKU) runs out on ${String(p.stockout_date)}.` },
};

export function warning(code: string, params: Params): Warning {
  const entry = CATALOGUE[code];
  if (!entry) throw new Error(`unknown warning code ${code}`);
  return { code, severity: entry.severity, message: entry.message(params), params };
}

const SEVERITY_RANK: Record<Severity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

/** HIGH, MEDIUM, LOW, then code; equal codes keep their emission order. */
export function sortWarnings(warnings: readonly Warning[]): Warning[] {
  return warnings
    .map((w, index) => ({ w, index }))
    .sort((a, b) => SEVERITY_RANK[a.w.severity] - SEVERITY_RANK[b.w.severity] || (a.w.code < b.w.code ? -1 : a.w.code > b.w.code ? 1 : a.index - b.index))
    .map(({ w }) => w);
}
