import { Module } from '@nestjs/common';
import { DatabasePoolMetrics } from './database-pool.metrics';
import { MetricsController } from './metrics.controller';
import { MetricsPortServer } from './metrics-port.server';

/** GET /metrics (admin key), the optional keyless METRICS_PORT listener, and the DB pool gauges. */
@Module({
  controllers: [MetricsController],
  providers: [DatabasePoolMetrics, MetricsPortServer],
})
export class MetricsHttpModule {}
