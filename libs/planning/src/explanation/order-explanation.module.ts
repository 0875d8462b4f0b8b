import { Module } from '@nestjs/common';
import { PlanningAnalyticsModule } from '../analytics/planning-analytics.module';
import { OrderExplanationService } from './application/order-explanation.service';
import { OrderExplanationController } from './http/order-explanation.controller';
import { OrderExplanationRepository } from './persistence/order-explanation.repository';

/** C8 order explanation portfolio (02 §3.7, §4.9). */
@Module({
  imports: [PlanningAnalyticsModule],
  controllers: [OrderExplanationController],
  providers: [OrderExplanationService, OrderExplanationRepository],
  exports: [OrderExplanationService],
})
export class OrderExplanationModule {}
