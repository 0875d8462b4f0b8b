/* Planning Core engine boundary: see ../engine-contract.ts. */
import type { ExplainabilityMode, ProposalSource, Sourced, Stage } from './base';
import type { ResolvedPolicy } from './policy';
import type { FreshnessMeta, Warning } from './response';

// ---------------------------------------------------------------------------------------------
// Engine input (§4.0.4): one article, policy resolved, scope and demand known
// ---------------------------------------------------------------------------------------------

export interface FabricMinimum extends Sourced<number> {
  /** Distinct colour-override values (≥ 1) behind a `color_settings` value, for conflict warnings. */
  overrideValues: number[];
}

export interface PlannedBundleType {
  id: number;
  isAssorti: boolean;
  assortiSource: string;
  /** k_b. */
  pieces: number;
  recipeColorIds: number[];
  /** S_b in canonical size order with the normalised weights w_{b,s} and (assorti) E_{b,s}. */
  sizes: { sizeId: number; weight: number; eligibleColorIds: number[] }[];
  dailyRate: number;
  stdDev: number | null;
  stdDevSource: 'request' | 'observed' | 'poisson_fallback';
  demandMethod: string;
  demandWindow: { windowStart: string | null; windowEnd: string | null; windowDays: number | null; inStockDays: number | null; salesInWindow: number | null };
  /** RB_{b,s} per size id (bundles, real). */
  readyBySize: Record<number, number>;
  /** Bundles per part; source `request`, `stored`, or `mixed` (from-WB request parts over stored WB stock). */
  ready: { wb: number; local: number; in_transit: number; total: number; source: string };
}

export interface PlannedSku {
  skuUnitId: number;
  colorId: number;
  sizeId: number;
  sizeSortOrder: number;
  pantoneKey: string;
  /** OH_i(0), pieces ≥ 0. */
  onHand: number;
  receipts: { etaDays: number; qty: number; stage: Stage; source: string }[];
  elasticTypeIds: number[];
}

export interface PlanningInput {
  articleId: number;
  articleCode: string;
  source: ProposalSource;
  asOf: string;
  planningHorizonDays: number;
  priority: number;
  policy: ResolvedPolicy;
  bundleTypes: PlannedBundleType[];
  /** In-scope SKUs, canonical order. */
  skus: PlannedSku[];
  rawSizeWeights: Sourced<Record<number, number> | null>;
  receiptsSource: string;
  fabricMinByPantone: Record<string, FabricMinimum>;
  elasticMinByType: Record<number, FabricMinimum>;
  unitCost: number | null;
  availableCapital: number | null;
  /** Warnings raised before the calculation (policy, scope, demand, supply). */
  warnings: Warning[];
  inFlight: { source: string; lines_used: number; lines_ignored: number; units_beyond_horizon: number };
  physicalScope: { wbStockScope: string; readyBundleSource: string };
  freshness: FreshnessMeta | null;
  outOfScopeSkuCount: number;
}

/** Stock-out-aware demand estimate of one bundle type from stored WB data (§4.4.2). */
export interface WbDemandEstimate {
  bundleTypeId: number;
  dailyRate: number;
  stdDev: number | null;
  method: 'window_mean' | 'in_stock_days_mean' | 'window_mean_fallback';
  windowStart: string;
  windowEnd: string;
  windowDays: number;
  inStockDays: number;
  salesInWindow: number;
  hasStockHistory: boolean;
}

export interface EngineRunOptions {
  explainabilityMode?: ExplainabilityMode;
}
