import { AmbiguousWbSku, MappingRow, SalesRow, StockRow } from '../domain/import-rows';
import { MappingImportResult } from '../application/wb-imports.service';
import { ArticleWbMappingItem } from './dto/mapping-import.request';
import { WbMappingImportResponse, WbSkuAttributionWarning } from './dto/import.response';
import { WbSalesDailyItem } from './dto/sales-import.request';
import { WbStockItem } from './dto/stock-import.request';

/** Wire items → rows with the original's defaults for omitted fields (04 §3.1–3.3). */

export const toSalesRow = (item: WbSalesDailyItem): SalesRow => ({
  wbSku: item.wb_sku,
  date: item.date,
  salesQty: item.sales_qty ?? 0,
  revenue: item.revenue ?? null,
});

export const toStockRow = (item: WbStockItem): StockRow => ({
  wbSku: item.wb_sku,
  warehouseId: item.warehouse_id ?? null,
  warehouseName: item.warehouse_name ?? null,
  stockQty: item.stock_qty,
  updatedAt: item.updated_at ?? null,
});

export const toMappingRow = (item: ArticleWbMappingItem): MappingRow => ({
  articleId: item.article_id,
  wbSku: item.wb_sku,
  bundleTypeId: item.bundle_type_id ?? null,
  colorId: item.color_id ?? null,
  sizeId: item.size_id ?? null,
});

function toWarning(ambiguous: AmbiguousWbSku): WbSkuAttributionWarning {
  return {
    wb_sku: ambiguous.wbSku,
    article_ids: ambiguous.articleIds,
    attributed_article_id: ambiguous.attributedArticleId,
    message:
      `wb_sku=${ambiguous.wbSku} is mapped to articles ${ambiguous.articleIds.join(', ')}; ` +
      `its WB sales and stock are attributed to article_id=${ambiguous.attributedArticleId}`,
  };
}

export const toMappingImportResponse = (result: MappingImportResult): WbMappingImportResponse => ({
  inserted: result.inserted,
  updated: result.updated,
  warnings: result.ambiguous.map(toWarning),
});
