/*
 * Joint planning of several articles (spec 05 §4.20 steps 2–4): each article is planned alone, the
 * ordering ones are lot-sized and budgeted together (shared Pantone groups and elastic types, one
 * budget), then each is finalised with single-article alternatives.
 */
import { PlanningInput, ProposalOutcome } from '../engine-contract';
import { finalizeArticle } from './finalize';
import { lotSizeAndBudget } from './lot-sizing';
import { planArticle, variantQuantities } from './plan-article';

export interface JointPlanningOptions {
  /** The portfolio budget (request → global); null = none. */
  budget: number | null;
}

/** Outcomes in the order of `inputs` (source and ids as the inputs say). */
export function planArticlesJointly(inputs: PlanningInput[], options: JointPlanningOptions): ProposalOutcome[] {
  const plans = inputs.map(planArticle);
  const ordering = plans.filter((p) => p.orderVariant !== null);
  const lot = ordering.length > 0 ? lotSizeAndBudget(ordering.map((plan) => ({ plan, quantities: variantQuantities(plan, plan.orderVariant!) })), { budget: options.budget }) : null;
  return plans.map((plan) => finalizeArticle(plan, { lot: plan.orderVariant ? lot : null, member: ordering.indexOf(plan), portfolio: true, budget: options.budget }));
}
