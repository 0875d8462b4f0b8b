import { Article } from './article.entity';
import { BundleRecipe } from './bundle-recipe.entity';
import { BundleType } from './bundle-type.entity';
import { Color } from './color.entity';
import { PlanningSettings } from './planning-settings.entity';
import { Size } from './size.entity';
import { SkuUnit } from './sku-unit.entity';
import { StockBalance } from './stock-balance.entity';
import { Warehouse } from './warehouse.entity';

export { Article, BundleRecipe, BundleType, Color, PlanningSettings, Size, SkuUnit, StockBalance, Warehouse };

/** article, color, size, sku_unit, bundle_type, bundle_recipe, warehouse, stock_balance, planning_settings. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const CATALOG_ENTITIES: Function[] = [
  Article,
  Color,
  Size,
  SkuUnit,
  BundleType,
  BundleRecipe,
  Warehouse,
  StockBalance,
  PlanningSettings,
];
