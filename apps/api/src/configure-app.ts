import { INestApplication, NestApplicationOptions } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import {
  AllExceptionsFilter,
  AppConfig,
  jsonBodyParser,
  logLevelsUpTo,
  RequestValidationPipe,
  requestIdMiddleware,
} from '@supply-brain/common';
import { setupOpenApi } from './openapi/setup-openapi';

export const API_PREFIX = 'api/v1';

/** Routes served outside the API prefix (conventions §1): the banner and the health probes. */
export const ROUTES_OUTSIDE_PREFIX = ['/', 'health/live', 'health/ready'];

/** Options every instance is created with; the JSON parser is installed by `configureApp`. */
export const APP_OPTIONS: NestApplicationOptions = { bodyParser: false, bufferLogs: true };

/**
 * The production HTTP pipeline, shared by `main.ts`, the e2e tests and scripts, so tests
 * exercise exactly what runs in production.
 */
export function configureApp(app: INestApplication): INestApplication {
  const express = app as NestExpressApplication;
  const config = app.get(AppConfig);
  app.useLogger(logLevelsUpTo(config.get('LOG_LEVEL')));
  app.flushLogs();
  express.disable('x-powered-by');
  express.use(requestIdMiddleware);
  express.use(jsonBodyParser(config.get('BODY_LIMIT_BYTES')));
  app.setGlobalPrefix(API_PREFIX, { exclude: ROUTES_OUTSIDE_PREFIX });
  app.useGlobalPipes(new RequestValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter(app.get(HttpAdapterHost)));
  // On SIGTERM/SIGINT: stop accepting, finish in-flight requests, close the pool, then exit 0.
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  setupOpenApi(app);
  return app;
}
