import { ARTICLE_RESOURCE } from './article.definition';
import { BUNDLE_RECIPE_RESOURCE } from './bundle-recipe.definition';
import { BUNDLE_TYPE_RESOURCE } from './bundle-type.definition';
import { COLOR_RESOURCE } from './color.definition';
import { PLANNING_SETTINGS_RESOURCE } from './planning-settings.definition';
import { SIZE_RESOURCE } from './size.definition';
import { SKU_UNIT_RESOURCE } from './sku-unit.definition';
import { STOCK_BALANCE_RESOURCE } from './stock-balance.definition';
import { WAREHOUSE_RESOURCE } from './warehouse.definition';
import { CatalogResourceDefinition } from './resource-definition';

export * from './resource-definition';

/** The nine master-data resources served under /api/v1, in the original's order. */
export const CATALOG_RESOURCES: CatalogResourceDefinition[] = [
  ARTICLE_RESOURCE,
  COLOR_RESOURCE,
  SIZE_RESOURCE,
  SKU_UNIT_RESOURCE,
  BUNDLE_TYPE_RESOURCE,
  BUNDLE_RECIPE_RESOURCE,
  WAREHOUSE_RESOURCE,
  STOCK_BALANCE_RESOURCE,
  PLANNING_SETTINGS_RESOURCE,
];
