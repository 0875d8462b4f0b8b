import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, EnumField, IntField, NumberField } from '@supply-brain/common';
import { Stage, STAGES } from '../../domain';
import { FieldRule, IdListField, ObjectField, ObjectListField } from './nested-fields';
import { LeadTimeDaysInput } from './planning-inputs.dto';

/** Request and response objects of GET/PUT …/production-order/settings/{article_id} (05 §3.6). */

export class SizeWeightSetting {
  @IntField({ required: true, min: 1 })
  size_id: number;

  @NumberField({ required: true, greaterThan: 0 })
  weight: number;
}

export class ElasticBindingSetting {
  @FieldRule('colorOrSku', 'one of color_id and sku_unit_id is required', (_v, o) => o.color_id != null || o.sku_unit_id != null)
  @IntField({ required: true, min: 1 })
  elastic_type_id: number;

  @IntField({ nullable: true, min: 1 })
  color_id?: number | null;

  @IntField({ nullable: true, min: 1 })
  sku_unit_id?: number | null;

  @BooleanField({ description: 'Default true' })
  is_active?: boolean;
}

export class InFlightDefaultSetting {
  @IntField({ required: true, min: 1 })
  color_id: number;

  @IntField({ required: true, min: 1 })
  size_id: number;

  @IntField({ required: true, min: 0, description: 'Pieces' })
  qty: number;

  @IntField({ required: true, min: 0, description: 'Days after each run’s as-of date' })
  eta_days: number;

  @EnumField(STAGES, 'ProductionStage', { description: 'Default `other`' })
  stage?: Stage;

  @BooleanField({ description: 'Default true' })
  is_active?: boolean;
}

export class FabricMinOverride {
  @IntField({ required: true, min: 1 })
  color_id: number;

  @IntField({ required: true, min: 1, max: 1_000_000 })
  fabric_min_batch_qty: number;
}

export class ElasticTypeSetting {
  @IntField({ required: true, min: 1 })
  elastic_type_id: number;

  @IntField({ nullable: true, min: 1, max: 1_000_000 })
  elastic_min_batch_qty?: number | null;
}

const nonNegative = (v: unknown) => typeof v !== 'number' || v >= 0;
const unitShare = (v: unknown) => typeof v !== 'number' || (v >= 0 && v <= 1);
const money = () => (target: object, key: string | symbol) => {
  NumberField({ nullable: true })(target, key);
  FieldRule('nonNegative', `${String(key)} must be ≥ 0`, nonNegative)(target, key);
};
const share = () => (target: object, key: string | symbol) => {
  NumberField({ nullable: true })(target, key);
  FieldRule('shareRange', `${String(key)} must be between 0 and 1`, unitShare)(target, key);
};

/**
 * PUT body. Earlier fields (lists, freshness, layer, cost and price fields): absent means the
 * default, so they are replaced wholesale. New fields: absent = unchanged, present = replaced,
 * `null` clears (05 §3.6).
 */
export class ProductionOrderSettingsRequest {
  @ObjectListField(SizeWeightSetting, { maxItems: 100, uniqueBy: ['size_id'] })
  size_weights?: SizeWeightSetting[];

  @ObjectListField(ElasticBindingSetting, { maxItems: 500, uniqueBy: ['elastic_type_id', 'color_id', 'sku_unit_id'] })
  elastic_bindings?: ElasticBindingSetting[];

  @ObjectListField(InFlightDefaultSetting, { maxItems: 1000, uniqueBy: ['color_id', 'size_id', 'stage', 'eta_days'] })
  in_flight_supply_defaults?: InFlightDefaultSetting[];

  @IdListField({ maxItems: 50 })
  assorti_bundle_type_ids?: number[];

  @IntField({ nullable: true, min: 0, max: 3650 })
  freshness_sales_stale_after_days?: number | null;

  @IntField({ nullable: true, min: 0, max: 3650 })
  freshness_stock_stale_after_days?: number | null;

  @share()
  layer3_stockout_boost_max?: number | null;

  @share()
  layer3_overstock_dampen_max?: number | null;

  @share()
  layer5_unavoidable_stockout_risk_threshold?: number | null;

  @share()
  @FieldRule(
    'acceleratedAboveUnavoidable',
    'layer5_accelerate_production_risk_threshold must be ≥ layer5_unavoidable_stockout_risk_threshold',
    (v, o) => typeof v !== 'number' || typeof o.layer5_unavoidable_stockout_risk_threshold !== 'number' || v >= o.layer5_unavoidable_stockout_risk_threshold,
  )
  layer5_accelerate_production_risk_threshold?: number | null;

  @money()
  production_cost_per_unit?: number | null;

  @money()
  logistics_cost_per_unit?: number | null;

  @money()
  average_realized_price_main?: number | null;

  @money()
  average_realized_price_assorti?: number | null;

  @money()
  available_capital?: number | null;

