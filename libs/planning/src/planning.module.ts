import { Module } from '@nestjs/common';
import { PlanningAnalyticsModule } from './analytics/planning-analytics.module';
import { PurchaseOrdersModule } from './purchase-orders/purchase-orders.module';

/** Planning analytics (demand, proposals, bundles, risk, health) and purchase orders. */
@Module({
  imports: [PlanningAnalyticsModule, PurchaseOrdersModule],
})
export class PlanningModule {}
