import { Module } from '@nestjs/common';
import { PlanningPortfolioModule } from '../portfolio/planning-portfolio.module';
import { BundleRiskService } from './application/bundle-risk.service';
import { BundleRiskController } from './http/bundle-risk.controller';

/** Bundle risk classification and portfolio (02 C7), built on the article bundle snapshots (C5). */
@Module({
  imports: [PlanningPortfolioModule],
  controllers: [BundleRiskController],
  providers: [BundleRiskService],
  exports: [BundleRiskService],
})
export class BundleRiskModule {}
