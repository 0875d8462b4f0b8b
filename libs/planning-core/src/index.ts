export * from './domain';
export * from './planning-core.module';
export { ProposalService } from './application/proposal.service';
export { PlanningInputsRepository } from './persistence/planning-inputs.repository';
