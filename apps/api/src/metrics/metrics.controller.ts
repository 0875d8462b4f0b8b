import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { AppMetrics, RequireRole, Role } from '@supply-brain/common';

/**
 * Prometheus exposition; admin only on the API port (or keyless on METRICS_PORT). Left out of the
 * OpenAPI document: it is an operations endpoint in Prometheus' text format, not part of the API.
 */
@ApiExcludeController()
@RequireRole(Role.Admin)
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: AppMetrics) {}

  @Get()
  @Header('Cache-Control', 'no-store')
  async metricsText(@Res() response: Response): Promise<void> {
    const { contentType, body } = await this.metrics.render();
    response.type(contentType).send(body);
  }
}
