/*
 * Lot sizing (spec 05 §4.14): fabric minimum per Pantone group, elastic minimum per elastic type over
 * the lines that use it, then the order multiple — jointly over every member of the run (one
 * article, or the ordering articles of a portfolio). Lot sizing never lowers a quantity.
 */
import { FabricMinimum, SkipOption, Warning } from '../engine-contract';
import { addDays, ceil6, ceilToMultiple, largestRemainder, positive6 } from '../numeric';
import { warning } from '../warnings';
import { applyBudget, BudgetOutcome } from './budget';
import { ArticlePlan } from './plan-article';
import { SkuState } from './sku-state';

export interface LotSizingMember {
  plan: ArticlePlan;
  /** q_i of the chosen variant, per SKU of `plan.skus`. */
  quantities: number[];
}

export interface LotSizingOptions {
  /** Available capital of the run; null = no budget. */
  budget: number | null;
}

export interface SkuFinal {
  q: number;
  fabricUplift: number;
  elasticUplift: number;
  multipleUplift: number;
  /** q'' after lot sizing, before the budget. */
  sized: number;
  budgetCut: number;
  final: number;
}

/** One SKU of the run in the joint canonical order (article, colour, size). */
export interface RunSku {
  member: number;
  plan: ArticlePlan;
  state: SkuState;
  final: SkuFinal;
  multiple: number;
  unitCost: number | null;
}

export interface FabricGroupResult {
  key: string;
  required: number;
  requiredByArticle: Map<number, number>;
  minimum: FabricMinimum;
  status: 'no_requirement' | 'satisfied' | 'uplifted';
  uplift: number;
  colorIds: number[];
  articleIds: number[];
  skus: RunSku[];
  budgetStatus: 'kept' | 'reduced' | 'reduced_to_minimum' | 'dropped' | null;
  unitsAfterBudget: number;
  skipOption: SkipOption | null;
}

export interface ElasticTypeResult {
  elasticTypeId: number;
  required: number;
  minimum: FabricMinimum;
  status: 'no_requirement' | 'satisfied' | 'uplifted';
  uplift: number;
  articleIds: number[];
  skus: RunSku[];
}

export interface LotSizingResult {
  /** Per member, per SKU of its plan. */
  finals: SkuFinal[][];
  fabric: FabricGroupResult[];
  elastic: ElasticTypeResult[];
  budget: BudgetOutcome;
  warnings: Warning[];
  feasibleWithoutLotSizing: boolean;
}

const uniqueSorted = (values: number[]): number[] => [...new Set(values)].sort((a, b) => a - b);

/** Joint minimum: a request value wins, else the largest colour/elastic override, else the run default. */
function jointMinimum(entries: FabricMinimum[], warnings: Warning[], conflict: (values: number[]) => Warning): FabricMinimum {
  const requested = entries.find((e) => e.source === 'request');
  if (requested) return requested;
  const overrides = entries.filter((e) => e.overrideValues.length > 0);
  if (overrides.length > 0) {
    const values = uniqueSorted(overrides.flatMap((e) => e.overrideValues));
    if (overrides.length > 1 && values.length > 1 && !overrides.some((e) => e.overrideValues.length === values.length)) warnings.push(conflict(values));
    return { value: values[values.length - 1], source: overrides[0].source, overrideValues: values };
  }
  return entries[0];
}

