import { Injectable } from '@nestjs/common';
import { DB_NOW_MS, TransactionHost } from '@supply-brain/database';
import { ReplenishmentItem } from '../domain/replenishment';

/** The header as received: raw strategy and policy strings, no normalisation (§5.4). */
export interface NewShipmentHeader {
  targetDate: string;
  wbArrivalDate: string;
  comment: string;
  strategy: string;
  zeroSalesPolicy: string;
  targetCoverageDays: number;
  minCoverageDays: number;
  maxCoverageDaysAfter: number;
  maxReplenishmentPerArticle: number | null;
}

/** Writes a new draft shipment; runs in the caller's transaction. */
@Injectable()
export class ShipmentCreationRepository {
  constructor(private readonly tx: TransactionHost) {}

  /** Inserts the draft header; `created_at = updated_at` = the database clock at millisecond precision. */
  async insertDraft(header: NewShipmentHeader): Promise<number> {
    const rows: Array<{ id: number }> = await this.tx.manager.query(
      `INSERT INTO wb_shipment (status, target_date, wb_arrival_date, comment, created_at, updated_at, strategy,
                                zero_sales_policy, target_coverage_days, min_coverage_days, max_coverage_days_after,
                                max_replenishment_per_article)
       VALUES ('draft', $1, $2, $3, ${DB_NOW_MS}, ${DB_NOW_MS}, $4, $5, $6, $7, $8, $9)
       RETURNING id`,
      [
        header.targetDate,
        header.wbArrivalDate,
        header.comment,
        header.strategy,
        header.zeroSalesPolicy,
        header.targetCoverageDays,
        header.minCoverageDays,
        header.maxCoverageDaysAfter,
        header.maxReplenishmentPerArticle,
      ],
    );
    return rows[0].id;
  }

  /** One statement for all items, inserted in proposal order so their ids follow it; `final_qty` starts as the recommendation. */
  async insertItems(shipmentId: number, items: ReplenishmentItem[]): Promise<void> {
    if (items.length === 0) return;
    const payload = items.map((item) => ({
      article_id: item.articleId,
      color_id: item.colorId,
      size_id: item.sizeId,
      wb_sku: item.wbSku,
      recommended_qty: item.recommendedQty,
      nsk_stock_available: item.nskStockAvailable,
      oos_risk_before: item.oosRiskBefore,
      oos_risk_after: item.oosRiskAfter,
      limited_by_nsk_stock: item.limitedByNskStock,
      limited_by_max_coverage: item.limitedByMaxCoverage,
      ignored_due_to_zero_sales: item.ignoredDueToZeroSales,
      below_min_coverage_threshold: item.belowMinCoverageThreshold,
      article_total_deficit: item.articleTotalDeficit,
      article_total_recommended: item.articleTotalRecommended,
      explanation: item.explanation,
    }));
    await this.tx.manager.query(
      `INSERT INTO wb_shipment_item (shipment_id, article_id, color_id, size_id, wb_sku, recommended_qty, final_qty,
                                     nsk_stock_available, oos_risk_before, oos_risk_after, limited_by_nsk_stock,
                                     limited_by_max_coverage, ignored_due_to_zero_sales, below_min_coverage_threshold,
                                     article_total_deficit, article_total_recommended, explanation)
       SELECT $1, x.article_id, x.color_id, x.size_id, x.wb_sku, x.recommended_qty, x.recommended_qty,
              x.nsk_stock_available, x.oos_risk_before, x.oos_risk_after, x.limited_by_nsk_stock,
              x.limited_by_max_coverage, x.ignored_due_to_zero_sales, x.below_min_coverage_threshold,
              x.article_total_deficit, x.article_total_recommended, x.explanation
         FROM ROWS FROM (jsonb_to_recordset($2::jsonb) AS (
                article_id int, color_id int, size_id int, wb_sku text, recommended_qty int, nsk_stock_available int,
                oos_risk_before text, oos_risk_after text, limited_by_nsk_stock boolean, limited_by_max_coverage boolean,
                ignored_due_to_zero_sales boolean, below_min_coverage_threshold boolean, article_total_deficit int,
                article_total_recommended int, explanation text))
              WITH ORDINALITY AS x(article_id, color_id, size_id, wb_sku, recommended_qty, nsk_stock_available,
                oos_risk_before, oos_risk_after, limited_by_nsk_stock, limited_by_max_coverage, ignored_due_to_zero_sales,
                below_min_coverage_threshold, article_total_deficit, article_total_recommended, explanation, position)
        ORDER BY x.position`,
      [shipmentId, JSON.stringify(payload)],
    );
  }
}
