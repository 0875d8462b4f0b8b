import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ErrorResponse, ValidationErrorResponse } from '../errors/error-response.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request breaks a business rule',
  401: 'Missing or unknown API key',
  403: 'The API key’s role is too low',
  404: 'The addressed resource does not exist',
  405: 'Method not allowed on this path',
  409: 'Conflict with the current state (uniqueness, concurrency, still referenced)',
  413: 'Request body too large',
  422: 'Request validation failed',
  500: 'Unexpected failure; `error_id` is logged with the stack trace',
  503: 'Database unavailable',
};

/**
 * Documents an operation's error answers with the shared schemas: 422 with the issue list,
 * everything else `{"detail": …}`. 500 is always added.
 */
export function ApiErrorResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  const all = [...new Set([...statuses, 500])].sort();
  return applyDecorators(
    ...all.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status] ?? 'Error', type: status === 422 ? ValidationErrorResponse : ErrorResponse }),
    ),
  );
}
