import { Module } from '@nestjs/common';
import { PlanningAnalyticsModule } from '../analytics';
import { PurchaseOrderFromProposalService } from './application/purchase-order-from-proposal.service';
import { PurchaseOrdersService } from './application/purchase-orders.service';
import { PurchaseOrdersController } from './http/purchase-orders.controller';
import { PurchaseOrderRepository } from './persistence/purchase-order.repository';

/** Purchase orders: creation from the order proposal, list, read, header and line edits (01 §3.13). */
@Module({
  imports: [PlanningAnalyticsModule],
  controllers: [PurchaseOrdersController],
  providers: [PurchaseOrderRepository, PurchaseOrdersService, PurchaseOrderFromProposalService],
})
export class PurchaseOrdersModule {}