  @share()
  wb_commission_percent_main?: number | null;

  @share()
  wb_commission_percent_assorti?: number | null;

  @BooleanField()
  include_in_planning?: boolean;

  @IntField({ min: -1000, max: 1000 })
  priority?: number;

  @IntField({ nullable: true, min: 1, max: 365 })
  target_coverage_days?: number | null;

  @IntField({ nullable: true, min: 0, max: 1460, description: 'Stored total; the production stage is derived from it when not set' })
  lead_time_days?: number | null;

  @IntField({ nullable: true, min: 1, max: 100 })
  service_level_percent?: number | null;

  @ObjectField(LeadTimeDaysInput, { nullable: true, description: 'The four stage columns; null clears all four' })
  lead_time_stage_days?: LeadTimeDaysInput | null;

  @IntField({ nullable: true, min: 1, max: 90 })
  review_period_days?: number | null;

  @EnumField(['days', 'service_level'], 'SafetyStockMethod', { nullable: true })
  safety_stock_method?: 'days' | 'service_level' | null;

  @IntField({ nullable: true, min: 0, max: 365 })
  safety_stock_days?: number | null;

  @IntField({ nullable: true, min: 1, max: 365 })
  alert_threshold_days?: number | null;

  @IntField({ nullable: true, min: 1, max: 730 })
  overstock_cover_days?: number | null;

  @IntField({ nullable: true, min: 1, max: 10000 })
  order_multiple?: number | null;

  @ObjectListField(FabricMinOverride, { maxItems: 200, uniqueBy: ['color_id'] })
  fabric_min_batch_overrides?: FabricMinOverride[];

  @ObjectListField(ElasticTypeSetting, { maxItems: 50, uniqueBy: ['elastic_type_id'] })
  elastic_type_settings?: ElasticTypeSetting[];
}

const nullableNumber = () => ApiProperty({ type: 'number', nullable: true });
const nullableInt = () => ApiProperty({ type: 'integer', nullable: true });

class LeadTimeStageDays {
  @nullableInt() production: number | null;
  @nullableInt() china_to_nsk: number | null;
  @nullableInt() packaging: number | null;
  @nullableInt() nsk_to_wb: number | null;
}

/** GET/PUT answer: the stored settings plus the policy they resolve to without request overrides. */
export class ProductionOrderSettingsResponse {
  @ApiProperty({ type: 'integer' }) article_id: number;
  @ApiProperty({ type: [SizeWeightSetting] }) size_weights: SizeWeightSetting[];
  @ApiProperty({ type: [ElasticBindingSetting] }) elastic_bindings: ElasticBindingSetting[];
  @ApiProperty({ type: [InFlightDefaultSetting] }) in_flight_supply_defaults: InFlightDefaultSetting[];
  @ApiProperty({ type: 'integer', isArray: true }) assorti_bundle_type_ids: number[];
  @nullableInt() freshness_sales_stale_after_days: number | null;
  @nullableInt() freshness_stock_stale_after_days: number | null;
  @nullableNumber() layer3_stockout_boost_max: number | null;
  @nullableNumber() layer3_overstock_dampen_max: number | null;
  @nullableNumber() layer5_unavoidable_stockout_risk_threshold: number | null;
  @nullableNumber() layer5_accelerate_production_risk_threshold: number | null;
  @nullableNumber() production_cost_per_unit: number | null;
  @nullableNumber() logistics_cost_per_unit: number | null;
  @nullableNumber() average_realized_price_main: number | null;
  @nullableNumber() average_realized_price_assorti: number | null;
  @nullableNumber() available_capital: number | null;
  @nullableNumber() wb_commission_percent_main: number | null;
  @nullableNumber() wb_commission_percent_assorti: number | null;
  @ApiProperty() include_in_planning: boolean;
  @ApiProperty({ type: 'integer' }) priority: number;
  @nullableInt() target_coverage_days: number | null;
  @nullableInt() lead_time_days: number | null;
  @nullableInt() service_level_percent: number | null;
  @ApiProperty({ type: LeadTimeStageDays }) lead_time_stage_days: LeadTimeStageDays;
  @nullableInt() review_period_days: number | null;
  @ApiProperty({ enum: ['days', 'service_level'], enumName: 'SafetyStockMethod', nullable: true }) safety_stock_method: string | null;
  @nullableInt() safety_stock_days: number | null;
  @nullableInt() alert_threshold_days: number | null;
  @nullableInt() overstock_cover_days: number | null;
  @nullableInt() order_multiple: number | null;
  @ApiProperty({ type: [FabricMinOverride] }) fabric_min_batch_overrides: FabricMinOverride[];
  @ApiProperty({ type: [ElasticTypeSetting] }) elastic_type_settings: ElasticTypeSetting[];
  @ApiProperty({ type: 'object', additionalProperties: true, description: '{policy_field: {value, source}} resolved without request overrides' })
  effective_policy: Record<string, unknown>;
}
