/*
 * The calculation of a portfolio run (05 §3.9, §4.20) on already loaded data: no I/O, so the
 * service, the tests and the benchmark share it. Each selected article is prepared like a from-WB
 * proposal (its errors become error items), then every prepared article is planned in ONE joint
 * engine run: shared Pantone and elastic minimums, one budget.
 */
import {
  BundleStockInput,
  CapitalGovernanceMode,
  FreshnessMode,
  FromWbProposalRequest,
  GlobalSettingsRow,
  InFlightSupplyInput,
  planArticlesJointly,
  PlanningContext,
  PlanningCoreError,
  PlanningInput,
  PlanningOverridesInput,
  prepareFromWbProposal,
  ProposalOutcome,
  resolvePolicy,
  StoredArticleData,
} from '../domain';
import { checkCapitalGovernance } from '../domain/input/preconditions';
import { PortfolioMemberResult } from '../domain/portfolio-response';
import { articleNotFound } from './planning-core-errors';

export interface PortfolioArticleInputs {
  article_id: number;
  bundle_type_ids?: number[];
  bundle_stock?: BundleStockInput[];
  in_flight_supply?: InFlightSupplyInput[];
  size_weights?: Record<string, number>;
}

/** `ProductionOrderPortfolioRequest` (05 §3.9) as validated by the HTTP edge; absent fields take the defaults. */
export interface PortfolioRequest {
  article_ids?: number[] | null;
  as_of_date?: string | null;
  observation_window_days?: number;
  freshness_mode?: FreshnessMode;
  freshness_sales_stale_after_days?: number | null;
  freshness_stock_stale_after_days?: number | null;
  planning_horizon_days?: number;
  overrides?: PlanningOverridesInput | null;
  article_inputs?: PortfolioArticleInputs[];
  persist?: boolean;
}

export const PORTFOLIO_DEFAULTS = { observation_window_days: 30, freshness_mode: 'warn', planning_horizon_days: 90 } as const;

/** The request as stored in `request_snapshot`: every field present, defaults filled, day 0 resolved. */
export function portfolioRequestSnapshot(request: PortfolioRequest, asOfDate: string): Required<PortfolioRequest> {
  return {
    article_ids: request.article_ids ?? null,
    as_of_date: asOfDate,
    observation_window_days: request.observation_window_days ?? PORTFOLIO_DEFAULTS.observation_window_days,
    freshness_mode: request.freshness_mode ?? PORTFOLIO_DEFAULTS.freshness_mode,
    freshness_sales_stale_after_days: request.freshness_sales_stale_after_days ?? null,
    freshness_stock_stale_after_days: request.freshness_stock_stale_after_days ?? null,
    planning_horizon_days: request.planning_horizon_days ?? PORTFOLIO_DEFAULTS.planning_horizon_days,
    overrides: request.overrides ?? null,
    article_inputs: request.article_inputs ?? [],
    persist: request.persist ?? true,
  };
}

/**
 * The portfolio budget (request → global, never an article's, §4.15.1) and the governance mode;
 * strict mode without a budget is the 422 `missing_available_capital_strict` of the whole run.
 */
export function portfolioCapital(global: GlobalSettingsRow | null, overrides: PlanningOverridesInput | null): { budget: number | null; mode: CapitalGovernanceMode } {
  const { policy } = resolvePolicy({ article: null, planningSettings: null, global }, overrides, { portfolio: true });
  checkCapitalGovernance(policy);
  return { budget: policy.available_capital.value, mode: policy.capital_governance_mode.value };
}

/** The from-WB request one article of the portfolio is prepared with. */
export function memberRequest(request: PortfolioRequest, articleId: number, inputs: PortfolioArticleInputs | undefined): FromWbProposalRequest {
  return {
    article_id: articleId,
    planning_horizon_days: request.planning_horizon_days,
    as_of_date: request.as_of_date ?? null,
    observation_window_days: request.observation_window_days,
    freshness_mode: request.freshness_mode,
    freshness_sales_stale_after_days: request.freshness_sales_stale_after_days,
    freshness_stock_stale_after_days: request.freshness_stock_stale_after_days,
    bundle_type_ids: inputs?.bundle_type_ids ?? [],
    bundle_stock: inputs?.bundle_stock ?? [],
    in_flight_supply: inputs?.in_flight_supply ?? [],
    size_weights: inputs?.size_weights ?? {},
    overrides: request.overrides ?? null,
  };
}

const asPortfolioOutcome = (outcome: ProposalOutcome): ProposalOutcome => ({
  ...outcome,
  body: { ...outcome.body, source: 'portfolio' },
  record: { ...outcome.record, source: 'portfolio' },
});

/**
 * Every selected article in ascending id order: unknown ⇒ error `article_not_found`; excluded ⇒
 * skipped; a from-WB 400 ⇒ error with that detail; the rest planned jointly with `budget`.
 */
export function planPortfolio(
  selection: readonly number[],
  data: ReadonlyMap<number, StoredArticleData>,
  request: PortfolioRequest,
  context: PlanningContext,
  budget: number | null,
): PortfolioMemberResult[] {
  const inputsByArticle = new Map((request.article_inputs ?? []).map((entry) => [entry.article_id, entry]));
  // A planned article holds the index of its input until the joint run returns its outcome.
  const slots: (PortfolioMemberResult | { articleId: number; inputIndex: number })[] = [];
  const inputs: PlanningInput[] = [];
  for (const articleId of [...selection].sort((a, b) => a - b)) {
    const stored = data.get(articleId);
    if (!stored) {
      slots.push({ articleId, error: articleNotFound(articleId).detail });
      continue;
    }
    try {
      const prepared = prepareFromWbProposal(stored, memberRequest(request, articleId, inputsByArticle.get(articleId)), context, { portfolio: true });
      if ('skipped' in prepared) slots.push({ articleId, outcome: asPortfolioOutcome(prepared.skipped) });
      else slots.push({ articleId, inputIndex: inputs.push({ ...prepared.input, source: 'portfolio' }) - 1 });
    } catch (error) {
      if (!(error instanceof PlanningCoreError)) throw error;
      slots.push({ articleId, error: error.detail });
    }
  }
  const outcomes = planArticlesJointly(inputs, { budget });
  return slots.map((slot) => ('inputIndex' in slot ? { articleId: slot.articleId, outcome: outcomes[slot.inputIndex] } : slot));
}
