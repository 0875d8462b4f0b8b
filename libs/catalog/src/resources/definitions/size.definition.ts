import { Size } from '@supply-brain/database';
import { SizeCreate, SizePatch, SizeRead } from '../http/dto/size.dto';
import { CatalogResourceDefinition } from './resource-definition';

export const SIZE_RESOURCE: CatalogResourceDefinition<Size, SizeCreate, SizePatch, SizeRead> = {
  path: 'size',
  tag: 'Sizes',
  names: { one: 'Size', many: 'Sizes' },
  entity: Size,
  dto: { create: SizeCreate, patch: SizePatch, read: SizeRead },
  fields: {
    label: { property: 'label' },
    sort_order: { property: 'sortOrder', createDefault: 0 },
  },
  uniques: [{ properties: ['label'], message: 'Size label already exists' }],
  notFoundMessage: 'Size not found',
  toRead: (row) => ({ id: row.id, label: row.label, sort_order: row.sortOrder }),
};
