import { Module } from '@nestjs/common';
import { DemandService } from './application/demand.service';
import { OrderProposalService } from './application/order-proposal.service';
import { DemandProposalController } from './http/demand-proposal.controller';
import { DemandRepository } from './persistence/demand.repository';
import { OrderProposalRepository } from './persistence/order-proposal.repository';

/** Planning read models: demand, order proposal, bundle availability/deficit, article bundle snapshot (02). */
@Module({
  controllers: [DemandProposalController],
  providers: [DemandService, OrderProposalService, DemandRepository, OrderProposalRepository],
  exports: [OrderProposalService],
})
export class PlanningAnalyticsModule {}
