import { Module } from '@nestjs/common';
import { PlanningAnalyticsModule } from './analytics/planning-analytics.module';
import { PurchaseOrdersModule } from './purchase-orders/purchase-orders.module';
import { BundleRiskModule } from './risk/bundle-risk.module';
import { OrderExplanationModule } from './explanation/order-explanation.module';
import { PlanningHealthModule } from './health/planning-health.module';

/** Planning analytics (demand, proposals, bundles, risk, health) and purchase orders. */
@Module({
  imports: [PlanningAnalyticsModule, PurchaseOrdersModule, BundleRiskModule, OrderExplanationModule, PlanningHealthModule],
})
export class PlanningModule {}
