/*
 * Policy resolution (spec 05 §4.2): each field takes the first non-null, valid value along its
 * chain and reports where it came from. A stored value out of range is skipped with a warning; a
 * request value out of range cannot reach here (schema 422), but is skipped the same way.
 */
import {
  ArticleSettingsRow,
  CapitalGovernanceMode,
  DEPRECATED_OVERRIDE_FIELDS,
  GlobalSettingsRow,
  PlanningOverridesInput,
  PolicyResolution,
  PolicySettingsRows,
  ResolvedPolicy,
  ResolvePolicyOptions,
  SafetyStockMethod,
  Sourced,
  Stage,
  STAGES,
  Warning,
} from '../engine-contract';
import { warning } from '../warnings';

const ARTICLE_TABLE = 'article_planning_settings';
const GLOBAL_TABLE = 'global_planning_settings';
const PS_TABLE = 'planning_settings';

type Check<T> = (value: T) => boolean;
interface Link<T> {
  value: T | null | undefined;
  source: string;
  /** Stored links name their column so a skipped value can be reported. */
  stored?: { table: string; column: string };
}

const intIn = (min: number, max: number): Check<number> => (v) => Number.isInteger(v) && v >= min && v <= max;
const numberIn = (min: number, max: number): Check<number> => (v) => Number.isFinite(v) && v >= min && v <= max;
const nonNegative: Check<number> = (v) => Number.isFinite(v) && v >= 0;
const nonNegativeInt: Check<number> = (v) => Number.isInteger(v) && v >= 0;
const isMethod = (v: string): boolean => v === 'days' || v === 'service_level';

class Resolver {
  readonly warnings: Warning[] = [];

  first<T>(links: Link<T>[], check: Check<T>, fallback: Sourced<T>): Sourced<T> {
    for (const link of links) {
      if (link.value === null || link.value === undefined) continue;
      if (check(link.value)) return { value: link.value, source: link.source };
      if (link.stored) this.warnings.push(warning('invalid_stored_setting_ignored', { ...link.stored, value: link.value }));
    }
    return fallback;
  }

  /** Parses a stored "3,7" list; a malformed text is reported and read as not set. */
  idList(text: string | null, source: string, table: string, column: string): Sourced<number[] | null> {
    if (text === null || text.trim() === '') return { value: null, source };
    const parts = text.split(',').map((part) => part.trim());
    const ids = parts.map(Number);
    if (ids.some((id) => !Number.isInteger(id) || id < 1)) {
      this.warnings.push(warning('invalid_stored_setting_ignored', { table, column, value: text }));
      return { value: null, source };
    }
    return { value: [...new Set(ids)].sort((a, b) => a - b), source };
  }
}

const articleLink = <T = number>(row: ArticleSettingsRow | null, key: keyof ArticleSettingsRow, column: string): Link<T> => ({
  value: row ? (row[key] as T | null) : null,
  source: 'article_settings',
  stored: { table: ARTICLE_TABLE, column },
});
const globalLink = <T = number>(row: GlobalSettingsRow | null, key: keyof GlobalSettingsRow, column: string): Link<T> => ({
  value: row ? (row[key] as T | null) : null,
  source: 'global_settings',
  stored: { table: GLOBAL_TABLE, column },
});
const requestLink = <T>(value: T | null | undefined): Link<T> => ({ value, source: 'request' });

const STAGE_COLUMNS: Record<Exclude<Stage, 'other'>, { article: keyof ArticleSettingsRow; global: keyof GlobalSettingsRow; suffix: string; fallback: number }> = {
  production: { article: 'leadTimeProductionDays', global: 'leadTimeProductionDays', suffix: 'lead_time_production_days', fallback: 30 },
  china_to_nsk: { article: 'leadTimeChinaToNskDays', global: 'leadTimeChinaToNskDays', suffix: 'lead_time_china_to_nsk_days', fallback: 30 },
  packaging: { article: 'leadTimePackagingDays', global: 'leadTimePackagingDays', suffix: 'lead_time_packaging_days', fallback: 3 },
  nsk_to_wb: { article: 'leadTimeNskToWbDays', global: 'leadTimeNskToWbDays', suffix: 'lead_time_nsk_to_wb_days', fallback: 7 },
};

