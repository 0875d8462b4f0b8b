import { Module } from '@nestjs/common';
import { PurchaseOrdersService } from './application/purchase-orders.service';
import { PurchaseOrdersController } from './http/purchase-orders.controller';
import { PurchaseOrderRepository } from './persistence/purchase-order.repository';

/** Purchase orders: list, read, header and line edits (01 §3.13). */
@Module({
  controllers: [PurchaseOrdersController],
  providers: [PurchaseOrderRepository, PurchaseOrdersService],
})
export class PurchaseOrdersModule {}
