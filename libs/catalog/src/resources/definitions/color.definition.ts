import { Color } from '@supply-brain/database';
import { ColorCreate, ColorPatch, ColorRead } from '../http/dto/color.dto';
import { CatalogResourceDefinition } from './resource-definition';

export const COLOR_RESOURCE: CatalogResourceDefinition<Color, ColorCreate, ColorPatch, ColorRead> = {
  path: 'color',
  tag: 'Colors',
  names: { one: 'Color', many: 'Colors' },
  entity: Color,
  dto: { create: ColorCreate, patch: ColorPatch, read: ColorRead },
  fields: {
    pantone_code: { property: 'pantoneCode', createDefault: null },
    inner_code: { property: 'innerCode' },
    description: { property: 'description', createDefault: null },
  },
  uniques: [{ properties: ['innerCode'], message: 'Color inner_code already exists' }],
  notFoundMessage: 'Color not found',
  toRead: (row) => ({ id: row.id, pantone_code: row.pantoneCode, inner_code: row.innerCode, description: row.description }),
};
