import { Module } from '@nestjs/common';
import { WbShipmentsModule } from './shipments';
import { WbImportsModule } from './imports';
import { WbManagerModule } from './manager';

/** Wildberries: data imports, the manager's dashboard and proposal, and the shipment editor. */
@Module({
  imports: [WbShipmentsModule, WbImportsModule, WbManagerModule],
})
export class WildberriesModule {}
