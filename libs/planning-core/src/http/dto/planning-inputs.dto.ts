import { BooleanField, EnumField, IntField, NumberField } from '@supply-brain/common';
import { CapitalGovernanceMode, SafetyStockMethod, Stage, STAGES } from '../../domain';
import { FieldRule, NumberMapField, ObjectField } from './nested-fields';

/** Shared request objects of 05 §3.2. */

export class BundleDemandInput {
  @IntField({ required: true, min: 1 })
  bundle_type_id: number;

  @NumberField({ required: true, description: 'Bundles per day, ≥ 0' })
  @FieldRule('nonNegative', 'daily_sales must be ≥ 0', (v) => typeof v !== 'number' || v >= 0)
  daily_sales: number;

  @NumberField({ nullable: true, description: 'Daily standard deviation (bundles); used by the service-level method' })
  @FieldRule('nonNegative', 'daily_sales_std_dev must be ≥ 0', (v) => typeof v !== 'number' || v >= 0)
  daily_sales_std_dev?: number | null;
}

export class BundleStockInput {
  @IntField({ required: true, min: 1 })
  bundle_type_id: number;

  @IntField({ min: 0, description: 'Bundles on WB (ignored by from-WB: read from wb_stock)' })
  wb_qty?: number;

  @IntField({ min: 0, description: 'Assembled bundles at NSC' })
  local_qty?: number;

  @IntField({ min: 0, description: 'Bundles shipped NSC → WB, not yet on WB' })
  in_transit_to_wb_qty?: number;
}

export class InFlightSupplyInput {
  @IntField({ required: true, min: 1 })
  article_id: number;

  @IntField({ required: true, min: 1 })
  color_id: number;

  @IntField({ required: true, min: 1 })
  size_id: number;

  @IntField({ required: true, min: 1, description: 'Pieces' })
  qty: number;

  @IntField({ required: true, min: 0, description: 'Days after the as-of date' })
  eta_days: number;

  @EnumField(STAGES, 'ProductionStage', { description: 'Default `other`' })
  stage?: Stage;
}

const stageDays = () => IntField({ nullable: true, min: 0, max: 365 });

export class LeadTimeDaysInput {
  @stageDays()
  production?: number | null;

  @stageDays()
  china_to_nsk?: number | null;

  @stageDays()
  packaging?: number | null;

  @stageDays()
  nsk_to_wb?: number | null;
}

const isYield = (v: unknown) => typeof v === 'number' && v > 0 && v <= 1;
const stageYield = () => (target: object, key: string | symbol) => {
  NumberField({ nullable: true, description: 'In (0, 1]; null = 1.0' })(target, key);
  FieldRule('yieldRange', 'stage yield must be in (0, 1]', isYield)(target, key);
};

export class StageYieldInput {
  @stageYield()
  production?: number | null;

  @stageYield()
  china_to_nsk?: number | null;

  @stageYield()
  packaging?: number | null;

  @stageYield()
  nsk_to_wb?: number | null;

  @stageYield()
  other?: number | null;
}

const share = (description?: string) => (target: object, key: string | symbol) => {
  NumberField({ nullable: true, description })(target, key);
  FieldRule('shareRange', `${String(key)} must be between 0 and 1`, (v) => typeof v === 'number' && v >= 0 && v <= 1)(target, key);
};
const money = (description?: string) => (target: object, key: string | symbol) => {
  NumberField({ nullable: true, description })(target, key);
  FieldRule('nonNegative', `${String(key)} must be ≥ 0`, (v) => typeof v !== 'number' || v >= 0)(target, key);
};
const ignored = 'Accepted and ignored by v1 (warning deprecated_field_ignored)';

/** `PlanningOverridesInput`: every field optional; null or absent = not overridden. */
export class PlanningOverridesInput {
  @IntField({ nullable: true, min: 1, max: 365 })
  target_coverage_days?: number | null;

  @IntField({ nullable: true, min: 1, max: 100 })
  service_level_percent?: number | null;

  @IntField({ nullable: true, min: 1, max: 365 })
  alert_threshold_days?: number | null;

  @ObjectField(LeadTimeDaysInput, { nullable: true, description: 'Per stage' })
  lead_time_days?: LeadTimeDaysInput | null;

  @IntField({ nullable: true, min: 0 })
  fabric_min_batch_qty_default?: number | null;

  @IntField({ nullable: true, min: 0 })
  elastic_min_batch_qty_default?: number | null;

  @NumberMapField({ nullable: true, maxKeys: 500, integerValues: true, minValue: 0, description: 'Pantone key (or COLOR-<id>) → minimum; 0 = none' })
  fabric_min_batch_qty_by_pantone?: Record<string, number> | null;

  @NumberMapField({ nullable: true, idKeys: true, integerValues: true, minValue: 0, description: 'Elastic type id → minimum' })
  elastic_min_batch_qty_by_type?: Record<string, number> | null;

  @IntField({ nullable: true, min: 1, max: 90 })
  review_period_days?: number | null;

  @EnumField(['days', 'service_level'], 'SafetyStockMethod', { nullable: true })
  safety_stock_method?: SafetyStockMethod | null;

  @IntField({ nullable: true, min: 0, max: 365 })
  safety_stock_days?: number | null;

  @IntField({ nullable: true, min: 1, max: 730 })
  overstock_cover_days?: number | null;

  @IntField({ nullable: true, min: 1, max: 10000 })
  order_multiple?: number | null;

  @ObjectField(StageYieldInput, { nullable: true })
  stage_yield?: StageYieldInput | null;

  @money('Money per piece')
  production_cost_per_unit?: number | null;

  @money('Money per piece')
  logistics_cost_per_unit?: number | null;

  @share('Accepted, not used by v1')
  wb_commission_percent_main?: number | null;

  @share('Accepted, not used by v1')
  wb_commission_percent_assorti?: number | null;

  @money('Accepted, not used by v1')
  average_realized_price_main?: number | null;

  @money('Accepted, not used by v1')
  average_realized_price_assorti?: number | null;

  @money('Budget; 0 is a real budget of zero')
  available_capital?: number | null;

  @EnumField(['unconstrained', 'strict', 'safe_default'], 'CapitalGovernanceMode', { nullable: true, description: 'Default `unconstrained`' })
  capital_governance_mode?: CapitalGovernanceMode | null;

  @BooleanField({ nullable: true, description: 'Default true; false → the order action is order_minimum_only' })
  allow_order_with_buffer?: boolean | null;

  @share(ignored)
  layer2_capital_cost_rate?: number | null;

  @share(ignored)
  layer2_stockout_penalty_weight?: number | null;

  @share(ignored)
  layer2_overstock_penalty_weight?: number | null;

  @share(ignored)
  layer3_stockout_boost_max?: number | null;

  @share(ignored)
  layer3_overstock_dampen_max?: number | null;

  @share(ignored)
  layer5_unavoidable_stockout_risk_threshold?: number | null;

  @share(ignored)
  @FieldRule(
    'acceleratedAboveUnavoidable',
    'layer5_accelerate_production_risk_threshold must be ≥ layer5_unavoidable_stockout_risk_threshold',
    (v, o) => typeof o.layer5_unavoidable_stockout_risk_threshold !== 'number' || (v as number) >= o.layer5_unavoidable_stockout_risk_threshold,
  )
  layer5_accelerate_production_risk_threshold?: number | null;

  @share(ignored)
  layer5_accelerate_action_cost_rate?: number | null;

  @share(ignored)
  layer5_price_slowdown_lost_volume_rate?: number | null;

  @share(ignored)
  layer5_reduce_order_marginal_profit_rate?: number | null;
}
