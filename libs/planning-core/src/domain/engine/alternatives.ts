/*
 * Alternatives with numbers (spec 05 §4.17): the actions not chosen, each lot-sized and budgeted on
 * its own, compared over the same loss window 0 … L+R−1.
 */
import { Alternative, ProposalAction } from '../engine-contract';
import { addDays, ceil6, days1, money2, positive6 } from '../numeric';
import { lotSizeAndBudget } from './lot-sizing';
import { ArticlePlan, OrderVariant, variantQuantities } from './plan-article';
import { cover, projectWithArrival } from './projection';

const ORDER: ProposalAction[] = ['wait', 'order_minimum_only', 'order_with_buffer'];

export interface AlternativeContext {
  chosen: ProposalAction;
  /** Budget of the alternatives' own lot sizing: the run's (single article) or none (portfolio). */
  budget: number | null;
  basis: 'single_article' | 'run';
  /** projected_cover_days_at_arrival of the run. */
  projectedCoverAtArrival: number | null;
}

export function buildAlternatives(plan: ArticlePlan, ctx: AlternativeContext): Alternative[] {
  if (!positive6(plan.bundleDemand)) return [];
  const { L, R } = plan.horizon;
  const unitCost = plan.input.unitCost;
  return ORDER.filter((a) => a !== ctx.chosen).map((action) => {
    if (action === 'wait') {
      const lost = plan.lossNoOrderByDay.reduce((sum, v) => sum + v, 0);
      const stockoutDays = plan.lossNoOrderByDay.filter((v) => positive6(v)).length;
      return finish(plan, action, {
        total_units: 0,
        units_before_lot_sizing: 0,
        excess_units_forced_by_minimums: 0,
        capital_required: unitCost === null ? null : 0,
        cover_days_at_arrival: ctx.projectedCoverAtArrival,
        projected_lost_units: ceil6(lost),
        stockout_days: stockoutDays,
        feasible_without_lot_sizing: true,
        basis: ctx.basis,
      });
    }
    const quantities = variantQuantities(plan, action as OrderVariant);
    const lot = lotSizeAndBudget([{ plan, quantities }], { budget: ctx.budget });
    const finals = lot.finals[0];
    // Days before L are those of the no-order projection; from L on, f_i arrives on day L.
    const lossByDay = new Float64Array(L + R);
    for (let t = 0; t < L; t++) lossByDay[t] = plan.lossNoOrderByDay[t];
    let lost = 0;
    plan.skus.forEach((s, i) => {
      lost += s.lostBeforeArrival;
      lost += projectWithArrival(s, plan.horizon, finals[i].final, L + R, lossByDay).lost;
    });
    const material = plan.skus.map((s, i) => ({ s, i })).filter(({ s }) => s.material);
    const covers = material.map(({ s, i }) => cover(s, L, s.availableAtArrival + finals[i].final, plan.horizon.P));
    const total = finals.reduce((sum, f) => sum + f.final, 0);
    return finish(plan, action, {
      total_units: total,
      units_before_lot_sizing: quantities.reduce((sum, q) => sum + q, 0),
      excess_units_forced_by_minimums: finals.reduce((sum, f) => sum + f.fabricUplift + f.elasticUplift + f.multipleUplift, 0),
      capital_required: unitCost === null ? null : money2(total * unitCost),
      cover_days_at_arrival: covers.length > 0 ? days1(Math.min(...covers)) : null,
      projected_lost_units: ceil6(lost),
      stockout_days: lossByDay.filter((v) => positive6(v)).length,
      feasible_without_lot_sizing: lot.feasibleWithoutLotSizing,
      basis: ctx.basis,
    });
  });
}

type Numbers = Omit<Alternative, 'action' | 'pros' | 'cons' | 'order_by_date'>;

function finish(plan: ArticlePlan, action: ProposalAction, n: Numbers): Alternative {
  const { L, R } = plan.horizon;
  const nextArrival = addDays(plan.input.asOf, L + R);
  const pros: string[] = [];
  const cons: string[] = [];
  if (action === 'wait') {
    pros.push('No capital committed now.');
    if (n.projected_lost_units > 0) cons.push(`${n.projected_lost_units} pieces lost before an order placed at the next review could arrive (${nextArrival}).`);
    else pros.push(`No pieces lost before an order placed at the next review could arrive (${nextArrival}).`);
  } else {
    pros.push(`${n.total_units} pieces arrive on ${addDays(plan.input.asOf, L)}.`);
    if (n.cover_days_at_arrival !== null) pros.push(`Cover at arrival ${n.cover_days_at_arrival} days.`);
    if (n.projected_lost_units > 0) cons.push(`${n.projected_lost_units} pieces are still lost before the order arrives.`);
    if (n.excess_units_forced_by_minimums > 0) cons.push(`${n.excess_units_forced_by_minimums} pieces forced by factory minimums and multiples.`);
    if (n.capital_required !== null) cons.push(`Commits ${n.capital_required.toFixed(2)} of capital.`);
  }
  return {
    action,
    pros,
    cons,
    total_units: n.total_units,
    units_before_lot_sizing: n.units_before_lot_sizing,
    excess_units_forced_by_minimums: n.excess_units_forced_by_minimums,
    capital_required: n.capital_required,
    cover_days_at_arrival: n.cover_days_at_arrival,
    projected_lost_units: n.projected_lost_units,
    stockout_days: n.stockout_days,
    order_by_date: plan.orderByDate,
    feasible_without_lot_sizing: n.feasible_without_lot_sizing,
    basis: n.basis,
  };
}
