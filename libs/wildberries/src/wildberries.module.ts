import { Module } from '@nestjs/common';
import { WbShipmentsModule } from './shipments';
import { WbImportsModule } from './imports';

/** Wildberries: data imports, the manager's dashboard and proposal, and the shipment editor. */
@Module({
  imports: [WbShipmentsModule, WbImportsModule],
})
export class WildberriesModule {}
