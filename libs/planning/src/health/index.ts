export * from './planning-health.module';
export * from './application/planning-health.service';
export type { ArticleHealth } from './domain/planning-health';
