import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { ArticleBundleSnapshot, buildArticleSnapshot } from '../domain/article-snapshot';
import { snapshotInputsOf } from '../domain/portfolio-inputs';
import { PortfolioInputsLoader } from './portfolio-inputs.loader';

/** C5, the article inventory and bundle coverage snapshot (02 §4.5); also the input of bundle risk. */
@Injectable()
export class ArticleSnapshotService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly loader: PortfolioInputsLoader,
  ) {}

  snapshotOf(articleId: number): Promise<ArticleBundleSnapshot> {
    return this.tx.read(async () => {
      const [snapshot] = await this.snapshotsOf([articleId]);
      if (!snapshot) throw new NotFoundError('Article not found');
      return snapshot;
    });
  }

  /** Snapshots of the existing articles among `articleIds`, in the given order, in a constant number of statements. */
  async snapshotsOf(articleIds: number[]): Promise<ArticleBundleSnapshot[]> {
    const inputs = await this.loader.load({ articleIds, byDefault: 'active' }, { snapshot: true });
    return inputs.articles.map((article) => buildArticleSnapshot(snapshotInputsOf(inputs, article)));
  }
}
