import { Module } from '@nestjs/common';
import { PlanningPortfolioModule } from '../portfolio/planning-portfolio.module';
import { OrderExplanationService } from './application/order-explanation.service';
import { OrderExplanationController } from './http/order-explanation.controller';

/** C8 order explanation portfolio (02 §3.7, §4.9). */
@Module({
  imports: [PlanningPortfolioModule],
  controllers: [OrderExplanationController],
  providers: [OrderExplanationService],
  exports: [OrderExplanationService],
})
export class OrderExplanationModule {}
