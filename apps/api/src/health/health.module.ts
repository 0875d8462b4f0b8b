import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TerminusModule } from '@nestjs/terminus';
import { ContributedReadinessChecks } from './contributed-readiness-checks';
import { HealthController } from './health.controller';
import { MigrationsHealthIndicator } from './migrations.health-indicator';

/**
 * GET /health/live and GET /health/ready. Readiness covers the database and the migrations, plus
 * whatever other modules contribute with `@ReadinessCheck(name)` from `@supply-brain/common`.
 */
@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), DiscoveryModule],
  controllers: [HealthController],
  providers: [MigrationsHealthIndicator, ContributedReadinessChecks],
})
export class HealthModule {}
