import { Global, Module } from '@nestjs/common';
import { AppMetrics } from './app-metrics';

/** Makes `AppMetrics` injectable everywhere; the app imports it once. */
@Global()
@Module({ providers: [AppMetrics], exports: [AppMetrics] })
export class MetricsModule {}
