export * from './bundle-risk.module';
export * from './application/bundle-risk.service';
export type { BundleRiskEntry } from './domain/bundle-risk';
export { RISK_LEVELS, RISK_SEVERITY } from './domain/risk-level';
export type { RiskLevel, RiskThresholds } from './domain/risk-level';
export { QueryArticleIds, ArticleIdsQuery } from './http/dto/article-ids.query';
