import { Injectable } from '@nestjs/common';
import { NotFoundError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { assembleArticleConfigs, ConfigSnapshot, hasOwnSettings } from '../domain/config-snapshot';
import { PlanningConfigRepository } from '../persistence/planning-config.repository';

@Injectable()
export class PlanningConfigService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly repository: PlanningConfigRepository,
  ) {}

  /**
   * One article's configuration (active or not), or that of every actively planned article.
   * A single snapshot read, so a concurrent settings change is seen entirely or not at all.
   */
  snapshot(articleId?: number): Promise<ConfigSnapshot> {
    return this.tx.read(async () => {
      if (articleId === undefined) {
        const articles = await this.repository.listActivelyPlannedArticles();
        const rows = await this.repository.loadSettingsOf(articles.map((article) => article.id));
        return { global: await this.repository.findGlobalDefaults(), articles: assembleArticleConfigs(articles, rows) };
      }
      const article = await this.repository.findArticle(articleId);
      if (!article) throw new NotFoundError('Article not found');
      const [config] = assembleArticleConfigs([article], await this.repository.loadSettingsOf([article.id]));
      if (!hasOwnSettings(config)) throw new NotFoundError('No planning settings found for this article');
      return { global: await this.repository.findGlobalDefaults(), articles: [config] };
    });
  }
}
