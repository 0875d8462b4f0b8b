import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import {
  ArticleOverrides,
  ArticlePlanningParameters,
  ArticleRef,
  ArticleSettingsRows,
  ColorMinimum,
  ElasticMinimum,
  GlobalDefaults,
} from '../domain/config-snapshot';

/** Reads the planning configuration tables; each method is one query, whatever the number of articles. */
@Injectable()
export class PlanningConfigRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The single global row; should several exist (an adopted database), the lowest id wins. */
  async findGlobalDefaults(): Promise<GlobalDefaults | null> {
    const rows: GlobalDefaults[] = await this.tx.manager.query(
      `SELECT default_target_coverage_days AS "targetCoverageDays",
              default_lead_time_days AS "leadTimeDays",
              default_service_level_percent AS "serviceLevelPercent",
              default_fabric_min_batch_qty AS "fabricMinBatchQty",
              default_elastic_min_batch_qty AS "elasticMinBatchQty"
         FROM global_planning_settings
        ORDER BY id
        LIMIT 1`,
    );
    return rows[0] ?? null;
  }

  async findArticle(articleId: number): Promise<ArticleRef | null> {
    const rows: ArticleRef[] = await this.tx.manager.query(`SELECT id, code FROM article WHERE id = $1`, [articleId]);
    return rows[0] ?? null;
  }

  /** Articles whose planning settings are active: the ones the planning runs over. */
  async listActivelyPlannedArticles(): Promise<ArticleRef[]> {
    return this.tx.manager.query(
      `SELECT a.id, a.code
         FROM article a
         JOIN planning_settings ps ON ps.article_id = a.id
        WHERE ps.is_active
        ORDER BY a.id`,
    );
  }

  /** Every settings row of the given articles: four queries in all. */
  async loadSettingsOf(articleIds: number[]): Promise<ArticleSettingsRows> {
    if (articleIds.length === 0) return { overrides: [], parameters: [], colors: [], elastics: [] };
    // One connection runs a transaction's queries one at a time, so they are awaited in turn.
    const overrides = await this.loadOverrides(articleIds);
    const parameters = await this.loadParameters(articleIds);
    const colors = await this.loadColorMinimums(articleIds);
    const elastics = await this.loadElasticMinimums(articleIds);
    return { overrides, parameters, colors, elastics };
  }

  private loadOverrides(articleIds: number[]): Promise<ArticleOverrides[]> {
    return this.tx.manager.query(
      `SELECT article_id AS "articleId", target_coverage_days AS "targetCoverageDays",
              include_in_planning AS "includeInPlanning", priority,
              lead_time_days AS "leadTimeDays", service_level_percent AS "serviceLevelPercent"
         FROM article_planning_settings
        WHERE article_id = ANY($1::int[])`,
      [articleIds],
    );
  }

  private loadParameters(articleIds: number[]): Promise<ArticlePlanningParameters[]> {
    return this.tx.manager.query(
      `SELECT article_id AS "articleId", is_active AS "isActive",
              min_fabric_batch AS "minFabricBatch", min_elastic_batch AS "minElasticBatch", strictness,
              alert_threshold_days AS "alertThresholdDays", safety_stock_days AS "safetyStockDays", notes
         FROM planning_settings
        WHERE article_id = ANY($1::int[])`,
      [articleIds],
    );
  }

  private loadColorMinimums(articleIds: number[]): Promise<ColorMinimum[]> {
    return this.tx.manager.query(
      `SELECT article_id AS "articleId", color_id AS "colorId", fabric_min_batch_qty AS "fabricMinBatchQty"
         FROM color_planning_settings
        WHERE article_id = ANY($1::int[])
        ORDER BY article_id, color_id`,
      [articleIds],
    );
  }

  private loadElasticMinimums(articleIds: number[]): Promise<ElasticMinimum[]> {
    return this.tx.manager.query(
      `SELECT eps.article_id AS "articleId", eps.elastic_type_id AS "elasticTypeId",
              et.name AS "elasticTypeName", eps.elastic_min_batch_qty AS "elasticMinBatchQty"
         FROM elastic_planning_settings eps
         JOIN elastic_type et ON et.id = eps.elastic_type_id
        WHERE eps.article_id = ANY($1::int[])
        ORDER BY eps.article_id, eps.elastic_type_id`,
      [articleIds],
    );
  }
}
