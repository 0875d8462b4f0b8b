/*
 * Steps 6–8 of spec 05: ready bundles serve each type's demand first, fixed recipes explode into one
 * piece per recipe colour of the size ("model B"), and assorti packs take colours that stay in
 * surplus after their own fixed demand before the rest is spread by main-demand share.
 */
import { PlanningInput } from '../engine-contract';
import { r6 } from '../numeric';
import { SafetyStockPolicy, safetyStock } from './safety-stock';
import { SkuState } from './sku-state';

export interface AssortiColorShare {
  color_id: number;
  surplus_rate: number;
  from_surplus: number;
  from_remainder: number;
  share: number;
}

export interface AssortiAllocation {
  bundle_type_id: number;
  size_id: number;
  bundle_rate: number;
  pieces_per_day: number;
  colors: AssortiColorShare[];
}

/**
 * Adds factor · r(t) to `target`, where r is x_{b,s}(t) served by RB first:
 * r(t) = max(x(t+1) − RB, 0) − max(x·t − RB, 0). Computed in place rather than kept per bundle size.
 */
function addResidualDemand(target: Float64Array, rate: number, ready: number, factor: number): void {
  if (factor === 0 || rate <= 0) return;
  let previous = Math.max(-ready, 0);
  for (let t = 0; t < target.length; t++) {
    const next = Math.max(rate * (t + 1) - ready, 0);
    target[t] += factor * (next - previous);
    previous = next;
  }
}

export function explodeDemand(input: PlanningInput, byPair: Map<string, SkuState>, P: number, horizon: number, ss: SafetyStockPolicy): AssortiAllocation[] {
  const sizeNoise = (w: number, sigma: number, d: number): number => w * w * sigma * sigma + w * (1 - w) * d;

  for (const type of input.bundleTypes) {
    for (const size of type.sizes) {
      const x = type.dailyRate * size.weight;
      if (type.isAssorti) continue;
      const ready = type.readyBySize[size.sizeId] ?? 0;
      const noise = sizeNoise(size.weight, type.stdDev ?? 0, type.dailyRate);
      for (const c of type.recipeColorIds) {
        const state = byPair.get(`${c}:${size.sizeId}`)!;
        addResidualDemand(state.demand, x, ready, 1);
        state.mainRate += x;
        state.mainVariance += noise;
      }
    }
  }

  const assortiTypes = input.bundleTypes.filter((t) => t.isAssorti);
  const allocations: AssortiAllocation[] = [];
  if (assortiTypes.length === 0) return allocations;

  // Surplus over W_h = L + T after the main demand and the main-only safety stock.
  const surplusRate = new Map<SkuState, number>();
  const mainByColor = new Map<number, number>();
  for (const state of byPair.values()) {
    let supply = state.sku.onHand;
    let demand = 0;
    for (let t = 0; t < Math.min(horizon, P); t++) {
      supply += state.receipts[t];
      demand += state.demand[t];
    }
    const surplus = Math.max(supply - demand - safetyStock(ss, state.mainRate, state.mainVariance), 0);
    surplusRate.set(state, horizon > 0 ? surplus / horizon : 0);
    mainByColor.set(state.sku.colorId, (mainByColor.get(state.sku.colorId) ?? 0) + state.mainRate);
  }

  for (const type of assortiTypes) {
    for (const size of type.sizes) {
      const alpha = type.dailyRate * size.weight;
      const states = size.eligibleColorIds.map((c) => byPair.get(`${c}:${size.sizeId}`)!);
      const startRate = states.map((s) => surplusRate.get(s)!);
      const fromSurplus = states.map(() => 0);
      const fromRemainder = states.map(() => 0);
      let need = type.pieces * alpha;

      const bySurplus = states.map((_, k) => k).sort((a, b) => r6(startRate[b]) - r6(startRate[a]) || states[a].sku.colorId - states[b].sku.colorId);
      for (const k of bySurplus) {
        const take = Math.min(surplusRate.get(states[k])!, alpha - fromSurplus[k], need);
        if (!(r6(take) > 0)) continue;
        fromSurplus[k] += take;
        surplusRate.set(states[k], surplusRate.get(states[k])! - take);
        need -= take;
      }

      const got = (k: number): number => fromSurplus[k] + fromRemainder[k];
      let open = states.map((_, k) => k).filter((k) => r6(got(k)) < r6(alpha));
      while (r6(need) > 0 && open.length > 0) {
        let weights = open.map((k) => mainByColor.get(states[k].sku.colorId) ?? 0);
        let total = weights.reduce((sum, w) => sum + w, 0);
        if (!(r6(total) > 0)) {
          weights = open.map(() => 1);
          total = open.length;
        }
        const tentative = weights.map((w) => (need * w) / total);
        const capped = open.filter((k, idx) => r6(tentative[idx]) > r6(alpha - got(k)));
        if (capped.length === 0) {
          open.forEach((k, idx) => (fromRemainder[k] += tentative[idx]));
          need = 0;
          break;
        }
        for (const k of capped) {
          const room = alpha - got(k);
          fromRemainder[k] += room;
          need -= room;
        }
        open = open.filter((k) => !capped.includes(k));
      }

      const ready = type.readyBySize[size.sizeId] ?? 0;
      const noise = sizeNoise(size.weight, type.stdDev ?? 0, type.dailyRate);
      const colors: AssortiColorShare[] = states.map((state, k) => {
        const share = alpha > 0 ? got(k) / alpha : 0;
        addResidualDemand(state.demand, alpha, ready, share);
        state.assortiRate += share * alpha;
        state.assortiVariance += share * share * noise;
        return { color_id: state.sku.colorId, surplus_rate: startRate[k], from_surplus: fromSurplus[k], from_remainder: fromRemainder[k], share };
      });
      allocations.push({ bundle_type_id: type.id, size_id: size.sizeId, bundle_rate: alpha, pieces_per_day: type.pieces * alpha, colors });
    }
  }
  return allocations;
}
