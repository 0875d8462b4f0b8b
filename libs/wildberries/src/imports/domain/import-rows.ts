/** Rows of the three WB imports as the use cases see them: validated, defaults applied. */

export interface SalesRow {
  wbSku: string;
  date: string;
  salesQty: number;
  revenue: number | null;
}

export interface StockRow {
  wbSku: string;
  warehouseId: number | null;
  warehouseName: string | null;
  stockQty: number;
  /** Null: the database clock's now. */
  updatedAt: Date | null;
}

export interface MappingRow {
  articleId: number;
  wbSku: string;
  bundleTypeId: number | null;
  colorId: number | null;
  sizeId: number | null;
}

export const STOCK_IMPORT_MODES = ['upsert', 'replace'] as const;
export type StockImportMode = (typeof STOCK_IMPORT_MODES)[number];

/** Counts as the original reports them: every item is either an insert or an update. */
export interface ImportCounts {
  inserted: number;
  updated: number;
}

/** A WB SKU mapped to several articles; its WB sales and stock count for the lowest article id (04 W4). */
export interface AmbiguousWbSku {
  wbSku: string;
  articleIds: number[];
  attributedArticleId: number;
}

export const salesKey = (row: SalesRow): string => `${row.wbSku}\u0000${row.date}`;
export const stockKey = (row: StockRow): string => `${row.wbSku}\u0000${row.warehouseId ?? ''}`;
export const mappingKey = (row: MappingRow): string => `${row.articleId}\u0000${row.wbSku}`;
