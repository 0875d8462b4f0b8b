import { Module } from '@nestjs/common';
import { PlanningAnalyticsModule } from '../analytics/planning-analytics.module';
import { PlanningPortfolioService } from './application/planning-portfolio.service';

/** Bundle risk and order explanations of a selection computed from one bulk load (02 §6.4). */
@Module({
  imports: [PlanningAnalyticsModule],
  providers: [PlanningPortfolioService],
  exports: [PlanningPortfolioService],
})
export class PlanningPortfolioModule {}
