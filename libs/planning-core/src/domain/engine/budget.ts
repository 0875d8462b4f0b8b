/*
 * Budget (spec 05 §4.15): whole Pantone groups are kept, cut proportionally (keeping their size and
 * colour mix), cut to exactly their minimum, or dropped — never left between 1 and the minimum.
 * Groups are served by urgency, then priority, then demand.
 */
import { BudgetGroupReport, BudgetRunStatus, BudgetStatus, Warning } from '../engine-contract';
import { addDays, ceilToMultiple, floorToMultiple, largestRemainder, le6, money2, r6 } from '../numeric';
import { warning } from '../warnings';
import type { ElasticTypeResult, FabricGroupResult, RunSku } from './lot-sizing';
import { projectWithArrival } from './projection';

export interface BudgetOutcome {
  status: BudgetRunStatus;
  availableCapital: number | null;
  /** Σ q''·c and Σ f·c; null when a unit cost is unknown. */
  capitalBefore: number | null;
  capitalAfter: number | null;
  groups: BudgetGroupReport[];
  unitCostUnknownArticleIds: number[];
}

const cost = (skus: RunSku[], pick: (s: RunSku) => number): number => skus.reduce((sum, s) => sum + pick(s) * (s.unitCost ?? 0), 0);

export function applyBudget(run: RunSku[], fabric: FabricGroupResult[], elastic: ElasticTypeResult[], budget: number | null, warnings: Warning[]): BudgetOutcome {
  const unknown = [...new Set(run.filter((s) => s.unitCost === null).map((s) => s.plan.input.articleId))].sort((a, b) => a - b);
  const known = unknown.length === 0;
  const before = known ? cost(run, (s) => s.final.sized) : null;
  const outcome = (status: BudgetRunStatus, groups: BudgetGroupReport[] = []): BudgetOutcome => ({
    status,
    availableCapital: budget,
    capitalBefore: before,
    capitalAfter: known ? cost(run, (s) => s.final.final) : null,
    groups,
    unitCostUnknownArticleIds: unknown,
  });
  if (budget === null) return outcome('available_capital_not_set');
  if (!known) return outcome('unit_cost_not_set');
  const ordered = fabric.filter((g) => g.skus.some((s) => s.final.sized > 0));
  if (le6(before!, budget)) {
    for (const g of ordered) g.budgetStatus = 'kept';
    return outcome('within_budget');
  }

  const urgency = (g: FabricGroupResult): number => Math.min(...g.skus.filter((s) => r6(s.state.rate) > 0).map((s) => s.state.breachDay ?? Infinity), Infinity);
  const priority = (g: FabricGroupResult): number => Math.max(...g.skus.map((s) => s.plan.input.priority));
  const demand = (g: FabricGroupResult): number => g.skus.reduce((sum, s) => sum + s.state.rate, 0);
  const rank = new Map(ordered.map((g) => [g, { urgency: urgency(g), priority: priority(g), demand: r6(demand(g)) }]));
  ordered.sort((a, b) => {
    const x = rank.get(a)!;
    const y = rank.get(b)!;
    return x.urgency - y.urgency || y.priority - x.priority || y.demand - x.demand || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });

  let remaining = budget;
  const before_ = new Map<FabricGroupResult, { units: number; capital: number }>();
  for (const g of ordered) {
    const units = g.skus.reduce((sum, s) => sum + s.final.sized, 0);
    const groupCost = cost(g.skus, (s) => s.final.sized);
    before_.set(g, { units, capital: groupCost });
    let status: BudgetStatus;
    let y: number[];
    if (le6(groupCost, remaining)) {
      status = 'kept';
      y = g.skus.map((s) => s.final.sized);
    } else {
      const lambda = Math.max(remaining, 0) / groupCost;
      y = g.skus.map((s) => floorToMultiple(lambda * s.final.sized, s.multiple));
      const total = y.reduce((sum, v) => sum + v, 0);
      if (total >= Math.max(g.minimum.value, 1)) status = 'reduced';
      else {
        const atMinimum = g.skus.map((s) => (s.final.sized > 0 ? ceilToMultiple((g.minimum.value * s.final.sized) / units, s.multiple) : 0));
        const minimumCost = g.skus.reduce((sum, s, k) => sum + atMinimum[k] * s.unitCost!, 0);
        if (g.minimum.value > 0 && le6(minimumCost, remaining)) {
          status = 'reduced_to_minimum';
          y = atMinimum;
        } else {
          status = 'dropped';
          y = g.skus.map(() => 0);
        }
      }
    }
    g.skus.forEach((s, k) => {
      s.final.budgetCut = s.final.sized - y[k];
      s.final.final = y[k];
    });
    remaining -= g.skus.reduce((sum, s, k) => sum + y[k] * s.unitCost!, 0);
    g.budgetStatus = status;
  }

  // Elastic re-check: a type left between 1 and its minimum is topped up (slightly over budget).
  const runCapital = new RunCapitalTracker(run);
  for (const e of elastic) {
    const total = e.skus.reduce((sum, s) => sum + s.final.final, 0);
    if (total <= 0 || total >= e.minimum.value) continue;
    const receivers = e.skus.filter((s) => s.final.final > 0);
    const shares = largestRemainder(e.minimum.value - total, receivers.map((s) => s.state.rate));
    let added = 0;
    receivers.forEach((s, k) => {
      const raised = ceilToMultiple(s.final.final + shares[k], s.multiple);
      s.final.elasticUplift += shares[k];
      s.final.multipleUplift += raised - s.final.final - shares[k];
      added += raised - s.final.final;
      runCapital.change(s, raised);
      s.final.final = raised;
    });
    const overshoot = Math.max(runCapital.total() - budget, 0);
    warnings.push(warning('elastic_minimum_exceeds_budget', { elastic_type_id: e.elasticTypeId, uplift_units: added, overshoot_capital: money2(overshoot) }));
  }

  const reports: BudgetGroupReport[] = ordered
    .map((g) => {
      const L = g.skus[0].plan.horizon.L;
      const days = g.skus
        .map((s) => (s.state.stockoutDay !== null && s.state.stockoutDay < L ? s.state.stockoutDay : projectWithArrival(s.state, s.plan.horizon, s.final.final, s.plan.horizon.P).firstLossDay))
        .filter((d): d is number => d !== null);
      return {
        pantone_code: g.key,
        budget_status: g.budgetStatus!,
        units_before: before_.get(g)!.units,
        units_after: g.skus.reduce((sum, s) => sum + s.final.final, 0),
        capital_before: money2(before_.get(g)!.capital),
        capital_after: money2(cost(g.skus, (s) => s.final.final)),
        stockout_date_after_cut: days.length > 0 ? addDays(g.skus[0].plan.input.asOf, Math.min(...days)) : null,
      };
    })
    .sort((a, b) => (a.pantone_code < b.pantone_code ? -1 : a.pantone_code > b.pantone_code ? 1 : 0));
  return outcome('budget_limited_applied', reports);
}

