import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { ArticleBundleSnapshot, buildArticleSnapshot } from '../domain/article-snapshot';
import { ArticleSnapshotRepository } from '../persistence/article-snapshot.repository';

function groupBy<T extends { articleId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) groups.set(row.articleId, [...(groups.get(row.articleId) ?? []), row]);
  return groups;
}

/** C5, the article inventory and bundle coverage snapshot (02 §4.5); also the input of bundle risk. */
@Injectable()
export class ArticleSnapshotService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: ArticleSnapshotRepository,
  ) {}

  snapshotOf(articleId: number): Promise<ArticleBundleSnapshot> {
    return this.tx.read(async () => {
      const [snapshot] = await this.snapshotsOf([articleId]);
      if (!snapshot) throw new NotFoundError('Article not found');
      return snapshot;
    });
  }

  /** Snapshots of the existing articles among `articleIds`, ascending id, in a constant number of statements. */
  snapshotsOf(articleIds: number[]): Promise<ArticleBundleSnapshot[]> {
    return this.tx.read(async () => {
      const articles = await this.repository.articles(articleIds);
      if (articles.length === 0) return [];
      const ids = articles.map((article) => article.id);
      const skus = groupBy(await this.repository.skuStocks(ids));
      const recipes = groupBy(await this.repository.recipes(ids));
      const listings = groupBy(await this.repository.bundleListings(ids));
      const names = await this.repository.bundleTypeNames(ids);
      const sales = groupBy(await this.repository.bundleSales(ids));
      return articles.map((article) => {
        const recipeColors = new Map<number, number[]>();
        for (const row of recipes.get(article.id) ?? []) recipeColors.set(row.bundleTypeId, [...(recipeColors.get(row.bundleTypeId) ?? []), row.colorId]);
        return buildArticleSnapshot({
          articleId: article.id,
          articleCode: article.code,
          skus: skus.get(article.id) ?? [],
          recipes: recipeColors,
          bundleListings: listings.get(article.id) ?? [],
          bundleTypeNames: names,
          bundleSales: sales.get(article.id) ?? [],
        });
      });
    });
  }
}
