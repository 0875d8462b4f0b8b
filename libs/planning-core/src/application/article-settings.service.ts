import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { PlanningCoreError, ResolvedPolicy, resolvePolicy } from '../domain';
import { ProductionOrderSettingsRequest, ProductionOrderSettingsResponse } from '../http/dto/article-settings.dto';
import { ArticleSettingsRepository, SettingsReferences, StoredArticleSettings } from '../persistence/article-settings.repository';
import { PlanningInputsRepository } from '../persistence/planning-inputs.repository';
import { articleNotFound } from './planning-core-errors';

/** Earlier scalar fields (absent = null) and the column each is stored in. */
const EARLIER_COLUMNS: Record<string, string> = {
  freshness_sales_stale_after_days: 'production_order_freshness_sales_stale_after_days',
  freshness_stock_stale_after_days: 'production_order_freshness_stock_stale_after_days',
  layer3_stockout_boost_max: 'production_order_layer3_stockout_boost_max',
  layer3_overstock_dampen_max: 'production_order_layer3_overstock_dampen_max',
  layer5_unavoidable_stockout_risk_threshold: 'production_order_layer5_unavoidable_stockout_risk_threshold',
  layer5_accelerate_production_risk_threshold: 'production_order_layer5_accelerate_production_risk_threshold',
  production_cost_per_unit: 'production_order_production_cost_per_unit',
  logistics_cost_per_unit: 'production_order_logistics_cost_per_unit',
  average_realized_price_main: 'production_order_average_realized_price_main',
  average_realized_price_assorti: 'production_order_average_realized_price_assorti',
  available_capital: 'production_order_available_capital',
  wb_commission_percent_main: 'production_order_wb_commission_percent_main',
  wb_commission_percent_assorti: 'production_order_wb_commission_percent_assorti',
};

/** New scalar fields (absent = unchanged, null clears) and their columns. */
const NEW_COLUMNS: Record<string, string> = {
  include_in_planning: 'include_in_planning',
  priority: 'priority',
  target_coverage_days: 'target_coverage_days',
  lead_time_days: 'lead_time_days',
  service_level_percent: 'service_level_percent',
  review_period_days: 'production_order_review_period_days',
  safety_stock_method: 'production_order_safety_stock_method',
  safety_stock_days: 'production_order_safety_stock_days',
  alert_threshold_days: 'production_order_alert_threshold_days',
  overstock_cover_days: 'production_order_overstock_cover_days',
  order_multiple: 'production_order_order_multiple',
};

const STAGE_COLUMNS = {
  production: 'production_order_lead_time_production_days',
  china_to_nsk: 'production_order_lead_time_china_to_nsk_days',
  packaging: 'production_order_lead_time_packaging_days',
  nsk_to_wb: 'production_order_lead_time_nsk_to_wb_days',
} as const;

function businessError(code: string, message: string, field: string, extra: Record<string, unknown>): PlanningCoreError {
  return new PlanningCoreError(400, { code, message, field, ...extra });
}

const distinctSorted = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

