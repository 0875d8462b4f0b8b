/*
 * The portfolio answer of spec 05 §3.9, assembled from the outcomes of one joint engine run
 * (§4.20): one item per selected article, totals, the one budget, the joint minimums and the
 * run-level warnings. Per-article answers stay the §3.5 bodies of the outcomes.
 */
import {
  BudgetGroupReport,
  BudgetRunStatus,
  CapitalGovernanceMode,
  ElasticMinBatchEntry,
  FabricMinBatchEntry,
  PlanningCoreErrorDetail,
  ProposalOutcome,
  Warning,
} from './engine-contract';
import { money2 } from './numeric';
import { sortWarnings, warning } from './warnings';

/** One selected article after planning: its outcome (ok or skipped), or the business error that excluded it. */
export type PortfolioMemberResult = { articleId: number; outcome: ProposalOutcome; error?: undefined } | { articleId: number; outcome?: undefined; error: PlanningCoreErrorDetail };

export type PortfolioItemStatus = 'ok' | 'skipped' | 'error';

export interface PortfolioItem {
  article_id: number;
  status: PortfolioItemStatus;
  proposal_id: number | null;
  action: string | null;
  risk_level: string | null;
  total_units: number;
  capital_required: number | null;
  order_by_date: string | null;
  target_arrival_date: string | null;
  error: PlanningCoreErrorDetail | null;
}

export interface PortfolioTotals {
  articles_total: number;
  articles_ok: number;
  articles_skipped: number;
  articles_error: number;
  articles_ordering: number;
  total_units: number;
  capital_required: number | null;
  available_capital: number | null;
}

export interface PortfolioBudgetSummary {
  status: BudgetRunStatus;
  capital_before: number | null;
  capital_after: number | null;
  groups: BudgetGroupReport[];
}

/** The §3.9 response in wire key order. */
export interface PortfolioResponse {
  portfolio_run_id: number | null;
  generated_at: string;
  as_of_date: string;
  totals: PortfolioTotals;
  budget: PortfolioBudgetSummary;
  fabric_min_batches: FabricMinBatchEntry[];
  elastic_min_batches: ElasticMinBatchEntry[];
  items: PortfolioItem[];
  warnings: Warning[];
}

/** What the run knows besides the outcomes. */
export interface PortfolioRunFacts {
  portfolioRunId: number | null;
  generatedAt: string;
  asOfDate: string;
  /** The portfolio budget (request → global); null = none. */
  budget: number | null;
  governanceMode: CapitalGovernanceMode;
  /** Stored proposal id per article (null everywhere when nothing is stored). */
  proposalIds: ReadonlyMap<number, number> | null;
}

/** Warnings the joint lot sizing and budget add to every member alike; the portfolio reports them once. */
const RUN_WARNING_CODES = new Set(['fabric_min_override_conflict', 'elastic_min_override_conflict', 'elastic_minimum_exceeds_budget']);

const okOutcomes = (members: readonly PortfolioMemberResult[]): ProposalOutcome[] =>
  members.flatMap((m) => (m.outcome && m.outcome.body.status === 'ok' ? [m.outcome] : []));

/**
 * Articles that took part in the joint lot sizing (their action was an order before the budget).
 * Every in-scope SKU belongs to a Pantone group, so a member always lists at least one fabric
 * entry, and an article outside the lot sizing lists none.
 */
export function lotSizingMembers(members: readonly PortfolioMemberResult[]): ProposalOutcome[] {
  return okOutcomes(members).filter((o) => o.body.constraints_applied.fabric_min_batches.length > 0);
}

const unitCostUnknown = (outcome: ProposalOutcome): boolean => outcome.policySnapshot.unit_cost.value === null;

export function portfolioItem(member: PortfolioMemberResult, proposalId: number | null): PortfolioItem {
  if (member.error) {
    return {
      article_id: member.articleId,
      status: 'error',
      proposal_id: null,
      action: null,
      risk_level: null,
      total_units: 0,
      capital_required: null,
      order_by_date: null,
      target_arrival_date: null,
      error: member.error,
    };
  }
  const record = member.outcome.record;
  return {
    article_id: member.articleId,
    status: record.status,
    proposal_id: proposalId,
    action: record.action,
    risk_level: record.risk_level,
    total_units: record.total_units,
    capital_required: record.capital_required,
    order_by_date: record.order_by_date,
    target_arrival_date: record.target_arrival_date,
    error: null,
  };
}

export function portfolioTotals(items: readonly PortfolioItem[], budget: number | null): PortfolioTotals {
  const count = (status: PortfolioItemStatus): number => items.filter((i) => i.status === status).length;
  const ordering = items.filter((i) => i.status === 'ok' && i.total_units > 0);
  // Unknown as soon as one ordered quantity has no unit cost: a partial sum would understate it.
  const capitalUnknown = ordering.some((i) => i.capital_required === null);
  return {
    articles_total: items.length,
    articles_ok: count('ok'),
    articles_skipped: count('skipped'),
    articles_error: count('error'),
    articles_ordering: ordering.length,
    total_units: items.reduce((sum, i) => sum + i.total_units, 0),
    capital_required: capitalUnknown ? null : money2(ordering.reduce((sum, i) => sum + (i.capital_required ?? 0), 0)),
    available_capital: budget === null ? null : money2(budget),
  };
}