/**
 * Σ f·c over the run while elastic top-ups change single SKUs. Recomputing the sum after every
 * top-up is quadratic in a portfolio; while every term is an integer and Σ|term| stays within 2^53
 * each floating-point addition is exact, so a running total equals `cost(run, f)` bit for bit.
 * Otherwise (fractional costs) the sum is recomputed in run order, exactly as `cost` does.
 */
export class RunCapitalTracker {
  private exact: boolean;
  private sum: number;
  private magnitude = 0;

  constructor(private readonly run: RunSku[]) {
    this.exact = true;
    for (const s of run) this.admit(s.final.final * (s.unitCost ?? 0));
    this.sum = this.exact ? cost(run, (s) => s.final.final) : 0;
  }

  /** Call before `s.final.final` becomes `next`. */
  change(s: RunSku, next: number): void {
    if (!this.exact) return;
    const before = s.final.final * (s.unitCost ?? 0);
    const after = next * (s.unitCost ?? 0);
    this.admit(after);
    if (this.exact) this.sum = this.sum - before + after;
  }

  total(): number {
    return this.exact ? this.sum : cost(this.run, (s) => s.final.final);
  }

  private admit(term: number): void {
    this.magnitude += Math.abs(term);
    if (!Number.isInteger(term) || !(this.magnitude <= Number.MAX_SAFE_INTEGER)) this.exact = false;
  }
}
