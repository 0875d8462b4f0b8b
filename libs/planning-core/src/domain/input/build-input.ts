/*
 * Builds the engine input of one article (spec 05 §4.5 supply position, §4.4 demand per type, the
 * per-group fabric and per-type elastic minimums of §4.14.1/§4.14.3) from stored rows and the
 * request. Everything the engine needs is in the result, so a stored input replays the run.
 */
import {
  BundleStockInput,
  FabricMinimum,
  FreshnessMeta,
  InFlightSupplyInput,
  PlannedBundleType,
  PlannedSku,
  PlanningInput,
  PlanningOverridesInput,
  ProposalSource,
  ResolvedPolicy,
  Sourced,
  Stage,
  StoredArticleData,
  Warning,
} from '../engine-contract';
import { floor6 } from '../numeric';
import { warning } from '../warnings';
import { normalizePantoneKey } from './pantone';
import { Scope } from './scope';

export interface TypeDemand {
  dailyRate: number;
  stdDev: number | null;
  /** `request` (given in the body) or `observed` (from WB history). */
  stdDevOrigin: 'request' | 'observed';
  method: string;
  window: PlannedBundleType['demandWindow'];
}

export interface BuildInputArgs {
  data: StoredArticleData;
  source: ProposalSource;
  asOf: string;
  planningHorizonDays: number;
  policy: ResolvedPolicy;
  overrides: PlanningOverridesInput | null;
  scope: Scope;
  demand: Map<number, TypeDemand>;
  bundleStock: BundleStockInput[];
  inFlightSupply: InFlightSupplyInput[];
  rawSizeWeights: Sourced<Record<number, number> | null>;
  freshness: FreshnessMeta | null;
  /** Warnings raised earlier (policy, demand, freshness), kept in order. */
  warnings: Warning[];
}

export function projectionDays(policy: ResolvedPolicy, planningHorizonDays: number): number {
  return Math.max(planningHorizonDays, policy.lead_time_days_total.value + policy.review_period_days.value + policy.target_coverage_days.value);
}

export function buildPlanningInput(args: BuildInputArgs): PlanningInput {
  const { data, policy, scope } = args;
  const warnings: Warning[] = [...args.warnings, ...scope.warnings];
  const P = projectionDays(policy, args.planningHorizonDays);
  const entries = new Map(args.bundleStock.map((e) => [e.bundle_type_id, e]));
  const plannedIds = new Set(scope.types.map((t) => t.id));
  const notPlanned = [...entries.keys()].filter((id) => !plannedIds.has(id)).sort((a, b) => a - b);
  if (notPlanned.length > 0) warnings.push(warning('bundle_stock_type_not_planned', { bundle_type_ids: notPlanned }));

  const poisson: number[] = [];
  const bundleTypes: PlannedBundleType[] = scope.types.map((type) => {
    const demand = args.demand.get(type.id)!;
    let stdDev = demand.stdDev;
    let stdDevSource: PlannedBundleType['stdDevSource'] = demand.stdDevOrigin;
    if (stdDev === null) {
      stdDev = Math.sqrt(demand.dailyRate);
      stdDevSource = 'poisson_fallback';
      if (demand.dailyRate > 0) poisson.push(type.id);
    }
    const ready = readyBundles(args, type.id, type.sizes, entries.get(type.id));
    return { ...type, dailyRate: demand.dailyRate, stdDev, stdDevSource, demandMethod: demand.method, demandWindow: demand.window, ...ready };
  });
  if (poisson.length > 0 && policy.safety_stock_method.value === 'service_level') warnings.push(warning('demand_std_dev_assumed_poisson', { bundle_type_ids: poisson }));

  const skus: PlannedSku[] = scope.inScopeSkus.map((sku) => {
    const stored = data.onHandBySkuUnitId[sku.skuUnitId] ?? 0;
    if (stored < 0) warnings.push(warning('negative_stock_clamped', { color_id: sku.colorId, size_id: sku.sizeId, quantity: stored }));
    return {
      skuUnitId: sku.skuUnitId,
      colorId: sku.colorId,
      sizeId: sku.sizeId,
      sizeSortOrder: sku.sizeSortOrder,
      pantoneKey: normalizePantoneKey(sku.pantoneCode, sku.colorId),
      onHand: Math.max(stored, 0),
      receipts: [],
      elasticTypeIds: [],
    };
  });
  const inFlight = creditReceipts(args, skus, P, warnings);
  assignElastics(data, skus);

  const directEntries = args.source === 'direct' ? bundleTypes.filter((t) => entries.has(t.id)).length : 0;
  const storedTotal = bundleTypes.filter((t) => t.ready.source === 'stored').reduce((sum, t) => sum + t.ready.total, 0);
  const anyFromWbEntry = args.source !== 'direct' && bundleTypes.some((t) => entries.has(t.id));
  const readyBundleSource =
    args.source === 'direct'
      ? directEntries === bundleTypes.length
        ? 'request'
        : directEntries > 0
          ? 'mixed_request_plus_stored'
          : storedTotal > 0
            ? 'stored'
            : 'none'
      : anyFromWbEntry
        ? 'mixed_request_plus_stored'
        : storedTotal > 0
          ? 'stored'
          : 'none';
  const wbStockScope =
    args.source === 'direct' && directEntries === bundleTypes.length
      ? 'request_explicit_bundle_stock'
      : args.source === 'direct' && directEntries > 0
        ? 'mixed'
        : 'article_wb_mapping_bundle_stock_aggregated';

  return {
    articleId: data.article.id,
    articleCode: data.article.code,
    source: args.source,
    asOf: args.asOf,
    planningHorizonDays: args.planningHorizonDays,
    priority: policy.priority.value,
    policy,
    bundleTypes,
    skus,
    rawSizeWeights: args.rawSizeWeights,
    receiptsSource: inFlight.source,
    fabricMinByPantone: fabricMinimums(args, skus, warnings),
    elasticMinByType: elasticMinimums(args, skus, warnings),
    unitCost: policy.unit_cost.value,
    availableCapital: policy.available_capital.value,
    warnings,
    inFlight,
    physicalScope: { wbStockScope, readyBundleSource },
    freshness: args.freshness,
    outOfScopeSkuCount: scope.outOfScopeSkuCount,
  };
}

