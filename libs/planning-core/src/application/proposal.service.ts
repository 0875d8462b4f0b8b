import { Injectable } from '@nestjs/common';
import { AppConfig } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import {
  assembleProposalResponse,
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
import { articleNotFound } from './planning-core-errors';

const DEFAULT_OBSERVATION_WINDOW_DAYS = 30;

/**
 * The two single-article proposal use cases (05 §3.3, §3.4): one REPEATABLE READ transaction
 * reads everything the article needs in a fixed number of statements, the pure engine decides,
 * and the adapter adds what only it knows (the business today, `generated_at`).
 */
@Injectable()
export class ProposalService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly inputs: PlanningInputsRepository,
    private readonly config: AppConfig,
  ) {}

  direct(request: DirectProposalRequest): Promise<ProposalResponse> {
    return this.tx.read(async () => {
      const { data, today, generatedAt } = await this.load(request.article_id, null);
      return this.respond(planDirectProposal(data, request, { today }), request, generatedAt);
    });
  }

  fromWb(request: FromWbProposalRequest): Promise<ProposalResponse> {
    return this.tx.read(async () => {
      const history = { asOfDate: request.as_of_date ?? null, windowDays: request.observation_window_days ?? DEFAULT_OBSERVATION_WINDOW_DAYS };
      const { data, today, generatedAt } = await this.load(request.article_id, history);
      return this.respond(planFromWbProposal(data, request, { today }), request, generatedAt);
    });
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

  private respond(outcome: ProposalOutcome, request: { explainability_mode?: string }, generatedAt: string): ProposalResponse {
    const body = request.explainability_mode === 'compact' ? compactProposalBody(outcome.body) : outcome.body;
    // Runs are stored by a later release; until then every answer is unsaved (`proposal_id` null).
    return assembleProposalResponse(body, { proposal_id: null, portfolio_run_id: null, generated_at: generatedAt, purchase_order_id: null, converted_at: null });
  }
}
