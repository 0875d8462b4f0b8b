import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';

export interface ExplanationArticleRow {
  articleId: number;
  articleCode: string;
  hasSettings: boolean;
  strictness: number | null;
  minFabricBatch: number | null;
  minElasticBatch: number | null;
  elasticTypeId: number | null;
  elasticTypeName: string | null;
  elasticMinimum: number | null;
  nscStock: number;
}

export interface ExplanationColorRow {
  articleId: number;
  colorId: number;
  colorName: string | null;
  colorMinimum: number | null;
}

/** The explanation's own reads; each method is one statement for any number of articles. */
@Injectable()
export class OrderExplanationRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** The calendar date of the database clock in the business time zone. */
  async businessToday(timeZone: string): Promise<string> {
    const rows: { today: string }[] = await this.tx.manager.query(
      `SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYY-MM-DD') AS today`,
      [timeZone],
    );
    return rows[0].today;
  }

  /**
   * Existing articles among `articleIds`, or every article with active planning settings when no
   * ids are given, with their settings, binding elastic type and internal stock (unordered).
   */
  loadArticles(articleIds: number[] | undefined): Promise<ExplanationArticleRow[]> {
    return this.tx.manager.query(
      `SELECT a.id AS "articleId", a.code AS "articleCode", ps.article_id IS NOT NULL AS "hasSettings",
              ps.strictness, ps.min_fabric_batch AS "minFabricBatch", ps.min_elastic_batch AS "minElasticBatch",
              et.id AS "elasticTypeId", et.name AS "elasticTypeName", elastic.quantity AS "elasticMinimum",
              COALESCE((SELECT SUM(sb.quantity)
                          FROM sku_unit su
                          JOIN stock_balance sb ON sb.sku_unit_id = su.id
                          JOIN warehouse w ON w.id = sb.warehouse_id AND w.type = 'internal'
                         WHERE su.article_id = a.id), 0)::bigint AS "nscStock"
         FROM article a
         LEFT JOIN planning_settings ps ON ps.article_id = a.id
         LEFT JOIN LATERAL (
           SELECT eps.elastic_type_id, eps.elastic_min_batch_qty AS quantity
             FROM elastic_planning_settings eps
            WHERE eps.article_id = a.id AND eps.elastic_min_batch_qty > 0
            ORDER BY eps.elastic_min_batch_qty DESC, eps.id
            LIMIT 1
         ) elastic ON true
         LEFT JOIN elastic_type et ON et.id = elastic.elastic_type_id
        WHERE CASE WHEN $1::int[] IS NULL THEN ps.is_active ELSE a.id = ANY($1::int[]) END`,
      [articleIds ?? null],
    );
  }

  /** The colours of the articles' SKUs with their inner code and positive fabric minimum. */
  loadColors(articleIds: number[]): Promise<ExplanationColorRow[]> {
    return this.tx.manager.query(
      `SELECT DISTINCT su.article_id AS "articleId", su.color_id AS "colorId", c.inner_code AS "colorName",
              cps.fabric_min_batch_qty AS "colorMinimum"
         FROM sku_unit su
         LEFT JOIN color c ON c.id = su.color_id
         LEFT JOIN color_planning_settings cps
           ON cps.article_id = su.article_id AND cps.color_id = su.color_id AND cps.fabric_min_batch_qty > 0
        WHERE su.article_id = ANY($1::int[])`,
      [articleIds],
    );
  }
}
