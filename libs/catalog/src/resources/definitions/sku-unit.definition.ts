import { Article, Color, Size, SkuUnit } from '@supply-brain/database';
import { SkuUnitCreate, SkuUnitPatch, SkuUnitRead } from '../http/dto/sku-unit.dto';
import { CatalogResourceDefinition } from './resource-definition';

export const SKU_UNIT_RESOURCE: CatalogResourceDefinition<SkuUnit, SkuUnitCreate, SkuUnitPatch, SkuUnitRead> = {
  path: 'sku-unit',
  tag: 'SKU units',
  names: { one: 'SkuUnit', many: 'SkuUnits' },
  entity: SkuUnit,
  dto: { create: SkuUnitCreate, patch: SkuUnitPatch, read: SkuUnitRead },
  fields: {
    article_id: { property: 'articleId', references: { entity: Article, noun: 'article' } },
    color_id: { property: 'colorId', references: { entity: Color, noun: 'color' } },
    size_id: { property: 'sizeId', references: { entity: Size, noun: 'size' } },
  },
  uniques: [{ properties: ['articleId', 'colorId', 'sizeId'], message: 'SkuUnit combination already exists' }],
  notFoundMessage: 'SkuUnit not found',
  toRead: (row) => ({ id: row.id, article_id: row.articleId, color_id: row.colorId, size_id: row.sizeId }),
};
