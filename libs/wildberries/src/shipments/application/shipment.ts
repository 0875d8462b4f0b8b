/** Plain shapes of stored shipments, as the repositories read them and the mappers emit them. */

export interface ShipmentHeader {
  id: number;
  status: string;
  targetDate: string;
  wbArrivalDate: string;
  comment: string | null;
  createdAt: Date;
  updatedAt: Date;
  strategy: string;
  zeroSalesPolicy: string;
  targetCoverageDays: number;
  minCoverageDays: number;
  maxCoverageDaysAfter: number;
  maxReplenishmentPerArticle: number | null;
}

export interface ShipmentItem {
  id: number;
  shipmentId: number;
  articleId: number;
  colorId: number;
  sizeId: number;
  wbSku: string | null;
  recommendedQty: number;
  finalQty: number;
  nskStockAvailable: number;
  oosRiskBefore: string;
  oosRiskAfter: string;
  limitedByNskStock: boolean;
  limitedByMaxCoverage: boolean;
  ignoredDueToZeroSales: boolean;
  belowMinCoverageThreshold: boolean;
  articleTotalDeficit: number;
  articleTotalRecommended: number;
  explanation: string | null;
}

export interface Shipment extends ShipmentHeader {
  items: ShipmentItem[];
}

/** Live figures over all items of a shipment (spec 04 §5.6). */
export interface ShipmentTotals {
  totalItems: number;
  totalFinalQty: number;
  redRiskCount: number;
  yellowRiskCount: number;
}

export type ShipmentHeaderWithTotals = ShipmentHeader & ShipmentTotals;

export interface ShipmentFilter {
  status?: string;
  articleId?: number;
  dateFrom?: string;
  dateTo?: string;
}

export const HEADER_SORT_KEYS = ['created_at', 'id', 'status', 'target_date', 'updated_at', 'wb_arrival_date'] as const;
export type HeaderSortKey = (typeof HEADER_SORT_KEYS)[number];

export interface HeaderPage {
  sortBy: HeaderSortKey;
  sortDir: 'asc' | 'desc';
  limit: number;
  offset: number;
}

export interface HeaderChanges {
  status?: string | null;
  comment?: string | null;
}

export interface ItemChanges {
  finalQty?: number;
  explanation?: string | null;
}

/** An item whose `final_qty` no longer fits live NSC stock at approval (W8). */
export interface StockShortfall {
  itemId: number;
  finalQty: number;
  available: number;
}
