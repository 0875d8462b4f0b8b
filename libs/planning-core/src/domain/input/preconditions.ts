/* Business errors of the proposal preconditions (spec 05 §3.1, §4.1 steps 5–8); keys in wire order. */
import { PlanningCoreError, ResolvedPolicy, StoredArticleData } from '../engine-contract';
import { ScopedBundleType } from './scope';

/** Step 5: strict governance needs a budget. */
export function checkCapitalGovernance(policy: ResolvedPolicy): void {
  if (policy.capital_governance_mode.value === 'strict' && policy.available_capital.value === null) {
    throw new PlanningCoreError(422, {
      code: 'missing_available_capital_strict',
      message: 'available_capital is required when capital_governance_mode is strict',
      field: 'available_capital',
      capital_governance_mode: 'strict',
    });
  }
}

/** Step 7: every planned type needs a recipe row for the article (unknown type ids have none). */
export function checkRecipes(data: StoredArticleData, plannedIds: number[], field: string): void {
  const withRecipe = new Set(data.bundleTypes.filter((t) => t.recipeColorIds.length > 0).map((t) => t.id));
  const requested = [...plannedIds].sort((a, b) => a - b);
  const missing = requested.filter((id) => !withRecipe.has(id));
  if (missing.length === 0) return;
  const none = missing.length === requested.length;
  throw new PlanningCoreError(400, {
    code: none ? 'no_bundle_recipe' : 'missing_bundle_recipe_bundle_types',
    message: none ? 'None of the planned bundle types has a bundle recipe for this article' : `Bundle types ${missing.join(', ')} have no bundle recipe for this article`,
    field,
    requested_bundle_type_ids: requested,
    missing_bundle_type_ids: missing,
    next_steps: [none ? 'create_bundle_recipe_for_requested_bundle_type_ids' : 'add_bundle_recipe_for_missing_bundle_type_ids'],
  });
}

/** Step 8: a planned type must be assemblable in at least one size. */
export function checkSizeSets(emptyTypes: ScopedBundleType[], field: string): void {
  if (emptyTypes.length === 0) return;
  const ids = emptyTypes.map((t) => t.id).sort((a, b) => a - b);
  throw new PlanningCoreError(400, {
    code: 'no_sku_units_for_recipe_colors',
    message: `Bundle types ${ids.join(', ')} cannot be assembled in any size: the recipe colours lack SKU units`,
    field,
    bundle_type_ids: ids,
    recipe_color_ids: [...new Set(emptyTypes.flatMap((t) => t.recipeColorIds))].sort((a, b) => a - b),
    next_steps: ['create_sku_units_for_recipe_colors'],
  });
}

/** Step 6 (from-WB): planned types come from the article's WB mapping. */
export function plannedFromWbMapping(data: StoredArticleData, requestedIds: number[]): number[] {
  const mapped = [...new Set(data.wbMappings.map((m) => m.bundleTypeId).filter((id): id is number => id !== null))].sort((a, b) => a - b);
  const blocker = data.wbMappings.length === 0 ? 'no_wb_mapping' : 'no_bundle_type_in_mapping';
  const nextSteps = [blocker === 'no_wb_mapping' ? 'import_wb_article_mapping' : 'set_bundle_type_id_in_wb_mapping'];
  const requested = [...new Set(requestedIds)].sort((a, b) => a - b);
  if (requested.length > 0) {
    const missing = requested.filter((id) => !mapped.includes(id));
    if (missing.length > 0) {
      throw new PlanningCoreError(400, {
        code: 'missing_wb_mapping_for_requested_bundle_types',
        message: `Bundle types ${missing.join(', ')} have no WB mapping for this article`,
        field: 'bundle_type_ids',
        requested_bundle_type_ids: requested,
        missing_bundle_type_ids: missing,
        blocker: mapped.length === 0 ? blocker : 'no_bundle_type_in_mapping',
        next_steps: mapped.length === 0 ? nextSteps : ['set_bundle_type_id_in_wb_mapping'],
      });
    }
    return requested;
  }
  if (mapped.length === 0) {
    throw new PlanningCoreError(400, {
      code: 'no_wb_mapped_bundle_types',
      message: 'The article has no WB mapping with a bundle type',
      field: 'bundle_type_ids',
      requested_bundle_type_ids: [],
      blocker,
      next_steps: nextSteps,
    });
  }
  return mapped;
}
