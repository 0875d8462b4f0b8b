export * from './domain';
export * from './planning-core.module';
export { ProposalService } from './application/proposal.service';
export { PlanningInputsRepository } from './persistence/planning-inputs.repository';
export { ProposalRunsRepository } from './persistence/proposal-runs.repository';
export type {
  PortfolioRunRow,
  ProposalRunRow,
  ProposalLineRow,
  ProposalSummaryRow,
  ProposalListFilter,
  StoredRunResponse,
} from './persistence/proposal-runs.repository';
export { freshProposalResponse, proposalRunRows } from './application/proposal-run-record';
export type { ProposalRunIdentity } from './application/proposal-run-record';