/** Reads and replaces the production-order settings of one article (05 §3.6). */
@Injectable()
export class ArticleSettingsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly settings: ArticleSettingsRepository,
    private readonly inputs: PlanningInputsRepository,
  ) {}

  get(articleId: number): Promise<ProductionOrderSettingsResponse> {
    return this.tx.read(async () => {
      if (!(await this.settings.articleExists(articleId))) throw articleNotFound(articleId);
      return this.current(articleId);
    });
  }

  replace(articleId: number, body: ProductionOrderSettingsRequest): Promise<ProductionOrderSettingsResponse> {
    return this.tx.write(async () => {
      if (!(await this.settings.lockArticle(articleId))) throw articleNotFound(articleId);
      const bindings = body.elastic_bindings ?? [];
      const references = await this.settings.loadReferences(
        articleId,
        (body.size_weights ?? []).map((row) => row.size_id),
        [...bindings.map((row) => row.elastic_type_id), ...(body.elastic_type_settings ?? []).map((row) => row.elastic_type_id)],
        body.assorti_bundle_type_ids ?? [],
      );
      this.checkReferences(body, references);
      await this.settings.replaceLists(articleId, {
        sizeWeights: (body.size_weights ?? []).map((row) => ({ sizeId: row.size_id, weight: row.weight })),
        elasticBindings: bindings.map((row) => ({ elasticTypeId: row.elastic_type_id, colorId: row.color_id ?? null, skuUnitId: row.sku_unit_id ?? null, isActive: row.is_active ?? true })),
        inFlightDefaults: (body.in_flight_supply_defaults ?? []).map((row) => ({
          colorId: row.color_id,
          sizeId: row.size_id,
          qty: row.qty,
          etaDays: row.eta_days,
          stage: row.stage ?? 'other',
          isActive: row.is_active ?? true,
        })),
        fabricOverrides: body.fabric_min_batch_overrides?.map((row) => ({ colorId: row.color_id, fabricMinBatchQty: row.fabric_min_batch_qty })),
        elasticTypeSettings: body.elastic_type_settings?.map((row) => ({ elasticTypeId: row.elastic_type_id, elasticMinBatchQty: row.elastic_min_batch_qty ?? null })),
      });
      await this.settings.writeColumns(articleId, this.columnsToWrite(body));
      return this.current(articleId);
    });
  }

  /** The 400 checks of 05 §3.6, in their documented order. */
  private checkReferences(body: ProductionOrderSettingsRequest, references: SettingsReferences): void {
    const sizes = new Set(references.existingSizeIds);
    const unknownSizes = distinctSorted((body.size_weights ?? []).map((row) => row.size_id).filter((id) => !sizes.has(id)));
    if (unknownSizes.length) throw businessError('unknown_size_ids', 'Unknown size ids in size_weights', 'size_weights.size_id', { invalid_size_ids: unknownSizes });

    const elasticTypes = new Set(references.existingElasticTypeIds);
    const bindings = body.elastic_bindings ?? [];
    const unknownBound = distinctSorted(bindings.map((row) => row.elastic_type_id).filter((id) => !elasticTypes.has(id)));
    if (unknownBound.length) {
      throw businessError('unknown_elastic_type_ids', 'Unknown elastic type ids in elastic_bindings', 'elastic_bindings.elastic_type_id', { invalid_elastic_type_ids: unknownBound });
    }
    const unknownSettings = distinctSorted((body.elastic_type_settings ?? []).map((row) => row.elastic_type_id).filter((id) => !elasticTypes.has(id)));
    if (unknownSettings.length) {
      throw businessError('unknown_elastic_type_ids', 'Unknown elastic type ids in elastic_type_settings', 'elastic_type_settings.elastic_type_id', {
        invalid_elastic_type_ids: unknownSettings,
      });
    }

    const articleColors = new Set(references.articleSkus.map((sku) => sku.colorId));
    const skuById = new Map(references.articleSkus.map((sku) => [sku.id, sku]));
    const outOfScopeColor = bindings.find((row) => row.color_id != null && !articleColors.has(row.color_id));
    if (outOfScopeColor) {
      throw businessError('elastic_binding_color_out_of_article_scope', 'Binding colour has no SKU of the article', 'elastic_bindings.color_id', {
        invalid_color_id: outOfScopeColor.color_id,
      });
    }
    const outOfScopeSku = bindings.find((row) => row.sku_unit_id != null && !skuById.has(row.sku_unit_id));
    if (outOfScopeSku) {
      throw businessError('elastic_binding_sku_out_of_article_scope', 'Binding SKU is not a SKU of the article', 'elastic_bindings.sku_unit_id', {
        invalid_sku_unit_id: outOfScopeSku.sku_unit_id,
      });
    }
    const mismatch = bindings.find((row) => row.sku_unit_id != null && row.color_id != null && skuById.get(row.sku_unit_id)?.colorId !== row.color_id);
    if (mismatch) {
      throw businessError('elastic_binding_sku_color_mismatch', 'Binding colour differs from the colour of its SKU', 'elastic_bindings.color_id', {
        sku_unit_id: mismatch.sku_unit_id,
        requested_color_id: mismatch.color_id,
        sku_color_id: skuById.get(mismatch.sku_unit_id as number)?.colorId,
      });
    }

    const skuPairs = new Set(references.articleSkus.map((sku) => `${sku.colorId}:${sku.sizeId}`));
    const outOfScopeInFlight = (body.in_flight_supply_defaults ?? []).find((row) => !skuPairs.has(`${row.color_id}:${row.size_id}`));
    if (outOfScopeInFlight) {
      throw businessError('in_flight_default_out_of_article_sku_scope', 'No SKU of the article for this colour and size', 'in_flight_supply_defaults', {
        color_id: outOfScopeInFlight.color_id,
        size_id: outOfScopeInFlight.size_id,
      });
    }

    const bundleTypes = new Set(references.existingBundleTypeIds);
    const unknownAssorti = distinctSorted((body.assorti_bundle_type_ids ?? []).filter((id) => !bundleTypes.has(id)));
    if (unknownAssorti.length) {
      throw businessError('unknown_assorti_bundle_type_ids', 'Unknown bundle type ids in assorti_bundle_type_ids', 'assorti_bundle_type_ids', { invalid_bundle_type_ids: unknownAssorti });
    }

    const outOfScopeOverride = (body.fabric_min_batch_overrides ?? []).find((row) => !articleColors.has(row.color_id));
    if (outOfScopeOverride) {
      throw businessError('fabric_override_color_out_of_article_scope', 'Override colour has no SKU of the article', 'fabric_min_batch_overrides.color_id', {
        invalid_color_id: outOfScopeOverride.color_id,
      });
    }
  }

  private columnsToWrite(body: ProductionOrderSettingsRequest): Record<string, unknown> {
    const given = body as unknown as Record<string, unknown>;
    const columns: Record<string, unknown> = {};
    for (const [field, column] of Object.entries(EARLIER_COLUMNS)) columns[column] = given[field] ?? null;
    const assorti = body.assorti_bundle_type_ids ?? [];
    columns.production_order_assorti_bundle_type_ids = assorti.length ? distinctSorted(assorti).join(',') : null;
    for (const [field, column] of Object.entries(NEW_COLUMNS)) if (field in given) columns[column] = given[field];
    if ('lead_time_stage_days' in given) {
      const stages = body.lead_time_stage_days ?? {};
      for (const [stage, column] of Object.entries(STAGE_COLUMNS)) columns[column] = stages[stage as keyof typeof STAGE_COLUMNS] ?? null;
    }
    return columns;
  }

  private async current(articleId: number): Promise<ProductionOrderSettingsResponse> {
    const stored = await this.settings.load(articleId);
    const rows = await this.inputs.loadSettingsRows([articleId]);
    const { policy } = resolvePolicy({ article: rows.articles.get(articleId) ?? null, planningSettings: rows.planningSettings.get(articleId) ?? null, global: rows.global }, null);
    return toResponse(articleId, stored, policy);
  }
}