export function lotSizeAndBudget(members: LotSizingMember[], options: LotSizingOptions): LotSizingResult {
  const warnings: Warning[] = [];
  const finals = members.map((m) => m.quantities.map((q) => ({ q, fabricUplift: 0, elasticUplift: 0, multipleUplift: 0, sized: 0, budgetCut: 0, final: 0 })));
  const run: RunSku[] = members
    .flatMap((m, member) =>
      m.plan.skus.map((state, i) => ({
        member,
        plan: m.plan,
        state,
        final: finals[member][i],
        multiple: m.plan.input.policy.order_multiple.value,
        unitCost: m.plan.input.unitCost,
      })),
    )
    .sort((a, b) => a.plan.input.articleId - b.plan.input.articleId || a.state.index - b.state.index);
  const current = (s: RunSku): number => s.final.q + s.final.fabricUplift + s.final.elasticUplift;
  let feasible = true;

  // Fabric (§4.14.2): the group's actual joint requirement, uplift by demand share.
  const groups = new Map<string, RunSku[]>();
  for (const s of run) {
    const key = s.state.sku.pantoneKey;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(s);
  }
  const fabric: FabricGroupResult[] = [];
  for (const key of [...groups.keys()].sort()) {
    const skus = groups.get(key)!;
    const minimum = jointMinimum(
      uniqueSorted(skus.map((s) => s.member)).map((m) => members[m].plan.input.fabricMinByPantone[key]),
      warnings,
      (values) => warning('fabric_min_override_conflict', { pantone_code: key, values }),
    );
    const required = skus.reduce((sum, s) => sum + s.final.q, 0);
    const requiredByArticle = new Map<number, number>();
    for (const s of skus) requiredByArticle.set(s.plan.input.articleId, (requiredByArticle.get(s.plan.input.articleId) ?? 0) + s.final.q);
    let status: FabricGroupResult['status'] = 'satisfied';
    let uplift = 0;
    if (required === 0) status = 'no_requirement';
    else if (required < minimum.value) {
      feasible = false;
      status = 'uplifted';
      const receivers = skus.filter((s) => positive6(s.state.rate));
      const shares = largestRemainder(minimum.value - required, receivers.map((s) => s.state.rate));
      receivers.forEach((s, k) => (s.final.fabricUplift += shares[k]));
      uplift = shares.reduce((sum, v) => sum + v, 0);
    }
    fabric.push({
      key,
      required,
      requiredByArticle,
      minimum,
      status,
      uplift,
      colorIds: uniqueSorted(skus.map((s) => s.state.sku.colorId)),
      articleIds: uniqueSorted(skus.map((s) => s.plan.input.articleId)),
      skus,
      budgetStatus: null,
      unitsAfterBudget: 0,
      skipOption: null,
    });
  }
  const groupOpen = (key: string): boolean => groups.get(key)!.some((s) => current(s) > 0);

  // Elastic (§4.14.3): only the lines that use the type count and receive the uplift.
  const elastic: ElasticTypeResult[] = [];
  const usersByType = new Map<number, RunSku[]>();
  for (const s of run) {
    for (const e of s.state.sku.elasticTypeIds) {
      if (!usersByType.has(e)) usersByType.set(e, []);
      usersByType.get(e)!.push(s);
    }
  }
  for (const e of [...usersByType.keys()].sort((a, b) => a - b)) {
    const users = usersByType.get(e)!;
    const minimum = jointMinimum(
      uniqueSorted(users.map((s) => s.member)).map((m) => members[m].plan.input.elasticMinByType[e]),
      warnings,
      (values) => warning('elastic_min_override_conflict', { elastic_type_id: e, values }),
    );
    const required = users.reduce((sum, s) => sum + current(s), 0);
    let status: ElasticTypeResult['status'] = 'satisfied';
    let uplift = 0;
    if (required === 0) status = 'no_requirement';
    else if (required < minimum.value) {
      feasible = false;
      status = 'uplifted';
      const receivers = users.filter((s) => positive6(s.state.rate) && groupOpen(s.state.sku.pantoneKey));
      const shares = largestRemainder(minimum.value - required, receivers.map((s) => s.state.rate));
      receivers.forEach((s, k) => (s.final.elasticUplift += shares[k]));
      uplift = shares.reduce((sum, v) => sum + v, 0);
    }
    elastic.push({ elasticTypeId: e, required, minimum, status, uplift, articleIds: uniqueSorted(users.map((s) => s.plan.input.articleId)), skus: users });
  }

  // Order multiple (§4.14.5).
  for (const s of run) {
    if (s.final.q % s.multiple !== 0) feasible = false;
    const q1 = current(s);
    s.final.sized = q1 > 0 ? ceilToMultiple(q1, s.multiple) : 0;
    s.final.multipleUplift = s.final.sized - q1;
    s.final.final = s.final.sized;
  }

  // Skip option (§4.14.4): reported for groups needing less than half their minimum.
  for (const g of fabric) {
    if (g.required > 0 && 2 * g.required < g.minimum.value) {
      const stockouts = g.skus.map((s) => s.state.stockoutDay).filter((d): d is number => d !== null);
      const asOf = g.skus[0].plan.input.asOf;
      g.skipOption = {
        units_saved: g.skus.reduce((sum, s) => sum + s.final.sized, 0),
        stockout_date_if_skipped: stockouts.length > 0 ? addDays(asOf, Math.min(...stockouts)) : null,
        lost_units_if_skipped: ceil6(g.skus.reduce((sum, s) => sum + s.state.lostUntilCoverageEnd, 0)),
      };
    }
  }

  const budget = applyBudget(run, fabric, elastic, options.budget, warnings);
  for (const g of fabric) g.unitsAfterBudget = g.skus.reduce((sum, s) => sum + s.final.final, 0);
  return { finals, fabric, elastic, budget, warnings, feasibleWithoutLotSizing: feasible };
}
