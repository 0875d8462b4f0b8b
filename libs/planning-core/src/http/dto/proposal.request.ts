import { BooleanField, DateField, EnumField, IntField } from '@supply-brain/common';
import { ExplainabilityMode, FreshnessMode } from '../../domain';
import { IdListField, NumberMapField, ObjectField, ObjectListField } from './nested-fields';
import { BundleDemandInput, BundleStockInput, InFlightSupplyInput, PlanningOverridesInput } from './planning-inputs.dto';

/** Fields shared by both proposal bodies (05 §3.3, §3.4). */
class ProposalRequestCommon {
  @IntField({ required: true, min: 1 })
  article_id: number;

  @IntField({ min: 1, max: 365, description: 'Projection length P = max(this, L + R + T); default 90' })
  planning_horizon_days?: number;

  @EnumField(['full', 'compact'], 'ExplainabilityMode', { description: 'compact nulls explanation.meta.sku_projection and meta.assorti; default full' })
  explainability_mode?: ExplainabilityMode;

  @DateField({ nullable: true, description: 'Day 0 of the projection; default today in PLANNING_TIME_ZONE' })
  as_of_date?: string | null;

  @ObjectListField(InFlightSupplyInput, { maxItems: 10_000, description: 'Pieces already ordered; replaces the stored in-flight defaults when non-empty' })
  in_flight_supply?: InFlightSupplyInput[];

  @NumberMapField({ idKeys: true, greaterThan: 0, maxKeys: 100, description: 'size_id → raw weight (> 0); replaces the stored size weights when non-empty' })
  size_weights?: Record<string, number>;

  @ObjectField(PlanningOverridesInput, { nullable: true })
  overrides?: PlanningOverridesInput | null;

  @BooleanField({ description: 'Default true: the run is stored and readable by its proposal_id; false: nothing is written and proposal_id is null' })
  persist?: boolean;
}

/** `ProductionOrderProposalRequest` (05 §3.3). */
export class ProductionOrderProposalRequest extends ProposalRequestCommon {
  @ObjectListField(BundleDemandInput, { required: true, minItems: 1, maxItems: 50, uniqueBy: ['bundle_type_id'], description: 'Defines the planned bundle types' })
  bundle_daily_sales: BundleDemandInput[];

  @ObjectListField(BundleStockInput, { maxItems: 50, uniqueBy: ['bundle_type_id'], description: 'Ready bundles per type; entries of non-planned types are ignored' })
  bundle_stock?: BundleStockInput[];
}

/** `ProductionOrderProposalFromWbRequest` (05 §3.4). */
export class ProductionOrderProposalFromWbRequest extends ProposalRequestCommon {
  @IntField({ min: 1, max: 365, description: 'Sales window W in days; default 30' })
  observation_window_days?: number;

  @EnumField(['warn', 'strict'], 'FreshnessMode', { description: 'Default warn' })
  freshness_mode?: FreshnessMode;

  @IntField({ nullable: true, min: 0, max: 3650 })
  freshness_sales_stale_after_days?: number | null;

  @IntField({ nullable: true, min: 0, max: 3650 })
  freshness_stock_stale_after_days?: number | null;

  @IdListField({ description: 'Planned bundle types; empty = every WB-mapped type of the article' })
  bundle_type_ids?: number[];

  @ObjectListField(BundleStockInput, { maxItems: 50, uniqueBy: ['bundle_type_id'], description: 'local_qty replaces the stored NSC bundles, in_transit_to_wb_qty adds bundles in transit; wb_qty is ignored' })
  bundle_stock?: BundleStockInput[];
}
