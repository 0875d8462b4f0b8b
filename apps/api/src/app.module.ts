import { Module } from '@nestjs/common';
import { AccessModule } from '@supply-brain/access';
import { AppConfigModule, MetricsModule } from '@supply-brain/common';
import { CatalogModule } from '@supply-brain/catalog';
import { DatabaseModule } from '@supply-brain/database';
import { PlanningModule } from '@supply-brain/planning';
import { PlanningCoreModule } from '@supply-brain/planning-core';
import { MonitoringModule } from '@supply-brain/monitoring';
import { SchedulingModule } from '@supply-brain/scheduling';
import { WildberriesModule } from '@supply-brain/wildberries';
import { HealthModule } from './health/health.module';
import { LoggingModule } from './logging/logging.module';
import { MetricsHttpModule } from './metrics/metrics-http.module';
import { RootController } from './root/root.controller';

@Module({
  imports: [AppConfigModule, LoggingModule, MetricsModule, DatabaseModule, AccessModule, MetricsHttpModule, CatalogModule, PlanningModule, PlanningCoreModule, MonitoringModule, SchedulingModule, WildberriesModule, HealthModule],
  controllers: [RootController],
})
export class AppModule {}
