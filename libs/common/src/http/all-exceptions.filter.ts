import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Application, Request, Response } from 'express';
import { translateDatabaseError } from '../errors/database-error-translator';
import { DomainError, UnprocessableError } from '../errors/domain-errors';
import { isDatabaseUnavailableError } from '../errors/postgres-errors';
import { allowedMethodsFor } from './allowed-methods';
import { jsonErrorOffset } from './json-error-offset';

interface BodyParserError {
  type?: string;
  status?: number;
  body?: string;
  message?: string;
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Request Entity Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
};

/**
 * The single place where failures become HTTP answers: `{"detail": …}` for 4xx, the 422 issue list
 * for validation, and `{"detail":"Internal Server Error","error_id"}` for anything unexpected,
 * logged once with its stack under the same id.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    if (response.headersSent) return;
    const [status, body] = this.answerFor(exception, request, response);
    response.status(status).json(body);
  }

  private answerFor(exception: unknown, request: Request, response: Response): [number, unknown] {
    if (exception instanceof UnprocessableError) return [422, { detail: exception.issues }];
    if (exception instanceof DomainError) {
      if (exception.status >= 500) this.logger.error(`${request.method} ${request.originalUrl} → ${exception.status} [${request.requestId}]`);
      return [exception.status, { detail: exception.detail }];
    }

    const bodyParserAnswer = this.bodyParserAnswer(exception as BodyParserError);
    if (bodyParserAnswer) return bodyParserAnswer;

    if (exception instanceof NotFoundException && this.isRouteMiss(exception)) {
      const app = this.adapterHost.httpAdapter.getInstance<Application>();
      const allowed = allowedMethodsFor(app, request.path);
      if (allowed.length > 0) {
        response.setHeader('Allow', allowed.join(', '));
        return [405, { detail: 'Method Not Allowed' }];
      }
      return [404, { detail: 'Not Found' }];
    }

    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      if (status < 500) {
        const payload = exception.getResponse();
        const detail = typeof payload === 'object' && payload !== null && 'detail' in payload ? (payload as { detail: unknown }).detail : STATUS_TEXT[status] ?? exception.message;
        return [status, { detail }];
      }
    }

    const translated = translateDatabaseError(exception);
    if (translated instanceof UnprocessableError) return [422, { detail: translated.issues }];
    if (translated) return [translated.status, { detail: translated.detail }];

    if (isDatabaseUnavailableError(exception)) {
      this.logger.error(`${request.method} ${request.originalUrl} → 503 [${request.requestId}]: ${describe(exception)}`);
      return [HttpStatus.SERVICE_UNAVAILABLE, { detail: 'Service Unavailable' }];
    }

    const errorId = request.requestId ?? 'unknown';
    this.logger.error(
      `${request.method} ${request.originalUrl} → 500 error_id=${errorId}`,
      exception instanceof Error ? exception.stack : describe(exception),
    );
    return [HttpStatus.INTERNAL_SERVER_ERROR, { detail: 'Internal Server Error', error_id: errorId }];
  }

  private isRouteMiss(exception: NotFoundException): boolean {
    return /^Cannot [A-Z]+ /.test(exception.message);
  }

  /** Errors raised by the JSON body parser before any route runs. */
  private bodyParserAnswer(error: BodyParserError): [number, unknown] | undefined {
    if (error === null || typeof error !== 'object' || typeof error.type !== 'string') return undefined;
    switch (error.type) {
      case 'entity.parse.failed': {
        const offset = Math.max(0, jsonErrorOffset(error.body ?? ''));
        return [422, { detail: [{ type: 'json_invalid', loc: ['body', offset], msg: 'JSON decode error', input: {} }] }];
      }
      case 'entity.too.large':
        return [413, { detail: 'Request body too large' }];
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return [415, { detail: 'Unsupported Media Type' }];
      default:
        return error.status && error.status < 500 ? [error.status, { detail: STATUS_TEXT[error.status] ?? 'Bad Request' }] : undefined;
    }
  }
}

function describe(value: unknown): string {
  return value instanceof Error ? value.message : String(value);
}