function parseIdList(text: unknown): number[] {
  if (typeof text !== 'string') return [];
  return distinctSorted(text.split(',').map((part) => Number(part.trim())).filter((id) => Number.isInteger(id) && id >= 1));
}

function toResponse(articleId: number, stored: StoredArticleSettings, policy: ResolvedPolicy): ProductionOrderSettingsResponse {
  const row = stored.row ?? {};
  const value = <T>(column: string): T | null => (row[column] ?? null) as T | null;
  const earlier = Object.fromEntries(Object.entries(EARLIER_COLUMNS).map(([field, column]) => [field, value(column)]));
  return {
    article_id: articleId,
    size_weights: stored.sizeWeights.map((r) => ({ size_id: r.sizeId, weight: r.weight })),
    elastic_bindings: stored.elasticBindings.map((r) => ({ elastic_type_id: r.elasticTypeId, color_id: r.colorId, sku_unit_id: r.skuUnitId, is_active: r.isActive })),
    in_flight_supply_defaults: stored.inFlightDefaults.map((r) => ({ color_id: r.colorId, size_id: r.sizeId, qty: r.qty, eta_days: r.etaDays, stage: r.stage, is_active: r.isActive })),
    assorti_bundle_type_ids: parseIdList(row.production_order_assorti_bundle_type_ids),
    freshness_sales_stale_after_days: earlier.freshness_sales_stale_after_days as number | null,
    freshness_stock_stale_after_days: earlier.freshness_stock_stale_after_days as number | null,
    layer3_stockout_boost_max: earlier.layer3_stockout_boost_max as number | null,
    layer3_overstock_dampen_max: earlier.layer3_overstock_dampen_max as number | null,
    layer5_unavoidable_stockout_risk_threshold: earlier.layer5_unavoidable_stockout_risk_threshold as number | null,
    layer5_accelerate_production_risk_threshold: earlier.layer5_accelerate_production_risk_threshold as number | null,
    production_cost_per_unit: earlier.production_cost_per_unit as number | null,
    logistics_cost_per_unit: earlier.logistics_cost_per_unit as number | null,
    average_realized_price_main: earlier.average_realized_price_main as number | null,
    average_realized_price_assorti: earlier.average_realized_price_assorti as number | null,
    available_capital: earlier.available_capital as number | null,
    wb_commission_percent_main: earlier.wb_commission_percent_main as number | null,
    wb_commission_percent_assorti: earlier.wb_commission_percent_assorti as number | null,
    include_in_planning: value<boolean>('include_in_planning') ?? true,
    priority: value<number>('priority') ?? 0,
    target_coverage_days: value('target_coverage_days'),
    lead_time_days: value('lead_time_days'),
    service_level_percent: value('service_level_percent'),
    lead_time_stage_days: {
      production: value(STAGE_COLUMNS.production),
      china_to_nsk: value(STAGE_COLUMNS.china_to_nsk),
      packaging: value(STAGE_COLUMNS.packaging),
      nsk_to_wb: value(STAGE_COLUMNS.nsk_to_wb),
    },
    review_period_days: value(NEW_COLUMNS.review_period_days),
    safety_stock_method: value(NEW_COLUMNS.safety_stock_method),
    safety_stock_days: value(NEW_COLUMNS.safety_stock_days),
    alert_threshold_days: value(NEW_COLUMNS.alert_threshold_days),
    overstock_cover_days: value(NEW_COLUMNS.overstock_cover_days),
    order_multiple: value(NEW_COLUMNS.order_multiple),
    fabric_min_batch_overrides: stored.fabricOverrides.map((r) => ({ color_id: r.colorId, fabric_min_batch_qty: r.fabricMinBatchQty })),
    elastic_type_settings: stored.elasticTypeSettings.map((r) => ({ elastic_type_id: r.elasticTypeId, elastic_min_batch_qty: r.elasticMinBatchQty })),
    effective_policy: policy as unknown as Record<string, unknown>,
  };
}
