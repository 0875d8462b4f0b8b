import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

export const HEALTH_CHECK_STATUSES = ['ok', 'error', 'shutting_down'] as const;
export const HEALTH_INDICATOR_STATUSES = ['up', 'down'] as const;

/** One checked component; indicators may add further details beside `status`. */
export class HealthIndicatorState {
  @ApiProperty({ enum: HEALTH_INDICATOR_STATUSES, enumName: 'HealthIndicatorStatus' })
  status: (typeof HEALTH_INDICATOR_STATUSES)[number];

  @ApiPropertyOptional({ description: 'Why the component is down', example: 'timeout of 1500ms exceeded' })
  message?: string;
}

const COMPONENT_MAP = {
  type: 'object',
  additionalProperties: { $ref: getSchemaPath(HealthIndicatorState) },
  example: { database: { status: 'up' } },
} as const;

/** The report of GET /health/live and GET /health/ready, the same on 200 and 503. */
@ApiExtraModels(HealthIndicatorState)
export class HealthCheckResponse {
  @ApiProperty({ enum: HEALTH_CHECK_STATUSES, enumName: 'HealthCheckStatus' })
  status: (typeof HEALTH_CHECK_STATUSES)[number];

  @ApiProperty({ ...COMPONENT_MAP, description: 'Components that are up' })
  info: Record<string, HealthIndicatorState>;

  @ApiProperty({ ...COMPONENT_MAP, description: 'Components that are down' })
  error: Record<string, HealthIndicatorState>;

  @ApiProperty({ ...COMPONENT_MAP, description: 'Every checked component' })
  details: Record<string, HealthIndicatorState>;
}
