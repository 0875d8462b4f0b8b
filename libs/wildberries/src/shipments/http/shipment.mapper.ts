import { toIsoInstant } from '@supply-brain/common';
import { Shipment, ShipmentHeaderWithTotals, ShipmentItem } from '../application/shipment';
import { PresetHistoryEntry, ShipmentPreset } from '../domain/shipment-preset';
import { WbShipmentPresetResponse, WbShipmentRecentHeader } from './dto/shipment-preset.response';
import {
  WbShipmentAggregates,
  WbShipmentHeaderRead,
  WbShipmentItemRead,
  WbShipmentItemSummary,
  WbShipmentRead,
} from './dto/shipment.responses';

type ItemFields = Omit<WbShipmentItemRead, 'id'>;

function itemFields(item: ShipmentItem): ItemFields {
  return {
    shipment_id: item.shipmentId,
    article_id: item.articleId,
    color_id: item.colorId,
    size_id: item.sizeId,
    wb_sku: item.wbSku,
    recommended_qty: item.recommendedQty,
    final_qty: item.finalQty,
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
  };
}

export function toShipmentItemRead(item: ShipmentItem): WbShipmentItemRead {
  return { id: item.id, ...itemFields(item) };
}

export function toShipmentItemSummary(item: ShipmentItem): WbShipmentItemSummary {
  return { item_id: item.id, ...itemFields(item) };
}

export function toShipmentRead(shipment: Shipment): WbShipmentRead {
  return {
    id: shipment.id,
    status: shipment.status,
    target_date: shipment.targetDate,
    wb_arrival_date: shipment.wbArrivalDate,
    comment: shipment.comment,
    strategy: shipment.strategy,
    zero_sales_policy: shipment.zeroSalesPolicy,
    target_coverage_days: shipment.targetCoverageDays,
    min_coverage_days: shipment.minCoverageDays,
    max_coverage_days_after: shipment.maxCoverageDaysAfter,
    max_replenishment_per_article: shipment.maxReplenishmentPerArticle,
    created_at: toIsoInstant(shipment.createdAt),
    updated_at: toIsoInstant(shipment.updatedAt),
    items: shipment.items.map(toShipmentItemRead),
  };
}

export function toShipmentHeaderRead(header: ShipmentHeaderWithTotals): WbShipmentHeaderRead {
  return {
    id: header.id,
    status: header.status,
    target_date: header.targetDate,
    wb_arrival_date: header.wbArrivalDate,
    comment: header.comment,
    created_at: toIsoInstant(header.createdAt),
    updated_at: toIsoInstant(header.updatedAt),
    total_final_qty: header.totalFinalQty,
    total_items: header.totalItems,
    red_risk_count: header.redRiskCount,
    yellow_risk_count: header.yellowRiskCount,
  };
}

export function toShipmentAggregates(header: ShipmentHeaderWithTotals): WbShipmentAggregates {
  return {
    shipment_id: header.id,
    status: header.status,
    created_at: toIsoInstant(header.createdAt),
    updated_at: toIsoInstant(header.updatedAt),
    total_items: header.totalItems,
    total_final_qty: header.totalFinalQty,
    red_risk_count: header.redRiskCount,
    yellow_risk_count: header.yellowRiskCount,
  };
}

function toRecentHeader(entry: PresetHistoryEntry): WbShipmentRecentHeader {
  return {
    id: entry.id,
    status: entry.status,
    target_date: entry.targetDate,
    wb_arrival_date: entry.wbArrivalDate,
    created_at: toIsoInstant(entry.createdAt),
    updated_at: toIsoInstant(entry.updatedAt),
    total_final_qty: entry.totalFinalQty,
    total_items: entry.totalItems,
  };
}

export function toShipmentPresetResponse(preset: ShipmentPreset): WbShipmentPresetResponse {
  return {
    target_date: preset.targetDate,
    suggested_wb_arrival_date: preset.suggestedWbArrivalDate,
    suggested_strategy: preset.suggestedStrategy,
    suggested_zero_sales_policy: preset.suggestedZeroSalesPolicy,
    suggested_target_coverage_days: preset.suggestedTargetCoverageDays,
    suggested_min_coverage_days: preset.suggestedMinCoverageDays,
    suggested_max_coverage_days_after: preset.suggestedMaxCoverageDaysAfter,
    suggested_max_replenishment_per_article: preset.suggestedMaxReplenishmentPerArticle,
    recent_shipments: preset.recentShipments.map(toRecentHeader),
    avg_total_final_qty_last3: preset.avgTotalFinalQtyLast3,
    last_shipment_total_final_qty: preset.lastShipmentTotalFinalQty,
    default_comment_template: preset.defaultCommentTemplate,
    explanation: preset.explanation,
  };
}
