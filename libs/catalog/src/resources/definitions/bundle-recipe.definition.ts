import { Article, BundleRecipe, BundleType, Color } from '@supply-brain/database';
import { BundleRecipeCreate, BundleRecipePatch, BundleRecipeRead } from '../http/dto/bundle-recipe.dto';
import { CatalogResourceDefinition } from './resource-definition';

const DUPLICATE = 'BundleRecipe with same combination already exists';

export const BUNDLE_RECIPE_RESOURCE: CatalogResourceDefinition<BundleRecipe, BundleRecipeCreate, BundleRecipePatch, BundleRecipeRead> = {
  path: 'bundle-recipe',
  tag: 'Bundle recipes',
  names: { one: 'BundleRecipe', many: 'BundleRecipes' },
  entity: BundleRecipe,
  dto: { create: BundleRecipeCreate, patch: BundleRecipePatch, read: BundleRecipeRead },
  fields: {
    article_id: { property: 'articleId', references: { entity: Article, noun: 'article' } },
    bundle_type_id: { property: 'bundleTypeId', references: { entity: BundleType, noun: 'bundle type' } },
    color_id: { property: 'colorId', references: { entity: Color, noun: 'color' } },
    position: { property: 'position' },
  },
  // A colour appears once per pack, and a slot holds one colour.
  uniques: [
    { properties: ['articleId', 'bundleTypeId', 'colorId'], message: DUPLICATE },
    { properties: ['articleId', 'bundleTypeId', 'position'], message: DUPLICATE },
  ],
  notFoundMessage: 'BundleRecipe not found',
  toRead: (row) => ({
    id: row.id,
    article_id: row.articleId,
    bundle_type_id: row.bundleTypeId,
    color_id: row.colorId,
    position: row.position,
  }),
};
