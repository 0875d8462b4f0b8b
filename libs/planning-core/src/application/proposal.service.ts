import { Injectable } from '@nestjs/common';
import { AppConfig } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import {
  compactProposalBody,
  DirectProposalRequest,
  FromWbProposalRequest,
  planDirectProposal,
  planFromWbProposal,
  ProposalOutcome,
  ProposalResponse,
  salesWindow,
  StoredArticleData,
} from '../domain';
import { PlanningInputsRepository, WbImportWatermarks } from '../persistence/planning-inputs.repository';
import { ProposalRunsRepository } from '../persistence/proposal-runs.repository';
import { articleNotFound } from './planning-core-errors';
import { freshProposalResponse, proposalRunRows } from './proposal-run-record';

const DEFAULT_OBSERVATION_WINDOW_DAYS = 30;

/**
 * The two single-article proposal use cases (05 §3.3, §3.4): one REPEATABLE READ transaction
 * reads everything the article needs in a fixed number of statements, the pure engine decides,
 * the adapter adds what only it knows (the business today, `generated_at`, the run's id) and,
 * unless `persist` is false, stores the run in the same transaction (§4.21).
 */
@Injectable()
export class ProposalService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly inputs: PlanningInputsRepository,
    private readonly runs: ProposalRunsRepository,
    private readonly config: AppConfig,
  ) {}

  direct(request: DirectProposalRequest): Promise<ProposalResponse> {
    return this.inRunTransaction(request, async () => {
      const { data, today, generatedAt } = await this.load(request.article_id, null);
      return this.respond(planDirectProposal(data, request, { today }), request, generatedAt);
    });
  }

  fromWb(request: FromWbProposalRequest): Promise<ProposalResponse> {
    return this.inRunTransaction(request, async () => {
      const history = { asOfDate: request.as_of_date ?? null, windowDays: request.observation_window_days ?? DEFAULT_OBSERVATION_WINDOW_DAYS };
      const { data, today, generatedAt } = await this.load(request.article_id, history);
      return this.respond(planFromWbProposal(data, request, { today }), request, generatedAt);
    });
  }

  /**
   * Reads and the write share one REPEATABLE READ snapshot (§3.0), so the stored run is exactly
   * what was computed; an unsaved run only reads.
   */
  private inRunTransaction<T>(request: { persist?: boolean }, work: () => Promise<T>): Promise<T> {
    return request.persist === false ? this.tx.read(work) : this.tx.write(work, 'REPEATABLE READ');
  }

  /**
   * 404 before anything else is read; then the article's stored data, with the WB sales and stock
   * history of the window that ends at the import watermark when `wbHistory` is given (from-WB).
   */
  private async load(
    articleId: number,
    wbHistory: { asOfDate: string | null; windowDays: number } | null,
  ): Promise<{ data: StoredArticleData; today: string; generatedAt: string }> {
    const timeZone = this.config.get('PLANNING_TIME_ZONE');
    const articles = await this.inputs.findArticles([articleId]);
    if (!articles.has(articleId)) throw articleNotFound(articleId);
    const clock = await this.inputs.clock(timeZone);
    let history: { window: { start: string; end: string }; watermarks: WbImportWatermarks } | null = null;
    if (wbHistory) {
      const day0 = wbHistory.asOfDate ?? clock.today;
      const watermarks = await this.inputs.loadImportWatermarks(day0);
      history = { window: salesWindow(watermarks.importWatermark, day0, wbHistory.windowDays), watermarks };
    }
    const data = (await this.inputs.loadArticleData(articles, timeZone, history)).get(articleId) as StoredArticleData;
    return { data, today: clock.today, generatedAt: clock.now };
  }

  /**
   * The stored body is the full response serialised once; the answer is that body (compact-trimmed
   * when asked), so a later GET of the run reads back the same bytes. Skipped runs are stored too.
   */
  private async respond(
    outcome: ProposalOutcome,
    request: { explainability_mode?: string; persist?: boolean },
    generatedAt: string,
  ): Promise<ProposalResponse> {
    let proposalId: number | null = null;
    if (request.persist !== false) {
      [proposalId] = (await this.runs.reserveIds(1, false)).proposalIds;
    }
    const response = freshProposalResponse(outcome, { proposalId, portfolioRunId: null, generatedAt });
    if (proposalId !== null) {
      const { proposal, lines } = proposalRunRows(outcome, JSON.stringify(response), { proposalId, portfolioRunId: null, generatedAt });
      await this.runs.insertProposalsWithLines([proposal], lines);
    }
    return request.explainability_mode === 'compact' ? compactProposalBody(response) : response;
  }
}
