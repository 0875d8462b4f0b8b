/** article, color, size, sku_unit, bundle_type, bundle_recipe, warehouse, stock_balance, planning_settings. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const CATALOG_ENTITIES: Function[] = [];