export function resolvePolicy(rows: PolicySettingsRows, overrides: PlanningOverridesInput | null, options: ResolvePolicyOptions = {}): PolicyResolution {
  const r = new Resolver();
  const o = overrides ?? {};
  const a = rows.article;
  const g = rows.global;
  const ps = rows.planningSettings;
  const days = intIn(0, 365);

  const stage = (name: Exclude<Stage, 'other'>, includeRequest: boolean): Sourced<number> => {
    const cols = STAGE_COLUMNS[name];
    const links: Link<number>[] = [];
    if (includeRequest) links.push(requestLink(o.lead_time_days?.[name]));
    links.push(articleLink(a, cols.article, `production_order_${cols.suffix}`), globalLink(g, cols.global, `default_production_order_${cols.suffix}`));
    return r.first(links, days, { value: cols.fallback, source: 'default' });
  };
  const chinaToNsk = stage('china_to_nsk', true);
  const packaging = stage('packaging', true);
  const nskToWb = stage('nsk_to_wb', true);
  const production = resolveProduction(r, o, a, g);

  const targetCoverage = r.first(
    [requestLink(o.target_coverage_days), articleLink(a, 'targetCoverageDays', 'target_coverage_days'), globalLink(g, 'defaultTargetCoverageDays', 'default_target_coverage_days')],
    intIn(1, 365),
    { value: 60, source: 'default' },
  );
  const stored = <T>(key: keyof ArticleSettingsRow & keyof GlobalSettingsRow, suffix: string, request: T | null | undefined): Link<T>[] => [
    requestLink(request),
    articleLink<T>(a, key, `production_order_${suffix}`),
    globalLink<T>(g, key, `default_production_order_${suffix}`),
  ];
  const total = production.value + chinaToNsk.value + packaging.value + nskToWb.value;
  const productionCost = r.first(stored<number>('productionCostPerUnit', 'production_cost_per_unit', o.production_cost_per_unit), nonNegative, {
    value: null as unknown as number,
    source: 'default',
  }) as Sourced<number | null>;
  const logisticsCost = r.first(stored<number>('logisticsCostPerUnit', 'logistics_cost_per_unit', o.logistics_cost_per_unit), nonNegative, { value: 0, source: 'default' });
  const capitalLinks: Link<number>[] = [requestLink(o.available_capital)];
  if (!options.portfolio) capitalLinks.push(articleLink<number>(a, 'availableCapital', 'production_order_available_capital'));
  capitalLinks.push(globalLink<number>(g, 'availableCapital', 'default_production_order_available_capital'));

  const policy: ResolvedPolicy = {
    include_in_planning: a?.includeInPlanning === null || a?.includeInPlanning === undefined ? { value: true, source: 'default' } : { value: a.includeInPlanning, source: 'article_settings' },
    priority: r.first([articleLink(a, 'priority', 'priority')], Number.isInteger, { value: 0, source: 'default' }),
    target_coverage_days: targetCoverage,
    lead_time_days: { production, china_to_nsk: chinaToNsk, packaging, nsk_to_wb: nskToWb },
    lead_time_days_total: { value: total, source: 'derived' },
    review_period_days: r.first(stored<number>('reviewPeriodDays', 'review_period_days', o.review_period_days), intIn(1, 90), { value: 7, source: 'default' }),
    safety_stock_method: r.first(stored<string>('safetyStockMethod', 'safety_stock_method', o.safety_stock_method), isMethod, { value: 'days', source: 'default' }) as Sourced<SafetyStockMethod>,
    safety_stock_days: r.first(
      [
        requestLink(o.safety_stock_days),
        articleLink(a, 'safetyStockDays', 'production_order_safety_stock_days'),
        { value: ps?.safetyStockDays, source: 'planning_settings', stored: { table: PS_TABLE, column: 'safety_stock_days' } },
        globalLink(g, 'safetyStockDays', 'default_production_order_safety_stock_days'),
      ],
      days,
      { value: 0, source: 'default' },
    ),
    service_level_percent: r.first(
      [requestLink(o.service_level_percent), articleLink(a, 'serviceLevelPercent', 'service_level_percent'), globalLink(g, 'defaultServiceLevelPercent', 'default_service_level_percent')],
      numberIn(1, 100),
      { value: 90, source: 'default' },
    ),
    alert_threshold_days: r.first(
      [
        requestLink(o.alert_threshold_days),
        articleLink(a, 'alertThresholdDays', 'production_order_alert_threshold_days'),
        { value: ps?.alertThresholdDays, source: 'planning_settings', stored: { table: PS_TABLE, column: 'alert_threshold_days' } },
        globalLink(g, 'alertThresholdDays', 'default_production_order_alert_threshold_days'),
      ],
      intIn(1, 365),
      { value: 90, source: 'default' },
    ),
    overstock_cover_days: r.first(stored<number>('overstockCoverDays', 'overstock_cover_days', o.overstock_cover_days), intIn(1, 730), {
      value: 2 * targetCoverage.value,
      source: 'derived',
    }),
    order_multiple: r.first(stored<number>('orderMultiple', 'order_multiple', o.order_multiple), intIn(1, 10000), { value: 1, source: 'default' }),
    stage_yield: Object.fromEntries(
      STAGES.map((s) => [s, r.first([requestLink(o.stage_yield?.[s])], (v: number) => v > 0 && v <= 1, { value: 1, source: 'default' })]),
    ) as Record<Stage, Sourced<number>>,
    fabric_min_batch_qty_default: r.first(
      [requestLink(o.fabric_min_batch_qty_default), globalLink(g, 'defaultFabricMinBatchQty', 'default_fabric_min_batch_qty')],
      nonNegativeInt,
      { value: 7000, source: 'default' },
    ),
    elastic_min_batch_qty_default: r.first(
      [requestLink(o.elastic_min_batch_qty_default), globalLink(g, 'defaultElasticMinBatchQty', 'default_elastic_min_batch_qty')],
      nonNegativeInt,
      { value: 3000, source: 'default' },
    ),
    article_assorti_bundle_type_ids: r.idList(a?.assortiBundleTypeIds ?? null, 'article_settings', ARTICLE_TABLE, 'production_order_assorti_bundle_type_ids'),
    global_assorti_bundle_type_ids: r.idList(g?.assortiBundleTypeIds ?? null, 'global_settings', GLOBAL_TABLE, 'default_production_order_assorti_bundle_type_ids'),
    freshness_sales_stale_after_days: r.first(
      [requestLink(options.freshnessSalesStaleAfterDays), articleLink(a, 'freshnessSalesStaleAfterDays', 'production_order_freshness_sales_stale_after_days')],
      intIn(0, 3650),
      { value: 3, source: 'default' },
    ),
    freshness_stock_stale_after_days: r.first(
      [requestLink(options.freshnessStockStaleAfterDays), articleLink(a, 'freshnessStockStaleAfterDays', 'production_order_freshness_stock_stale_after_days')],
      intIn(0, 3650),
      { value: 2, source: 'default' },
    ),
    production_cost_per_unit: productionCost,
    logistics_cost_per_unit: logisticsCost,
    unit_cost: productionCost.value === null ? { value: null, source: 'none' } : { value: productionCost.value + logisticsCost.value, source: 'derived' },
    available_capital: r.first(capitalLinks, nonNegative, { value: null as unknown as number, source: 'none' }) as Sourced<number | null>,
    capital_governance_mode: o.capital_governance_mode ? { value: o.capital_governance_mode, source: 'request' } : { value: 'unconstrained' as CapitalGovernanceMode, source: 'default' },
    allow_order_with_buffer: typeof o.allow_order_with_buffer === 'boolean' ? { value: o.allow_order_with_buffer, source: 'request' } : { value: true, source: 'default' },
  };

  const deprecated = DEPRECATED_OVERRIDE_FIELDS.filter((field) => o[field] !== null && o[field] !== undefined);
  if (deprecated.length > 0) r.warnings.push(warning('deprecated_field_ignored', { fields: deprecated }));
  return { policy, warnings: r.warnings };
}

