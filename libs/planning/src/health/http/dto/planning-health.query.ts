import { QueryDate } from '@supply-brain/common';
import { QueryArticleIds } from '../../../risk';

export class HealthPortfolioQuery {
  @QueryArticleIds('Only these articles (repeat the parameter); absent means every active article')
  article_ids?: number[];

  @QueryDate({ description: 'Evaluation date of demand and proposal; default today in the business time zone' })
  target_date?: string;
}

export class ArticleDashboardQuery {
  @QueryDate({ description: 'Evaluation date of demand and proposal; default today in the business time zone' })
  target_date?: string;
}
