import { explainEach } from './explanation-portfolio';
import { ArticleOrderExplanation } from './order-explanation';

const articles = [
  { articleId: 1, articleCode: 'ONE' },
  { articleId: 2, articleCode: 'BROKEN' },
  { articleId: 3, articleCode: 'THREE' },
];

const explained = (article: { articleId: number; articleCode: string }): ArticleOrderExplanation => ({
  article_id: article.articleId,
  article_code: article.articleCode,
  reasons: [{ final_order_qty: article.articleId * 10 } as ArticleOrderExplanation['reasons'][number]],
});

describe('explainEach (02 W-BUG-6: one broken article never fails the portfolio)', () => {
  it('lists a failing article without reasons, reports it, and explains the others in selection order', () => {
    const failures: Array<[number, string]> = [];
    const items = explainEach(
      articles,
      (article) => {
        if (article.articleId === 2) throw new Error('recipe of a missing bundle type');
        return explained(article);
      },
      (article, error) => failures.push([article.articleId, (error as Error).message]),
    );
    expect(items.map((item) => [item.article_id, item.article_code, item.reasons.length])).toEqual([
      [1, 'ONE', 1],
      [2, 'BROKEN', 0],
      [3, 'THREE', 1],
    ]);
    expect(items[2].reasons[0].final_order_qty).toBe(30);
    expect(failures).toEqual([[2, 'recipe of a missing bundle type']]);
  });

  it('reports nothing when every article is explained', () => {
    const onFailure = jest.fn();
    expect(explainEach(articles, explained, onFailure)).toHaveLength(3);
    expect(onFailure).not.toHaveBeenCalled();
  });
});