/**
 * Production stage: request → article column → derived from the article's stored total → global
 * column → derived from the global total → 30. A stored total subtracts the transit stages resolved
 * from stored sources only, so a request override of a transit stage does not move production.
 */
function resolveProduction(
  r: Resolver,
  o: PlanningOverridesInput,
  a: ArticleSettingsRow | null,
  g: GlobalSettingsRow | null,
): Sourced<number> {
  const days = intIn(0, 365);
  const direct = (links: Link<number>[]): Sourced<number> | null => {
    const found = r.first(links, days, { value: -1, source: '' });
    return found.value < 0 ? null : found;
  };
  const fromTotal = (total: number | null | undefined, source: string, table: string, column: string): Sourced<number> | null => {
    if (total === null || total === undefined) return null;
    if (!Number.isInteger(total) || total < 0) {
      r.warnings.push(warning('invalid_stored_setting_ignored', { table, column, value: total }));
      return null;
    }
    // Stored-only transit stages; their own invalid-value warnings were already raised once.
    const silent = new Resolver();
    const transit = (['china_to_nsk', 'packaging', 'nsk_to_wb'] as const).reduce((sum, name) => {
      const cols = STAGE_COLUMNS[name];
      return (
        sum +
        silent.first<number>(
          [articleLink(a, cols.article, `production_order_${cols.suffix}`), globalLink(g, cols.global, `default_production_order_${cols.suffix}`)],
          days,
          { value: cols.fallback, source: 'default' },
        ).value
      );
    }, 0);
    if (total < transit) r.warnings.push(warning('lead_time_total_below_transit_stages', { total, transit_days: transit }));
    return { value: Math.max(total - transit, 0), source };
  };
  return (
    direct([requestLink(o.lead_time_days?.production), articleLink(a, 'leadTimeProductionDays', 'production_order_lead_time_production_days')]) ??
    fromTotal(a?.leadTimeDays, 'article_settings.lead_time_days', ARTICLE_TABLE, 'lead_time_days') ??
    direct([globalLink(g, 'leadTimeProductionDays', 'default_production_order_lead_time_production_days')]) ??
    fromTotal(g?.defaultLeadTimeDays, 'global_settings.default_lead_time_days', GLOBAL_TABLE, 'default_lead_time_days') ?? { value: 30, source: 'default' }
  );
}
