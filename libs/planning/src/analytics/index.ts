export * from './planning-analytics.module';
export * from './application/order-proposal.service';
export type { OrderProposal, ProposalLine, ArticleProposalTrace, ColorTrace, LimitingConstraint } from './domain/order-proposal';
