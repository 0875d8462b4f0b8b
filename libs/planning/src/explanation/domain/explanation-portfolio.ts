import { ArticleOrderExplanation } from './order-explanation';

/** What the portfolio knows of a selected article before explaining it. */
export interface ArticleToExplain {
  articleId: number;
  articleCode: string;
}

/**
 * C8 over the selected articles, in their order (02 §4.9), one article at a time: should the step
 * throw for one article (inconsistent data, 02 W-BUG-6), `onFailure` is told and that article is
 * listed without reasons, so one broken article never fails the portfolio.
 */
export function explainEach<A extends ArticleToExplain>(
  articles: readonly A[],
  explainOne: (article: A) => ArticleOrderExplanation,
  onFailure: (article: A, error: unknown) => void,
): ArticleOrderExplanation[] {
  return articles.map((article) => {
    try {
      return explainOne(article);
    } catch (error) {
      onFailure(article, error);
      return { article_id: article.articleId, article_code: article.articleCode, reasons: [] };
    }
  });
}
