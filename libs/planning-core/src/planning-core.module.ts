import { Module } from '@nestjs/common';
import { ProposalService } from './application/proposal.service';
import { ProposalController } from './http/proposal.controller';
import { PlanningInputsRepository } from './persistence/planning-inputs.repository';

/** Planning Core v1 (05): production-order proposals, their settings and NSC bundle stock. */
@Module({
  controllers: [ProposalController],
  providers: [ProposalService, PlanningInputsRepository],
  exports: [ProposalService, PlanningInputsRepository],
})
export class PlanningCoreModule {}
