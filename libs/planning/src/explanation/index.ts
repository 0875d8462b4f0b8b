export * from './order-explanation.module';
export * from './application/order-explanation.service';
export type { ArticleOrderExplanation, OrderProposalReason } from './domain/order-explanation';
