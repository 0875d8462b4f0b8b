import { Module } from '@nestjs/common';

/** Planning analytics (demand, proposals, bundles, risk, health) and purchase orders. */
@Module({
  imports: [],
})
export class PlanningModule {}