/** RB_{b,s}: a direct request entry replaces stored stock; otherwise WB via mapping + NSC (+ from-WB request parts). */
function readyBundles(args: BuildInputArgs, typeId: number, sizes: { sizeId: number; weight: number }[], entry: BundleStockInput | undefined) {
  const readyBySize: Record<number, number> = {};
  for (const s of sizes) readyBySize[s.sizeId] = 0;
  const spread = (qty: number): void => {
    for (const s of sizes) readyBySize[s.sizeId] += qty * s.weight;
  };
  if (args.source === 'direct' && entry) {
    const wb = entry.wb_qty ?? 0;
    const local = entry.local_qty ?? 0;
    const inTransit = entry.in_transit_to_wb_qty ?? 0;
    spread(wb + local + inTransit);
    return { readyBySize, ready: { wb, local, in_transit: inTransit, total: wb + local + inTransit, source: 'request' as const } };
  }
  const stockByListing = new Map<string, number>();
  for (const row of args.data.wbStock) stockByListing.set(row.wbSku, (stockByListing.get(row.wbSku) ?? 0) + row.stockQty);
  let wb = 0;
  const seen = new Set<string>();
  for (const mapping of args.data.wbMappings) {
    if (mapping.bundleTypeId !== typeId || seen.has(mapping.wbSku)) continue;
    seen.add(mapping.wbSku);
    const q = Math.max(stockByListing.get(mapping.wbSku) ?? 0, 0);
    if (mapping.sizeId === null) {
      spread(q);
      wb += q;
    } else if (mapping.sizeId in readyBySize) {
      readyBySize[mapping.sizeId] += q;
      wb += q;
    }
  }
  let local = 0;
  if (entry) {
    local = entry.local_qty ?? 0;
    spread(local);
  } else {
    for (const row of args.data.nscBundles) {
      if (row.bundleTypeId !== typeId || !(row.sizeId in readyBySize)) continue;
      const q = Math.max(row.quantity, 0);
      readyBySize[row.sizeId] += q;
      local += q;
    }
  }
  const inTransit = entry?.in_transit_to_wb_qty ?? 0;
  spread(inTransit);
  return { readyBySize, ready: { wb, local, in_transit: inTransit, total: wb + local + inTransit, source: entry ? 'mixed' : 'stored' } };
}

/** §4.5 receipts: request lines if any, else active admin defaults; yields applied, out-of-scope lines dropped. */
function creditReceipts(args: BuildInputArgs, skus: PlannedSku[], P: number, warnings: Warning[]): PlanningInput['inFlight'] {
  const articleId = args.data.article.id;
  const byPair = new Map(skus.map((s) => [`${s.colorId}:${s.sizeId}`, s]));
  let source = 'none';
  let lines: { articleId: number; colorId: number; sizeId: number; qty: number; etaDays: number; stage: Stage }[] = [];
  if (args.inFlightSupply.length > 0) {
    source = 'request';
    lines = args.inFlightSupply.map((l) => ({ articleId: l.article_id, colorId: l.color_id, sizeId: l.size_id, qty: l.qty, etaDays: l.eta_days, stage: l.stage ?? 'other' }));
  } else {
    const active = args.data.adminInFlightDefaults.filter((d) => d.isActive && d.qty > 0);
    if (active.length > 0) {
      source = 'admin_defaults';
      lines = active.map((d) => ({ articleId, colorId: d.colorId, sizeId: d.sizeId, qty: d.qty, etaDays: d.etaDays, stage: d.stage }));
    }
  }
  let used = 0;
  let ignored = 0;
  let beyond = 0;
  for (const line of lines) {
    const sku = line.articleId === articleId ? byPair.get(`${line.colorId}:${line.sizeId}`) : undefined;
    if (!sku) {
      ignored++;
      const reason = line.articleId === articleId ? 'sku_not_in_scope' : 'other_article';
      warnings.push(warning('in_flight_line_ignored', { reason, article_id: line.articleId, color_id: line.colorId, size_id: line.sizeId, qty: line.qty }));
      continue;
    }
    used++;
    const effective = floor6(line.qty * args.policy.stage_yield[line.stage].value);
    if (line.etaDays >= P) beyond += effective;
    sku.receipts.push({ etaDays: line.etaDays, qty: effective, stage: line.stage, source });
  }
  for (const sku of skus) sku.receipts.sort((a, b) => a.etaDays - b.etaDays);
  if (beyond > 0) warnings.push(warning('receipt_beyond_horizon', { units: beyond }));
  return { source, lines_used: used, lines_ignored: ignored, units_beyond_horizon: beyond };
}

