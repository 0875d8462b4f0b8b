import { Module } from '@nestjs/common';
import { PlanningPortfolioModule } from '../portfolio/planning-portfolio.module';
import { PlanningHealthService } from './application/planning-health.service';
import { PlanningHealthController } from './http/planning-health.controller';
import { PlanningHealthRepository } from './persistence/planning-health.repository';

/** Planning health portfolio (C9) and article dashboard (C10), derived from bundle risk and order explanations (02 §4.10, §4.11). */
@Module({
  imports: [PlanningPortfolioModule],
  controllers: [PlanningHealthController],
  providers: [PlanningHealthService, PlanningHealthRepository],
  exports: [PlanningHealthService],
})
export class PlanningHealthModule {}
