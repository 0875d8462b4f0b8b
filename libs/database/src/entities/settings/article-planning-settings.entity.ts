import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Per-article planning overrides (0..1 per article); only `target_coverage_days` feeds calculations. */
@Entity({ name: 'article_planning_settings' })
export class ArticlePlanningSettings {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer', unique: true })
  articleId: number;

  @Column({ name: 'include_in_planning', type: 'boolean', default: true })
  includeInPlanning: boolean;

  @Column({ type: 'integer', default: 0 })
  priority: number;

  @Column({ name: 'target_coverage_days', type: 'integer', nullable: true })
  targetCoverageDays: number | null;

  @Column({ name: 'lead_time_days', type: 'integer', nullable: true })
  leadTimeDays: number | null;

  @Column({ name: 'service_level_percent', type: 'integer', nullable: true })
  serviceLevelPercent: number | null;

  // Planning Core (05 §2.2); null = not set here, the next source applies.
  /** Freshness threshold of WB sales in days (0…3650). */
  @Column({ name: 'production_order_freshness_sales_stale_after_days', type: 'integer', nullable: true })
  productionOrderFreshnessSalesStaleAfterDays: number | null;

  /** Freshness threshold of WB stock in days (0…3650). */
  @Column({ name: 'production_order_freshness_stock_stale_after_days', type: 'integer', nullable: true })
  productionOrderFreshnessStockStaleAfterDays: number | null;

  /** Assorti bundle type ids, ascending and comma-separated (`"3,7"`). */
  @Column({ name: 'production_order_assorti_bundle_type_ids', type: 'text', nullable: true })
  productionOrderAssortiBundleTypeIds: string | null;

  @Column({ name: 'production_order_layer3_stockout_boost_max', type: 'double precision', nullable: true })
  productionOrderLayer3StockoutBoostMax: number | null;

  @Column({ name: 'production_order_layer3_overstock_dampen_max', type: 'double precision', nullable: true })
  productionOrderLayer3OverstockDampenMax: number | null;

  @Column({ name: 'production_order_layer5_unavoidable_stockout_risk_threshold', type: 'double precision', nullable: true })
  productionOrderLayer5UnavoidableStockoutRiskThreshold: number | null;

  @Column({ name: 'production_order_layer5_accelerate_production_risk_threshold', type: 'double precision', nullable: true })
  productionOrderLayer5AccelerateProductionRiskThreshold: number | null;

  @Column({ name: 'production_order_production_cost_per_unit', type: 'double precision', nullable: true })
  productionOrderProductionCostPerUnit: number | null;

  @Column({ name: 'production_order_logistics_cost_per_unit', type: 'double precision', nullable: true })
  productionOrderLogisticsCostPerUnit: number | null;

  @Column({ name: 'production_order_wb_commission_percent_main', type: 'double precision', nullable: true })
  productionOrderWbCommissionPercentMain: number | null;

  @Column({ name: 'production_order_wb_commission_percent_assorti', type: 'double precision', nullable: true })
  productionOrderWbCommissionPercentAssorti: number | null;

  @Column({ name: 'production_order_average_realized_price_main', type: 'double precision', nullable: true })
  productionOrderAverageRealizedPriceMain: number | null;

  @Column({ name: 'production_order_average_realized_price_assorti', type: 'double precision', nullable: true })
  productionOrderAverageRealizedPriceAssorti: number | null;

  @Column({ name: 'production_order_available_capital', type: 'double precision', nullable: true })
  productionOrderAvailableCapital: number | null;

  @Column({ name: 'production_order_lead_time_production_days', type: 'integer', nullable: true })
  productionOrderLeadTimeProductionDays: number | null;

  @Column({ name: 'production_order_lead_time_china_to_nsk_days', type: 'integer', nullable: true })
  productionOrderLeadTimeChinaToNskDays: number | null;

  @Column({ name: 'production_order_lead_time_packaging_days', type: 'integer', nullable: true })
  productionOrderLeadTimePackagingDays: number | null;

  @Column({ name: 'production_order_lead_time_nsk_to_wb_days', type: 'integer', nullable: true })
  productionOrderLeadTimeNskToWbDays: number | null;

  @Column({ name: 'production_order_review_period_days', type: 'integer', nullable: true })
  productionOrderReviewPeriodDays: number | null;

  /** `days` | `service_level`. */
  @Column({ name: 'production_order_safety_stock_method', type: 'varchar', length: 20, nullable: true })
  productionOrderSafetyStockMethod: string | null;

  @Column({ name: 'production_order_safety_stock_days', type: 'integer', nullable: true })
  productionOrderSafetyStockDays: number | null;

  @Column({ name: 'production_order_alert_threshold_days', type: 'integer', nullable: true })
  productionOrderAlertThresholdDays: number | null;

  @Column({ name: 'production_order_overstock_cover_days', type: 'integer', nullable: true })
  productionOrderOverstockCoverDays: number | null;

  @Column({ name: 'production_order_order_multiple', type: 'integer', nullable: true })
  productionOrderOrderMultiple: number | null;
}
