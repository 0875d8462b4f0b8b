import { Module } from '@nestjs/common';

/** Wildberries: data imports, the manager's dashboard and proposal, and the shipment editor. */
@Module({
  imports: [],
})
export class WildberriesModule {}