/**
 * The one budget of the run, as the joint lot sizing reported it to each of its members; each
 * member lists the groups it takes part in, so the run's groups are their union (by key).
 */
export function portfolioBudgetSummary(members: readonly PortfolioMemberResult[], budget: number | null): PortfolioBudgetSummary {
  const lot = lotSizingMembers(members);
  if (lot.length === 0) return { status: budget === null ? 'available_capital_not_set' : 'within_budget', capital_before: 0, capital_after: 0, groups: [] };
  const meta = lot[0].body.explanation.meta.budget!;
  const known = !lot.some(unitCostUnknown);
  const groups = new Map<string, BudgetGroupReport>();
  for (const outcome of lot) for (const g of outcome.body.explanation.meta.budget!.groups) if (!groups.has(g.pantone_code)) groups.set(g.pantone_code, g);
  return {
    status: meta.status,
    capital_before: known ? meta.capital_before : null,
    capital_after: known ? meta.capital_after : null,
    groups: [...groups.values()].sort((a, b) => (a.pantone_code < b.pantone_code ? -1 : a.pantone_code > b.pantone_code ? 1 : 0)),
  };
}

/** Joint fabric groups (one entry per Pantone key); the portfolio's own part is the whole requirement. */
export function jointFabricMinBatches(members: readonly PortfolioMemberResult[]): FabricMinBatchEntry[] {
  const byKey = new Map<string, FabricMinBatchEntry>();
  for (const outcome of lotSizingMembers(members)) {
    for (const entry of outcome.body.constraints_applied.fabric_min_batches) {
      if (!byKey.has(entry.pantone_code)) byKey.set(entry.pantone_code, { ...entry, article_required: entry.required });
    }
  }
  return [...byKey.values()].sort((a, b) => (a.pantone_code < b.pantone_code ? -1 : a.pantone_code > b.pantone_code ? 1 : 0));
}

/** Joint elastic types (one entry per type, `article_id` null). */
export function jointElasticMinBatches(members: readonly PortfolioMemberResult[]): ElasticMinBatchEntry[] {
  const byType = new Map<number, ElasticMinBatchEntry>();
  for (const outcome of lotSizingMembers(members)) {
    for (const entry of outcome.body.constraints_applied.elastic_min_batches) {
      if (!byType.has(entry.elastic_type_id)) byType.set(entry.elastic_type_id, { ...entry, article_id: null });
    }
  }
  return [...byType.values()].sort((a, b) => a.elastic_type_id - b.elastic_type_id);
}

/** Run-level warnings: the budget's own, and those of the joint lot sizing once each. */
export function portfolioWarnings(members: readonly PortfolioMemberResult[], budget: PortfolioBudgetSummary, facts: Pick<PortfolioRunFacts, 'budget' | 'governanceMode'>): Warning[] {
  const warnings: Warning[] = [];
  if (facts.budget === null) warnings.push(warning('available_capital_not_set', { capital_governance_mode: facts.governanceMode }));
  const lot = lotSizingMembers(members);
  if (budget.status === 'unit_cost_not_set') {
    warnings.push(warning('unit_cost_not_set', { article_ids: lot.filter(unitCostUnknown).map((o) => o.record.article_id) }));
  }
  const seen = new Set<string>();
  for (const outcome of lot) {
    for (const w of outcome.body.warnings) {
      if (!RUN_WARNING_CODES.has(w.code)) continue;
      const key = JSON.stringify([w.code, w.params]);
      if (seen.has(key)) continue;
      seen.add(key);
      warnings.push(w);
    }
  }
  return sortWarnings(warnings);
}

/** The §3.9 body; `members` in any order (items are ordered by article id). */
export function assemblePortfolioResponse(members: readonly PortfolioMemberResult[], facts: PortfolioRunFacts): PortfolioResponse {
  const ordered = [...members].sort((a, b) => a.articleId - b.articleId);
  const items = ordered.map((m) => portfolioItem(m, m.outcome ? (facts.proposalIds?.get(m.articleId) ?? null) : null));
  const budget = portfolioBudgetSummary(ordered, facts.budget);
  return {
    portfolio_run_id: facts.portfolioRunId,
    generated_at: facts.generatedAt,
    as_of_date: facts.asOfDate,
    totals: portfolioTotals(items, facts.budget),
    budget,
    fabric_min_batches: jointFabricMinBatches(ordered),
    elastic_min_batches: jointElasticMinBatches(ordered),
    items,
    warnings: portfolioWarnings(ordered, budget, facts),
  };
}
