/*
 * Scope (spec 05 §4.3): which sizes each planned bundle type can be assembled in, the normalised size
 * weights over those sizes, and the in-scope SKUs. A pack that cannot be assembled in a size cannot
 * have sold in it, so its demand is spread over the assemblable sizes only.
 */
import { ResolvedPolicy, Sourced, StoredBundleType, StoredSku, Warning } from '../engine-contract';
import { r6 } from '../numeric';
import { warning } from '../warnings';

export interface ScopedBundleType {
  id: number;
  isAssorti: boolean;
  assortiSource: string;
  pieces: number;
  recipeColorIds: number[];
  sizes: { sizeId: number; weight: number; eligibleColorIds: number[] }[];
}

export interface Scope {
  types: ScopedBundleType[];
  /** Types whose size set is empty (precondition 8). */
  emptyTypes: ScopedBundleType[];
  inScopeSkus: StoredSku[];
  outOfScopeSkuCount: number;
  warnings: Warning[];
}

/** Canonical SKU order within one article: colour id, size sort order, size id. */
export function compareSkus(a: StoredSku, b: StoredSku): number {
  return a.colorId - b.colorId || a.sizeSortOrder - b.sizeSortOrder || a.sizeId - b.sizeId;
}

export function assortiFlag(type: StoredBundleType, policy: ResolvedPolicy): { isAssorti: boolean; source: string } {
  if (type.isAssorti) return { isAssorti: true, source: 'bundle_type_flag' };
  const articleList = policy.article_assorti_bundle_type_ids.value;
  if (articleList !== null) return articleList.includes(type.id) ? { isAssorti: true, source: 'article_assorti_list' } : { isAssorti: false, source: 'default_main' };
  const globalList = policy.global_assorti_bundle_type_ids.value;
  if (globalList !== null && globalList.includes(type.id)) return { isAssorti: true, source: 'global_assorti_list' };
  return { isAssorti: false, source: 'default_main' };
}

export function computeScope(plannedTypes: StoredBundleType[], skus: StoredSku[], policy: ResolvedPolicy, rawWeights: Sourced<Record<number, number> | null>): Scope {
  const warnings: Warning[] = [];
  const sizeOrder = new Map<number, number>();
  const skuByPair = new Map<string, StoredSku>();
  for (const sku of skus) {
    sizeOrder.set(sku.sizeId, sku.sizeSortOrder);
    skuByPair.set(`${sku.colorId}:${sku.sizeId}`, sku);
  }
  const canonicalSizes = [...sizeOrder.keys()].sort((a, b) => sizeOrder.get(a)! - sizeOrder.get(b)! || a - b);

  const types: ScopedBundleType[] = [];
  const emptyTypes: ScopedBundleType[] = [];
  const inScope = new Map<number, StoredSku>();
  for (const type of [...plannedTypes].sort((a, b) => a.id - b.id)) {
    const recipe = [...new Set(type.recipeColorIds)].sort((a, b) => a - b);
    const flag = assortiFlag(type, policy);
    const k = flag.isAssorti ? (type.pieces ?? recipe.length) : recipe.length;
    const candidateSizes: number[] = [];
    const assemblable: { sizeId: number; eligibleColorIds: number[] }[] = [];
    for (const sizeId of canonicalSizes) {
      const eligible = recipe.filter((c) => skuByPair.has(`${c}:${sizeId}`));
      if (eligible.length === 0) continue;
      candidateSizes.push(sizeId);
      const ok = flag.isAssorti ? eligible.length >= k && k >= 1 : eligible.length === recipe.length;
      if (ok) assemblable.push({ sizeId, eligibleColorIds: eligible });
    }
    const notAssemblable = candidateSizes.filter((s) => !assemblable.some((a) => a.sizeId === s));
    if (notAssemblable.length > 0 && assemblable.length > 0) warnings.push(warning('bundle_size_not_assemblable', { bundle_type_id: type.id, size_ids: notAssemblable }));

    const weights = normaliseWeights(type.id, assemblable.map((a) => a.sizeId), rawWeights, warnings);
    const scoped: ScopedBundleType = {
      id: type.id,
      isAssorti: flag.isAssorti,
      assortiSource: flag.source,
      pieces: k,
      recipeColorIds: recipe,
      sizes: assemblable.map((a, idx) => ({ sizeId: a.sizeId, weight: weights[idx], eligibleColorIds: a.eligibleColorIds })),
    };
    if (assemblable.length === 0) {
      emptyTypes.push(scoped);
      continue;
    }
    types.push(scoped);
    for (const size of scoped.sizes) {
      for (const c of size.eligibleColorIds) {
        const sku = skuByPair.get(`${c}:${size.sizeId}`)!;
        inScope.set(sku.skuUnitId, sku);
      }
    }
  }
  const inScopeSkus = [...inScope.values()].sort(compareSkus);
  return { types, emptyTypes, inScopeSkus, outOfScopeSkuCount: skus.length - inScopeSkus.length, warnings };
}

/** w_{b,s} = ω_s / Σ ω over S_b; missing sizes of a non-uniform source get 0; all zero ⇒ uniform. */
function normaliseWeights(typeId: number, sizeIds: number[], raw: Sourced<Record<number, number> | null>, warnings: Warning[]): number[] {
  if (sizeIds.length === 0) return [];
  let omega: number[];
  if (raw.value === null) {
    omega = sizeIds.map(() => 1);
  } else {
    const table = raw.value;
    const missing = sizeIds.filter((s) => table[s] === undefined);
    if (missing.length > 0) warnings.push(warning('size_weight_missing', { bundle_type_id: typeId, size_ids: missing }));
    omega = sizeIds.map((s) => table[s] ?? 0);
    if (omega.every((w) => r6(w) <= 0)) {
      warnings.push(warning('size_weights_all_zero', { bundle_type_id: typeId }));
      omega = sizeIds.map(() => 1);
    }
  }
  const total = omega.reduce((sum, w) => sum + w, 0);
  return omega.map((w) => w / total);
}
