import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';

export interface ThresholdRow {
  articleId: number;
  safetyStockDays: number | null;
  alertThresholdDays: number | null;
}

/** The rows bundle risk reads besides the article snapshots, one statement each whatever the number of articles. */
@Injectable()
export class BundleRiskRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Articles taking part in planning portfolios by default (02 §4.8), ascending id. */
  async activeArticleIds(): Promise<number[]> {
    const rows: { articleId: number }[] = await this.tx.manager.query(
      `SELECT article_id AS "articleId" FROM planning_settings WHERE is_active ORDER BY article_id`,
    );
    return rows.map((row) => row.articleId);
  }

  /** Risk thresholds of the articles that have planning settings, active or not. */
  thresholds(articleIds: number[]): Promise<ThresholdRow[]> {
    return this.tx.manager.query(
      `SELECT article_id AS "articleId", safety_stock_days AS "safetyStockDays", alert_threshold_days AS "alertThresholdDays"
         FROM planning_settings
        WHERE article_id = ANY($1::int[])`,
      [articleIds],
    );
  }

  /** Recipes whose bundle type does not exist (possible only for data written without the foreign keys). */
  recipesOfMissingBundleTypes(articleIds: number[]): Promise<{ articleId: number; bundleTypeId: number }[]> {
    return this.tx.manager.query(
      `SELECT DISTINCT r.article_id AS "articleId", r.bundle_type_id AS "bundleTypeId"
         FROM bundle_recipe r
        WHERE r.article_id = ANY($1::int[])
          AND NOT EXISTS (SELECT 1 FROM bundle_type b WHERE b.id = r.bundle_type_id)`,
      [articleIds],
    );
  }
}
