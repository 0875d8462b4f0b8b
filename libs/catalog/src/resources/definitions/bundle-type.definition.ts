import { BundleType } from '@supply-brain/database';
import { BundleTypeCreate, BundleTypePatch, BundleTypeRead } from '../http/dto/bundle-type.dto';
import { CatalogResourceDefinition } from './resource-definition';

export const BUNDLE_TYPE_RESOURCE: CatalogResourceDefinition<BundleType, BundleTypeCreate, BundleTypePatch, BundleTypeRead> = {
  path: 'bundle-type',
  tag: 'Bundle types',
  names: { one: 'BundleType', many: 'BundleTypes' },
  entity: BundleType,
  dto: { create: BundleTypeCreate, patch: BundleTypePatch, read: BundleTypeRead },
  fields: {
    code: { property: 'code' },
    name: { property: 'name' },
  },
  uniques: [{ properties: ['code'], message: 'BundleType code already exists' }],
  notFoundMessage: 'BundleType not found',
  toRead: (row) => ({ id: row.id, code: row.code, name: row.name }),
};
