import { Controller, Get, Header, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckResult, HealthCheckService, HealthIndicatorFunction, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { ApiErrorResponses, PublicRoute } from '@supply-brain/common';
import { ContributedReadinessChecks } from './contributed-readiness-checks';
import { HealthCheckResponse } from './health-check.response';
import { MigrationsHealthIndicator } from './migrations.health-indicator';

/** Each dependency check gives up after this long, so a hung database answers 503 quickly. */
export const READINESS_CHECK_TIMEOUT_MS = 1500;

/** Probes for administrators and orchestrators, outside the API prefix. */
@ApiTags('health')
@PublicRoute()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly dataSource: DataSource,
    private readonly migrations: MigrationsHealthIndicator,
    private readonly contributed: ContributedReadinessChecks,
  ) {}

  @Get('live')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ operationId: 'getLiveness', summary: 'The process is running; checks no dependency' })
  @ApiOkResponse({ type: HealthCheckResponse, description: 'Alive' })
  @ApiServiceUnavailableResponse({ type: HealthCheckResponse, description: 'Shutting down' })
  @ApiErrorResponses()
  live(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.report(response, [async () => this.indicators.check('process').up()]);
  }

  @Get('ready')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Ready for traffic: the database answers a ping and every migration is applied',
  })
  @ApiOkResponse({ type: HealthCheckResponse, description: 'Every component is up' })
  @ApiServiceUnavailableResponse({ type: HealthCheckResponse, description: 'A component is down, or the process is shutting down' })
  @ApiErrorResponses()
  ready(@Res({ passthrough: true }) response: Response): Promise<HealthCheckResult> {
    return this.report(response, [
      () => this.database.pingCheck('database', { connection: this.dataSource, timeout: READINESS_CHECK_TIMEOUT_MS }),
      () => this.migrations.isHealthy('migrations', READINESS_CHECK_TIMEOUT_MS),
      ...this.contributed.asHealthIndicators(READINESS_CHECK_TIMEOUT_MS),
    ]);
  }

  /** Terminus signals "down" with a 503 exception; the report itself is the answer's body. */
  private async report(response: Response, checks: HealthIndicatorFunction[]): Promise<HealthCheckResult> {
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
