import { Article } from '@supply-brain/database';
import { ArticleCreate, ArticlePatch, ArticleRead } from '../http/dto/article.dto';
import { CatalogResourceDefinition } from './resource-definition';

export const ARTICLE_RESOURCE: CatalogResourceDefinition<Article, ArticleCreate, ArticlePatch, ArticleRead> = {
  path: 'article',
  tag: 'Articles',
  names: { one: 'Article', many: 'Articles' },
  entity: Article,
  dto: { create: ArticleCreate, patch: ArticlePatch, read: ArticleRead },
  fields: {
    code: { property: 'code' },
    name: { property: 'name', createDefault: null },
  },
  uniques: [{ properties: ['code'], message: 'Article code already exists' }],
  notFoundMessage: 'Article not found',
  toRead: (row) => ({ id: row.id, code: row.code, name: row.name }),
};
