import { ArgumentsHost, Catch, ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { StoredRunConversionError } from '../domain/stored-run-errors';

/**
 * Stored-run conversion errors answer with the object `detail` of Planning Core (05 §3.0:
 * `code`, `message`, `field`, ids); everything else goes on to the global filter.
 */
@Catch(StoredRunConversionError)
export class StoredRunErrorFilter implements ExceptionFilter {
  catch(error: StoredRunConversionError, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (response.headersSent) return;
    response.status(error.status).json({ detail: error.detail });
  }
}
