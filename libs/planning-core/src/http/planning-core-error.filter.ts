import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { PlanningCoreError } from '../domain';

/**
 * Business errors of Planning Core carry an object `detail` (05 §3.0: `code`, `message`, `field`
 * and per-code keys) instead of the string of the other areas; everything else goes on to the
 * global filter.
 */
@Catch(PlanningCoreError)
export class PlanningCoreErrorFilter implements ExceptionFilter {
  catch(error: PlanningCoreError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    response.status(error.status).json({ detail: error.detail });
  }
}
