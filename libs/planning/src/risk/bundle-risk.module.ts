import { Module } from '@nestjs/common';
import { PlanningAnalyticsModule } from '../analytics/planning-analytics.module';
import { BundleRiskService } from './application/bundle-risk.service';
import { BundleRiskController } from './http/bundle-risk.controller';
import { BundleRiskRepository } from './persistence/bundle-risk.repository';

/** Bundle risk classification and portfolio (02 C7), built on the article bundle snapshots (C5). */
@Module({
  imports: [PlanningAnalyticsModule],
  controllers: [BundleRiskController],
  providers: [BundleRiskService, BundleRiskRepository],
  exports: [BundleRiskService],
})
export class BundleRiskModule {}
