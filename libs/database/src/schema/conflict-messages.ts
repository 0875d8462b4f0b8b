/**
 * The 409 `detail` for each unique constraint, identical to the service's pre-check message, so a
 * race that slips past the pre-check answers exactly the same (conventions §4).
 */
export const CONFLICT_MESSAGES: Record<string, string> = {
  article_code_key: 'Article code already exists',
  color_inner_code_key: 'Color inner_code already exists',
  size_label_key: 'Size label already exists',
  bundle_type_code_key: 'BundleType code already exists',
  warehouse_code_key: 'Warehouse code already exists',
  uq_sku_unit_article_color_size: 'SkuUnit combination already exists',
  uq_bundle_recipe_article_bundle_color: 'BundleRecipe with same combination already exists',
  uq_bundle_recipe_article_bundle_position: 'BundleRecipe with same combination already exists',
  uq_stock_balance_sku_warehouse: 'StockBalance for this sku_unit and warehouse already exists',
  uq_planning_settings_article: 'PlanningSettings for this article already exists',
};
