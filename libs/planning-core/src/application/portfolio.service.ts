import { Injectable } from '@nestjs/common';
import { AppConfig, UnprocessableError, ValidationIssue } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { CapitalGovernanceMode, ENGINE_VERSION, GlobalSettingsRow, salesWindow, StoredArticleData } from '../domain';
import { assemblePortfolioResponse, PortfolioMemberResult, PortfolioResponse } from '../domain/portfolio-response';
import { PlanningInputsRepository } from '../persistence/planning-inputs.repository';
import { PortfolioSelectionRepository } from '../persistence/portfolio-selection.repository';
import { ProposalLineRow, ProposalRunRow, ProposalRunsRepository } from '../persistence/proposal-runs.repository';
import { planPortfolio, portfolioCapital, portfolioRequestSnapshot, PORTFOLIO_DEFAULTS, PortfolioRequest } from './portfolio-planning';
import { freshProposalResponse, proposalRunRows } from './proposal-run-record';

/** `article_inputs` entries naming an article outside the selection: a 422 of the request (05 §3.9). */
function articleInputsOutsideSelection(request: PortfolioRequest, selection: ReadonlySet<number>): ValidationIssue[] {
  return (request.article_inputs ?? []).flatMap((entry, index) =>
    selection.has(entry.article_id)
      ? []
      : [{ type: 'value_error', loc: ['body', 'article_inputs', index, 'article_id'], msg: 'Value error, article_id is not one of the selected articles', input: entry.article_id }],
  );
}

/** What the run decided besides its members: the clock, the day planned for and the budget. */
interface RunFacts {
  generatedAt: string;
  asOfDate: string;
  budget: number | null;
  governanceMode: CapitalGovernanceMode;
}

/**
 * The portfolio run (05 §3.9, §4.20, §4.21): one transaction reads the selection and everything
 * its articles need in a fixed number of statements (side by side on one snapshot), the engine
 * plans them jointly once, and, unless `persist` is false, the portfolio row, its proposals and
 * their lines are written in the same REPEATABLE READ transaction with one statement each.
 */
@Injectable()
export class PortfolioService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly inputs: PlanningInputsRepository,
    private readonly selection: PortfolioSelectionRepository,
    private readonly runs: ProposalRunsRepository,
    private readonly config: AppConfig,
  ) {}

  run(request: PortfolioRequest): Promise<PortfolioResponse> {
    // With explicit ids the rule needs no data, so it answers before any database access.
    if (request.article_ids) {
      const issues = articleInputsOutsideSelection(request, new Set(request.article_ids));
      if (issues.length > 0) return Promise.reject(new UnprocessableError(issues));
    }
    if (request.persist === false) {
      return this.tx.read(async () => {
        const { members, facts } = await this.plan(request);
        return assemblePortfolioResponse(members, { ...facts, portfolioRunId: null, proposalIds: null });
      });
    }
    return this.tx.readThenWrite(
      () => this.plan(request),
      ({ members, facts }) => this.store(request, members, facts),
    );
  }

  private async plan(request: PortfolioRequest): Promise<{ members: PortfolioMemberResult[]; facts: RunFacts }> {
    const timeZone = this.config.get('PLANNING_TIME_ZONE');
    const clock = await this.inputs.clock(timeZone);
    // One statement either way: the named articles that exist, or the default selection.
    const articles = request.article_ids ? await this.inputs.findArticles(request.article_ids) : await this.selection.defaultSelection();
    const selected = request.article_ids ?? [...articles.keys()];
    if (!request.article_ids) {
      const issues = articleInputsOutsideSelection(request, new Set(selected));
      if (issues.length > 0) throw new UnprocessableError(issues);
    }
    const asOfDate = request.as_of_date ?? clock.today;
    const { data, global } = await this.load(articles, timeZone, asOfDate, request.observation_window_days ?? PORTFOLIO_DEFAULTS.observation_window_days);
    const capital = portfolioCapital(global, request.overrides ?? null);
    const members = planPortfolio(selected, data, request, { today: clock.today }, capital.budget);
    return { members, facts: { generatedAt: clock.now, asOfDate, budget: capital.budget, governanceMode: capital.mode } };
  }

  /** The selected articles' data with the WB history of the window ending at the import watermark (as a from-WB run). */
  private async load(
    articles: Map<number, { id: number; code: string }>,
    timeZone: string,
    asOfDate: string,
    windowDays: number,
  ): Promise<{ data: Map<number, StoredArticleData>; global: GlobalSettingsRow | null }> {
    if (articles.size === 0) return { data: new Map(), global: (await this.inputs.loadSettingsRows([])).global };
    const watermarks = await this.inputs.loadImportWatermarks(asOfDate);
    const window = salesWindow(watermarks.importWatermark, asOfDate, windowDays);
    const data = await this.inputs.loadArticleData(articles, timeZone, { window, watermarks }, { sideBySide: true });
    const [first] = data.values();
    return { data, global: first.settings.global };
  }

  /**
   * Ids first (one statement), so every stored body carries its own ids; then the portfolio row,
   * all proposals and all lines with one statement each. Error items are not stored.
   */
  private async store(
    request: PortfolioRequest,
    members: PortfolioMemberResult[],
    facts: RunFacts,
  ): Promise<PortfolioResponse> {
    const stored = members.filter((m) => m.outcome);
    const { proposalIds, portfolioRunId } = await this.runs.reserveIds(stored.length, true);
    const ids = new Map(stored.map((m, k) => [m.articleId, proposalIds[k]]));
    const proposals: ProposalRunRow[] = [];
    const lines: ProposalLineRow[] = [];
    for (const member of stored) {
      const identity = { proposalId: ids.get(member.articleId)!, portfolioRunId, generatedAt: facts.generatedAt };
      const rows = proposalRunRows(member.outcome!, JSON.stringify(freshProposalResponse(member.outcome!, identity)), identity);
      proposals.push(rows.proposal);
      lines.push(...rows.lines);
    }
    const response = assemblePortfolioResponse(members, { ...facts, portfolioRunId, proposalIds: ids });
    await this.runs.insertPortfolioRun({
      id: portfolioRunId!,
      createdAt: facts.generatedAt,
      asOfDate: facts.asOfDate,
      engineVersion: ENGINE_VERSION,
      articleCount: response.totals.articles_total,
      totalUnits: response.totals.total_units,
      availableCapital: response.totals.available_capital,
      capitalRequired: response.totals.capital_required,
      requestSnapshot: portfolioRequestSnapshot(request, facts.asOfDate),
      responseText: JSON.stringify(response),
    });
    await this.runs.insertProposalsWithLines(proposals, lines);
    return response;
  }
}
