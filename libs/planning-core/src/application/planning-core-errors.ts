import { PlanningCoreError } from '../domain';

/** 404 `article_not_found` (05 §3.1), raised before any data is loaded. */
export function articleNotFound(articleId: number): PlanningCoreError {
  return new PlanningCoreError(404, { code: 'article_not_found', message: 'Article not found', field: 'article_id', article_id: articleId });
}
