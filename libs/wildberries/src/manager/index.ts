export * from './wb-manager.module';
export { ReplenishmentProposalService } from './application/replenishment-proposal.service';
export type { ReplenishmentProposal, ReplenishmentRequest } from './application/replenishment-proposal.service';
