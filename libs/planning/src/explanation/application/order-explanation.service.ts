import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { OrderProposalService } from '../../analytics';
import { ArticleOrderExplanation, ExplanationArticle, explainArticle } from '../domain/order-explanation';
import { ExplanationArticleRow, ExplanationColorRow, OrderExplanationRepository } from '../persistence/order-explanation.repository';

export interface OrderExplanationPortfolio {
  /** The evaluation date actually used (the business today when none was given). */
  target_date: string;
  items: ArticleOrderExplanation[];
}

/** Ids in the order asked for, first occurrence kept. */
function distinctInOrder(ids: number[]): number[] {
  return [...new Set(ids)];
}

function toArticle(row: ExplanationArticleRow, colors: ExplanationColorRow[]): ExplanationArticle {
  return {
    articleId: row.articleId,
    articleCode: row.articleCode,
    settings: row.hasSettings
      ? { strictness: row.strictness ?? 0, minFabricBatch: row.minFabricBatch ?? 0, minElasticBatch: row.minElasticBatch ?? 0 }
      : null,
    elasticType:
      row.elasticTypeId !== null ? { id: row.elasticTypeId, name: row.elasticTypeName ?? '', minimum: row.elasticMinimum ?? 0 } : null,
    colors: new Map(colors.map((color) => [color.colorId, { name: color.colorName, minimum: color.colorMinimum }])),
    nscStock: row.nscStock,
  };
}

/**
 * C8, why each article is ordered the way it is (02 §4.9): used by
 * GET /planning/order-explanation-portfolio, the health portfolio and the article dashboard.
 */
@Injectable()
export class OrderExplanationService {
  private readonly logger = new Logger(OrderExplanationService.name);

  constructor(
    private readonly tx: TransactionHost,
    private readonly config: AppConfig,
    private readonly repository: OrderExplanationRepository,
    private readonly proposals: OrderProposalService,
  ) {}

  /** The business "today": the database clock's date in PLANNING_TIME_ZONE. */
  businessToday(): Promise<string> {
    return this.repository.businessToday(this.config.get('PLANNING_TIME_ZONE'));
  }

  /**
   * Explanations of the selected articles (02 §4.8: the given ids that exist, in the given order,
   * or every active article by ascending id) at `targetDate` (default: business today), from ONE
   * proposal run over those articles, with a constant number of statements. Joins the caller's
   * transaction when there is one.
   */
  explain(targetDate?: string, articleIds?: number[]): Promise<OrderExplanationPortfolio> {
    return this.tx.read(async () => {
      const date = targetDate ?? (await this.businessToday());
      const rows = await this.repository.loadArticles(articleIds ? distinctInOrder(articleIds) : undefined);
      if (rows.length === 0) return { target_date: date, items: [] };
      const selected = this.selectionOrder(rows, articleIds);
      const ids = selected.map((row) => row.articleId);

      const proposal = await this.proposals.computeProposal(date, { articleIds: ids });
      const colorRows = await this.repository.loadColors(ids);
      const tracesOf = new Map(proposal.article_traces.map((trace) => [trace.articleId, trace]));
      const colorOrderOf = new Map<number, number[]>();
      for (const item of proposal.items) {
        const order = colorOrderOf.get(item.article_id) ?? [];
        if (!order.includes(item.color_id)) order.push(item.color_id);
        colorOrderOf.set(item.article_id, order);
      }

      const colorsOf = new Map<number, ExplanationColorRow[]>();
      for (const color of colorRows) {
        const colors = colorsOf.get(color.articleId);
        if (colors) colors.push(color);
        else colorsOf.set(color.articleId, [color]);
      }

      const items = selected.map((row) => {
        try {
          return explainArticle(toArticle(row, colorsOf.get(row.articleId) ?? []), tracesOf.get(row.articleId) ?? null, colorOrderOf.get(row.articleId) ?? []);
        } catch (error) {
          // One inconsistent article must not fail the portfolio (02 W-BUG-6): it shows no reasons.
          this.logger.error(`Order explanation of article ${row.articleId} failed: ${(error as Error).message}`);
          return { article_id: row.articleId, article_code: row.articleCode, reasons: [] };
        }
      });
      return { target_date: date, items };
    });
  }

  /** Given ids keep the caller's order; the default selection goes by ascending article id. */
  private selectionOrder(rows: ExplanationArticleRow[], articleIds?: number[]): ExplanationArticleRow[] {
    if (!articleIds) return [...rows].sort((a, b) => a.articleId - b.articleId);
    const byId = new Map(rows.map((row) => [row.articleId, row]));
    return distinctInOrder(articleIds).flatMap((id) => byId.get(id) ?? []);
  }
}
