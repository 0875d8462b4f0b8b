import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { ProposalSettings, ProposalSku } from '../domain/order-proposal';

interface ArticleSku extends ProposalSku {
  articleId: number;
}

/** The proposal's own inputs besides demand; each method is one statement for any number of articles. */
@Injectable()
export class OrderProposalRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Planning settings rows (active or not) of existing articles, ascending article_id; all of them without a filter. */
  loadSettings(articleIds?: number[]): Promise<ProposalSettings[]> {
    return this.tx.manager.query(
      `SELECT ps.article_id AS "articleId", ps.is_active AS "isActive", ps.min_fabric_batch AS "minFabricBatch",
              ps.min_elastic_batch AS "minElasticBatch", ps.strictness
         FROM planning_settings ps
         JOIN article a ON a.id = ps.article_id
        WHERE $1::int[] IS NULL OR ps.article_id = ANY($1::int[])
        ORDER BY ps.article_id`,
      [articleIds ?? null],
    );
  }

  /** SKU units with their size's sort order and NSC stock (Σ over internal warehouses). */
  loadSkus(articleIds: number[]): Promise<ArticleSku[]> {
    return this.tx.manager.query(
      `SELECT su.article_id AS "articleId", su.id AS "skuUnitId", su.color_id AS "colorId", su.size_id AS "sizeId",
              COALESCE(sz.sort_order, 0) AS "sizeSortOrder",
              COALESCE((SELECT SUM(sb.quantity) FROM stock_balance sb JOIN warehouse w ON w.id = sb.warehouse_id
                         WHERE sb.sku_unit_id = su.id AND w.type = 'internal'), 0)::bigint AS "nscStock"
         FROM sku_unit su
         LEFT JOIN size sz ON sz.id = su.size_id
        WHERE su.article_id = ANY($1::int[])
        ORDER BY su.article_id, su.id`,
      [articleIds],
    );
  }

  /** Positive colour fabric minima. */
  loadColorMinima(articleIds: number[]): Promise<{ articleId: number; colorId: number; quantity: number }[]> {
    return this.tx.manager.query(
      `SELECT article_id AS "articleId", color_id AS "colorId", fabric_min_batch_qty AS quantity
         FROM color_planning_settings
        WHERE article_id = ANY($1::int[]) AND fabric_min_batch_qty > 0`,
      [articleIds],
    );
  }

  /** The largest positive elastic-type minimum per article. */
  loadElasticMinima(articleIds: number[]): Promise<{ articleId: number; quantity: number }[]> {
    return this.tx.manager.query(
      `SELECT article_id AS "articleId", MAX(elastic_min_batch_qty) AS quantity
         FROM elastic_planning_settings
        WHERE article_id = ANY($1::int[]) AND elastic_min_batch_qty > 0
        GROUP BY article_id`,
      [articleIds],
    );
  }
}
