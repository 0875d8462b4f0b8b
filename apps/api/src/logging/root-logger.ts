import type { Request, Response } from 'express';
import pino, { DestinationStream, Logger as PinoLoggerInstance } from 'pino';
import { pinoHttp } from 'pino-http';
import pretty from 'pino-pretty';
import type { LogFormat, LogLevelName } from '@supply-brain/common';
import { routePattern } from '@supply-brain/common';

/** Nest's level names on pino's. */
const PINO_LEVELS: Record<LogLevelName, pino.Level> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * Paths censored in every log line, whoever logs the object: credentials in headers and any
 * token-like field (integration tokens, API keys).
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'headers.authorization',
  'headers["x-api-key"]',
  'authorization',
  'api_token',
  'apiToken',
  'token',
  'key',
  'secret',
  '*.api_token',
  '*.apiToken',
  '*.token',
  '*.secret',
  '*.authorization',
  '*["x-api-key"]',
];

export interface RootLoggerOptions {
  level: LogLevelName;
  format: LogFormat;
  /** Where lines go; stdout when absent (tests pass a capture stream). */
  destination?: DestinationStream | null;
}

/** The process's one pino logger: JSON lines by default, coloured lines with LOG_FORMAT=pretty. */
export function createRootLogger(options: RootLoggerOptions): PinoLoggerInstance {
  const target = options.destination ?? pino.destination({ dest: 1, sync: true });
  const stream = options.format === 'pretty' ? pretty({ colorize: true, sync: true, destination: target as never }) : target;
  return pino(
    {
      level: PINO_LEVELS[options.level],
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
    },
    stream,
  );
}

/** The fields of the one line logged per request; the key's name, never the key. */
function requestLine(request: Request, response: Response, durationMs: number): Record<string, unknown> {
  return {
    method: request.method,
    route: routePattern(request),
    path: request.originalUrl.split('?')[0],
    status: response.statusCode,
    duration_ms: durationMs,
    key_name: request.apiKey?.name ?? null,
  };
}

/** pino-http: one line per request when its answer is sent, bound to the request id. */
export function requestLogger(root: PinoLoggerInstance) {
  return pinoHttp({
    logger: root,
    genReqId: (request) => (request as Request).requestId ?? 'unknown',
    customAttributeKeys: { reqId: 'request_id' },
    quietReqLogger: true,
    quietResLogger: true,
    customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : 'info'),
    customSuccessObject: (request, response, value: { responseTime: number }) => requestLine(request as Request, response as Response, value.responseTime),
    customErrorObject: (request, response, _error, value: { responseTime: number }) => requestLine(request as Request, response as Response, value.responseTime),
    customSuccessMessage: (request, response) => `${request.method} ${routePattern(request as Request)} ${response.statusCode}`,
    customErrorMessage: (request, response) => `${request.method} ${routePattern(request as Request)} ${response.statusCode}`,
  });
}
