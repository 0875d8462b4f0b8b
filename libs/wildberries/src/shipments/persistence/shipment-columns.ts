/** Column lists shared by the shipment repositories, aliased to the application shapes. */

export const HEADER_COLUMNS = `s.id, s.status, s.target_date AS "targetDate", s.wb_arrival_date AS "wbArrivalDate",
  s.comment, s.created_at AS "createdAt", s.updated_at AS "updatedAt", s.strategy,
  s.zero_sales_policy AS "zeroSalesPolicy", s.target_coverage_days AS "targetCoverageDays",
  s.min_coverage_days AS "minCoverageDays", s.max_coverage_days_after AS "maxCoverageDaysAfter",
  s.max_replenishment_per_article AS "maxReplenishmentPerArticle"`;

export const ITEM_COLUMNS = `i.id, i.shipment_id AS "shipmentId", i.article_id AS "articleId", i.color_id AS "colorId",
  i.size_id AS "sizeId", i.wb_sku AS "wbSku", i.recommended_qty AS "recommendedQty", i.final_qty AS "finalQty",
  i.nsk_stock_available AS "nskStockAvailable", i.oos_risk_before AS "oosRiskBefore",
  i.oos_risk_after AS "oosRiskAfter", i.limited_by_nsk_stock AS "limitedByNskStock",
  i.limited_by_max_coverage AS "limitedByMaxCoverage", i.ignored_due_to_zero_sales AS "ignoredDueToZeroSales",
  i.below_min_coverage_threshold AS "belowMinCoverageThreshold", i.article_total_deficit AS "articleTotalDeficit",
  i.article_total_recommended AS "articleTotalRecommended", i.explanation`;

/** Aggregates over every item of shipment `s`, joined laterally (spec 04 §5.6). */
export const TOTALS_LATERAL = `CROSS JOIN LATERAL (
    SELECT count(i.id) AS "totalItems",
           COALESCE(sum(i.final_qty), 0) AS "totalFinalQty",
           count(i.id) FILTER (WHERE i.oos_risk_before = 'red') AS "redRiskCount",
           count(i.id) FILTER (WHERE i.oos_risk_before = 'yellow') AS "yellowRiskCount"
      FROM wb_shipment_item i
     WHERE i.shipment_id = s.id
  ) t`;

export const TOTALS_COLUMNS = `t."totalItems", t."totalFinalQty", t."redRiskCount", t."yellowRiskCount"`;
