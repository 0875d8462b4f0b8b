/*
 * C3 and C4 (02 §4.3, §4.4): how many bundles the singles of one stock pool can make, and how many
 * singles are missing for a target count per size. A bundle is one single of each recipe colour,
 * all of one size.
 */

/** A SKU unit of a recipe colour with its quantity in the pool looked at (0 without a balance row). */
export interface RecipeSku {
  colorId: number;
  sizeId: number;
  /** null when the size row is missing. */
  sizeLabel: string | null;
  quantity: number;
}

export interface SizeAvailability {
  sizeId: number;
  sizeLabel: string;
  available: number;
}

export interface BundleAvailability {
  totalAvailable: number;
  perSize: SizeAvailability[];
}

/** Colour id → count, emitted with ascending numeric keys. */
export type ColorCounts = Record<string, number>;

export interface SizeDeficit {
  sizeId: number;
  sizeLabel: string;
  required: ColorCounts;
  current: ColorCounts;
  deficit: ColorCounts;
}

export interface BundleDeficit {
  perSize: SizeDeficit[];
  totalDeficitPerColor: ColorCounts;
}

interface SizeGroup {
  sizeId: number;
  sizeLabel: string | null;
  quantityByColor: Map<number, number>;
}

/** SKUs of recipe colours grouped by size, ascending size id; sizes without any such SKU are absent. */
function sizeGroups(recipeColorIds: number[], skus: RecipeSku[]): SizeGroup[] {
  const recipe = new Set(recipeColorIds);
  const groups = new Map<number, SizeGroup>();
  for (const sku of skus) {
    if (!recipe.has(sku.colorId)) continue;
    let group = groups.get(sku.sizeId);
    if (!group) {
      group = { sizeId: sku.sizeId, sizeLabel: sku.sizeLabel, quantityByColor: new Map() };
      groups.set(sku.sizeId, group);
    }
    group.quantityByColor.set(sku.colorId, sku.quantity);
  }
  return [...groups.values()].sort((a, b) => a.sizeId - b.sizeId);
}

/** Complete bundles per size: the scarcest recipe colour decides, negative stock counting as none. */
export function bundleAvailability(recipeColorIds: number[], skus: RecipeSku[]): BundleAvailability {
  const perSize = sizeGroups(recipeColorIds, skus).map((group) => {
    const complete = group.sizeLabel !== null && recipeColorIds.every((colorId) => group.quantityByColor.has(colorId));
    const available = complete ? Math.min(...recipeColorIds.map((colorId) => Math.max(0, group.quantityByColor.get(colorId)!))) : 0;
    return { sizeId: group.sizeId, sizeLabel: group.sizeLabel ?? String(group.sizeId), available };
  });
  return { totalAvailable: perSize.reduce((sum, size) => sum + size.available, 0), perSize };
}

const byColor = (colorIds: number[], value: (colorId: number) => number): ColorCounts =>
  Object.fromEntries(colorIds.map((colorId) => [String(colorId), value(colorId)]));

/** Singles missing per size and colour to hold `targetCount` bundles of every size; negative stock is kept. */
export function bundleDeficit(recipeColorIds: number[], skus: RecipeSku[], targetCount: number): BundleDeficit {
  const colorIds = [...recipeColorIds].sort((a, b) => a - b);
  const totals = new Map(colorIds.map((colorId) => [colorId, 0]));
  const perSize = sizeGroups(colorIds, skus).map((group) => {
    const current = (colorId: number) => group.quantityByColor.get(colorId) ?? 0;
    const missing = (colorId: number) => Math.max(targetCount - current(colorId), 0);
    for (const colorId of colorIds) totals.set(colorId, totals.get(colorId)! + missing(colorId));
    return {
      sizeId: group.sizeId,
      sizeLabel: group.sizeLabel ?? String(group.sizeId),
      required: byColor(colorIds, () => targetCount),
      current: byColor(colorIds, current),
      deficit: byColor(colorIds, missing),
    };
  });
  return { perSize, totalDeficitPerColor: byColor(colorIds, (colorId) => totals.get(colorId)!) };
}
