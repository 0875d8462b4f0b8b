export * from './planning-analytics.module';
export * from './application/order-proposal.service';
export type { OrderProposal, ProposalLine, ArticleProposalTrace, ColorTrace, LimitingConstraint } from './domain/order-proposal';
export * from './application/article-snapshot.service';
export type { ArticleBundleSnapshot, BundleCoverage } from './domain/article-snapshot';
export type { SalesWindow } from './domain/sales-rate';
export * from './application/portfolio-inputs.loader';
