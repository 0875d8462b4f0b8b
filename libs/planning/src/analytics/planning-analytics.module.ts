import { Module } from '@nestjs/common';
import { BundleStockService } from './application/bundle-stock.service';
import { DemandService } from './application/demand.service';
import { OrderProposalService } from './application/order-proposal.service';
import { BundleStockController } from './http/bundle-stock.controller';
import { DemandProposalController } from './http/demand-proposal.controller';
import { BundleStockRepository } from './persistence/bundle-stock.repository';
import { DemandRepository } from './persistence/demand.repository';
import { OrderProposalRepository } from './persistence/order-proposal.repository';

/** Planning read models: demand, order proposal, bundle availability/deficit, article bundle snapshot (02). */
@Module({
  controllers: [DemandProposalController, BundleStockController],
  providers: [
    DemandService,
    OrderProposalService,
    BundleStockService,
    DemandRepository,
    OrderProposalRepository,
    BundleStockRepository,
  ],
  exports: [OrderProposalService],
})
export class PlanningAnalyticsModule {}