/** §4.14.3: active bindings name the SKUs of each elastic type; without them the elastic settings rows apply to every SKU. */
function assignElastics(data: StoredArticleData, skus: PlannedSku[]): void {
  const bindings = data.elasticBindings.filter((b) => b.isActive);
  if (bindings.length > 0) {
    for (const sku of skus) {
      const types = bindings
        .filter((b) => (b.skuUnitId === null && b.colorId === sku.colorId) || b.skuUnitId === sku.skuUnitId)
        .map((b) => b.elasticTypeId);
      sku.elasticTypeIds = [...new Set(types)].sort((a, b) => a - b);
    }
    return;
  }
  const types = [...new Set(data.elasticSettings.map((e) => e.elasticTypeId))].sort((a, b) => a - b);
  for (const sku of skus) sku.elasticTypeIds = [...types];
}

function fabricMinimums(args: BuildInputArgs, skus: PlannedSku[], warnings: Warning[]): Record<string, FabricMinimum> {
  const byRequest = new Map<string, number>();
  for (const [key, value] of Object.entries(args.overrides?.fabric_min_batch_qty_by_pantone ?? {})) {
    const normalised = normalizePantoneKey(key, 0);
    if (key.trim() !== '') byRequest.set(normalised, value);
  }
  const colorsByGroup = new Map<string, Set<number>>();
  for (const sku of skus) {
    if (!colorsByGroup.has(sku.pantoneKey)) colorsByGroup.set(sku.pantoneKey, new Set());
    colorsByGroup.get(sku.pantoneKey)!.add(sku.colorId);
  }
  const result: Record<string, FabricMinimum> = {};
  for (const key of [...colorsByGroup.keys()].sort()) {
    const colors = colorsByGroup.get(key)!;
    const values = [
      ...new Set(args.data.colorFabricMins.filter((c) => colors.has(c.colorId) && c.fabricMinBatchQty !== null && c.fabricMinBatchQty >= 1).map((c) => c.fabricMinBatchQty!)),
    ].sort((a, b) => a - b);
    if (byRequest.has(key)) result[key] = { value: byRequest.get(key)!, source: 'request', overrideValues: values };
    else if (values.length > 0) {
      if (values.length > 1) warnings.push(warning('fabric_min_override_conflict', { pantone_code: key, values }));
      result[key] = { value: values[values.length - 1], source: 'color_settings', overrideValues: values };
    } else result[key] = { ...args.policy.fabric_min_batch_qty_default, overrideValues: [] };
  }
  return result;
}

function elasticMinimums(args: BuildInputArgs, skus: PlannedSku[], warnings: Warning[]): Record<number, FabricMinimum> {
  const used = [...new Set(skus.flatMap((s) => s.elasticTypeIds))].sort((a, b) => a - b);
  const byRequest = args.overrides?.elastic_min_batch_qty_by_type ?? {};
  const result: Record<number, FabricMinimum> = {};
  for (const e of used) {
    const values = [
      ...new Set(args.data.elasticSettings.filter((s) => s.elasticTypeId === e && s.elasticMinBatchQty !== null && s.elasticMinBatchQty >= 1).map((s) => s.elasticMinBatchQty!)),
    ].sort((a, b) => a - b);
    const requested = byRequest[String(e)];
    if (requested !== undefined && requested !== null) result[e] = { value: requested, source: 'request', overrideValues: values };
    else if (values.length > 0) {
      if (values.length > 1) warnings.push(warning('elastic_min_override_conflict', { elastic_type_id: e, values }));
      result[e] = { value: values[values.length - 1], source: 'elastic_settings', overrideValues: values };
    } else result[e] = { ...args.policy.elastic_min_batch_qty_default, overrideValues: [] };
  }
  return result;
}
