import { Warehouse } from '@supply-brain/database';
import { WarehouseCreate, WarehousePatch, WarehouseRead } from '../http/dto/warehouse.dto';
import { CatalogResourceDefinition } from './resource-definition';

export const WAREHOUSE_RESOURCE: CatalogResourceDefinition<Warehouse, WarehouseCreate, WarehousePatch, WarehouseRead> = {
  path: 'warehouse',
  tag: 'Warehouses',
  names: { one: 'Warehouse', many: 'Warehouses' },
  entity: Warehouse,
  dto: { create: WarehouseCreate, patch: WarehousePatch, read: WarehouseRead },
  fields: {
    code: { property: 'code' },
    name: { property: 'name' },
    type: { property: 'type' },
  },
  uniques: [{ properties: ['code'], message: 'Warehouse code already exists' }],
  notFoundMessage: 'Warehouse not found',
  toRead: (row) => ({ id: row.id, code: row.code, name: row.name, type: row.type }),
};
