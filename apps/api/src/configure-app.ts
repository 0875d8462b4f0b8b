import { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Server } from 'node:http';
import { Logger } from 'nestjs-pino';
import type { Logger as PinoLoggerInstance } from 'pino';
import {
  AllExceptionsFilter,
  API_KEY_HEADER,
  AppConfig,
  AppMetrics,
  byteSizeOf,
  httpMetricsMiddleware,
  jsonBodyParser,
  RequestValidationPipe,
  requestContextMiddleware,
  requestIdMiddleware,
  REQUEST_ID_HEADER,
} from '@supply-brain/common';
import { ReadTimeoutInterceptor } from './http/read-timeout.interceptor';
import { corsOrigins, securityHeaders } from './http/security-headers';
import { requestLoggerContext, ROOT_LOGGER } from './logging/logging.module';
import { requestLogger } from './logging/root-logger';
import { setupOpenApi } from './openapi/setup-openapi';

export const API_PREFIX = 'api/v1';

/** Routes served outside the API prefix (conventions §1): the banner, the health probes and the metrics. */
export const ROUTES_OUTSIDE_PREFIX = ['/', 'health/live', 'health/ready', 'health/scheduler', 'metrics'];

/** Routes that receive whole exports and accept bodies up to IMPORT_BODY_LIMIT instead of BODY_LIMIT. */
export const IMPORT_ROUTES = [`/${API_PREFIX}/wb/sales-daily/import`, `/${API_PREFIX}/wb/stock/import`, `/${API_PREFIX}/wb/article-mapping/import`];

/** Options every instance is created with; the JSON parser is installed by `configureApp`. */
export const APP_OPTIONS: NestApplicationOptions = { bodyParser: false, bufferLogs: true };

/**
 * The production HTTP pipeline, shared by `main.ts`, the e2e tests and scripts, so tests
 * exercise exactly what runs in production. Order: request id → request log and metrics (so
 * every answer, 404 and 413 included, is counted) → security headers and CORS → body parser
 * (413) → route → access guard (401/403) → validation (422) → handler.
 */
export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  const config = app.get(AppConfig);
  app.useLogger(app.get(Logger));
  app.flushLogs();
  express.disable('x-powered-by');
  express.use(requestIdMiddleware);
  express.use(requestContextMiddleware);
  express.use(requestLogger(app.get<PinoLoggerInstance>(ROOT_LOGGER)));
  express.use(requestLoggerContext);
  express.use(httpMetricsMiddleware(app.get(AppMetrics)));
  express.use(securityHeaders());
  express.enableCors({
    origin: corsOrigins(config.get('CORS_ORIGINS')),
    allowedHeaders: ['Authorization', API_KEY_HEADER, 'Content-Type', 'Idempotency-Key', 'If-Unmodified-Since', REQUEST_ID_HEADER],
    exposedHeaders: [REQUEST_ID_HEADER],
    maxAge: 600,
  });
  express.use(IMPORT_ROUTES, jsonBodyParser(byteSizeOf(config.get('IMPORT_BODY_LIMIT'))));
  express.use(jsonBodyParser(byteSizeOf(config.get('BODY_LIMIT'))));
  (app.getHttpServer() as Server).requestTimeout = Math.max(config.get('REQUEST_TIMEOUT_MS'), 1000);
  app.setGlobalPrefix(API_PREFIX, { exclude: ROUTES_OUTSIDE_PREFIX });
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalInterceptors(new ReadTimeoutInterceptor(config.get('REQUEST_TIMEOUT_MS')));
  app.useGlobalFilters(new AllExceptionsFilter(app.get(HttpAdapterHost)));
  // On SIGTERM/SIGINT: stop accepting, finish in-flight requests, close the pool, then exit 0.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  setupOpenApi(app);
  return app;
}
