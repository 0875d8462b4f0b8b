import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** System-wide planning defaults: a single row, always read as the one with the lowest id. */
@Entity({ name: 'global_planning_settings' })
export class GlobalPlanningSettings {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'default_target_coverage_days', type: 'integer', default: 60 })
  defaultTargetCoverageDays: number;

  @Column({ name: 'default_lead_time_days', type: 'integer', default: 70 })
  defaultLeadTimeDays: number;

  @Column({ name: 'default_service_level_percent', type: 'integer', default: 90 })
  defaultServiceLevelPercent: number;

  @Column({ name: 'default_fabric_min_batch_qty', type: 'integer', default: 7000 })
  defaultFabricMinBatchQty: number;

  @Column({ name: 'default_elastic_min_batch_qty', type: 'integer', default: 3000 })
  defaultElasticMinBatchQty: number;

  // Planning Core defaults (05 §2.3); null = not set, the built-in default applies.
  @Column({ name: 'default_production_order_assorti_bundle_type_ids', type: 'text', nullable: true })
  defaultProductionOrderAssortiBundleTypeIds: string | null;

  @Column({ name: 'default_production_order_layer3_stockout_boost_max', type: 'double precision', nullable: true })
  defaultProductionOrderLayer3StockoutBoostMax: number | null;

  @Column({ name: 'default_production_order_layer3_overstock_dampen_max', type: 'double precision', nullable: true })
  defaultProductionOrderLayer3OverstockDampenMax: number | null;

  /** The name PostgreSQL keeps (63 bytes) of `…_layer5_unavoidable_stockout_risk_threshold`. */
  @Column({ name: 'default_production_order_layer5_unavoidable_stockout_risk_thres', type: 'double precision', nullable: true })
  defaultProductionOrderLayer5UnavoidableStockoutRiskThreshold: number | null;

  /** The name PostgreSQL keeps (63 bytes) of `…_layer5_accelerate_production_risk_threshold`. */
  @Column({ name: 'default_production_order_layer5_accelerate_production_risk_thre', type: 'double precision', nullable: true })
  defaultProductionOrderLayer5AccelerateProductionRiskThreshold: number | null;

  @Column({ name: 'default_production_order_production_cost_per_unit', type: 'double precision', nullable: true })
  defaultProductionOrderProductionCostPerUnit: number | null;

  @Column({ name: 'default_production_order_logistics_cost_per_unit', type: 'double precision', nullable: true })
  defaultProductionOrderLogisticsCostPerUnit: number | null;

  @Column({ name: 'default_production_order_wb_commission_percent_main', type: 'double precision', nullable: true })
  defaultProductionOrderWbCommissionPercentMain: number | null;

  @Column({ name: 'default_production_order_wb_commission_percent_assorti', type: 'double precision', nullable: true })
  defaultProductionOrderWbCommissionPercentAssorti: number | null;

  @Column({ name: 'default_production_order_average_realized_price_main', type: 'double precision', nullable: true })
  defaultProductionOrderAverageRealizedPriceMain: number | null;

  @Column({ name: 'default_production_order_average_realized_price_assorti', type: 'double precision', nullable: true })
  defaultProductionOrderAverageRealizedPriceAssorti: number | null;

  @Column({ name: 'default_production_order_available_capital', type: 'double precision', nullable: true })
  defaultProductionOrderAvailableCapital: number | null;

  @Column({ name: 'default_production_order_lead_time_production_days', type: 'integer', nullable: true })
  defaultProductionOrderLeadTimeProductionDays: number | null;

  @Column({ name: 'default_production_order_lead_time_china_to_nsk_days', type: 'integer', nullable: true })
  defaultProductionOrderLeadTimeChinaToNskDays: number | null;

  @Column({ name: 'default_production_order_lead_time_packaging_days', type: 'integer', nullable: true })
  defaultProductionOrderLeadTimePackagingDays: number | null;

  @Column({ name: 'default_production_order_lead_time_nsk_to_wb_days', type: 'integer', nullable: true })
  defaultProductionOrderLeadTimeNskToWbDays: number | null;

  @Column({ name: 'default_production_order_review_period_days', type: 'integer', nullable: true })
  defaultProductionOrderReviewPeriodDays: number | null;

  @Column({ name: 'default_production_order_safety_stock_method', type: 'varchar', length: 20, nullable: true })
  defaultProductionOrderSafetyStockMethod: string | null;

  @Column({ name: 'default_production_order_safety_stock_days', type: 'integer', nullable: true })
  defaultProductionOrderSafetyStockDays: number | null;

  @Column({ name: 'default_production_order_alert_threshold_days', type: 'integer', nullable: true })
  defaultProductionOrderAlertThresholdDays: number | null;

  @Column({ name: 'default_production_order_overstock_cover_days', type: 'integer', nullable: true })
  defaultProductionOrderOverstockCoverDays: number | null;

  @Column({ name: 'default_production_order_order_multiple', type: 'integer', nullable: true })
  defaultProductionOrderOrderMultiple: number | null;
}
