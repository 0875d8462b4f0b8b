export * from './planning-portfolio.module';
export * from './application/planning-portfolio.service';
export type { OrderExplanationPortfolio } from './domain/planning-portfolio';
