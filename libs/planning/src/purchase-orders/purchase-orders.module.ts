import { Module } from '@nestjs/common';
import { PlanningAnalyticsModule } from '../analytics';
import { PurchaseOrderFromProposalService } from './application/purchase-order-from-proposal.service';
import { PurchaseOrdersService } from './application/purchase-orders.service';
import { StoredRunConversion } from './application/stored-run-conversion';
import { PurchaseOrdersController } from './http/purchase-orders.controller';
import { PurchaseOrderRepository } from './persistence/purchase-order.repository';
import { StoredRunRepository } from './persistence/stored-run.repository';

/** Purchase orders: creation from the order proposal or a stored Planning Core run, list, read, header and line edits (01 §3.13, 05 §3.10). */
@Module({
  imports: [PlanningAnalyticsModule],
  controllers: [PurchaseOrdersController],
  providers: [PurchaseOrderRepository, StoredRunRepository, PurchaseOrdersService, PurchaseOrderFromProposalService, StoredRunConversion],
})
export class PurchaseOrdersModule {}
