import { toIsoInstant } from '@supply-brain/common';
import { SkuUnit, StockBalance, Warehouse } from '@supply-brain/database';
import { StockBalanceCreate, StockBalancePatch, StockBalanceRead } from '../http/dto/stock-balance.dto';
import { CatalogResourceDefinition } from './resource-definition';

export const STOCK_BALANCE_RESOURCE: CatalogResourceDefinition<StockBalance, StockBalanceCreate, StockBalancePatch, StockBalanceRead> = {
  path: 'stock-balance',
  tag: 'Stock balances',
  names: { one: 'StockBalance', many: 'StockBalances' },
  entity: StockBalance,
  dto: { create: StockBalanceCreate, patch: StockBalancePatch, read: StockBalanceRead },
  fields: {
    sku_unit_id: { property: 'skuUnitId', references: { entity: SkuUnit, noun: 'sku unit' } },
    warehouse_id: { property: 'warehouseId', references: { entity: Warehouse, noun: 'warehouse' } },
    quantity: { property: 'quantity' },
    updated_at: { property: 'updatedAt', stampedByServer: true },
  },
  uniques: [
    { properties: ['skuUnitId', 'warehouseId'], message: 'StockBalance for this sku_unit and warehouse already exists' },
  ],
  notFoundMessage: 'StockBalance not found',
  toRead: (row) => ({
    id: row.id,
    sku_unit_id: row.skuUnitId,
    warehouse_id: row.warehouseId,
    quantity: row.quantity,
    updated_at: toIsoInstant(row.updatedAt),
  }),
};
