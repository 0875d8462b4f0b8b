import { Global, Module } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { LoggerModule } from 'nestjs-pino';
import { storage, Store } from 'nestjs-pino/storage';
// Resets nestjs-pino's process-wide fallback logger, so each app (tests start several) logs to its own.
import { __resetOutOfContextForTests as resetOutOfContextLogger } from 'nestjs-pino/PinoLogger';
import type { DestinationStream, Logger as PinoLoggerInstance } from 'pino';
import { AppConfig } from '@supply-brain/common';
import { createRootLogger } from './root-logger';

/** Where log lines go; null means stdout. Tests override it to capture the lines. */
export const LOG_DESTINATION = Symbol('LOG_DESTINATION');
export const ROOT_LOGGER = Symbol('ROOT_LOGGER');

@Global()
@Module({
  providers: [
    { provide: LOG_DESTINATION, useValue: null },
    {
      provide: ROOT_LOGGER,
      inject: [AppConfig, LOG_DESTINATION],
      useFactory: (config: AppConfig, destination: DestinationStream | null) =>
        createRootLogger({ level: config.get('LOG_LEVEL'), format: config.get('LOG_FORMAT'), destination }),
    },
  ],
  exports: [ROOT_LOGGER, LOG_DESTINATION],
})
class RootLoggerModule {}

/** Binds pino-http's request logger for nestjs-pino, so module logs during a request carry its request id. */
export function requestLoggerContext(request: Request, _response: Response, next: NextFunction): void {
  storage.run(new Store(request.log), next);
}

/**
 * Structured logs: nestjs-pino's Logger for Nest and module logs; the per-request line comes
 * from pino-http, installed by `configureApp` in front of everything else so even a 413 or a 404
 * is logged.
 */
@Module({
  imports: [
    RootLoggerModule,
    LoggerModule.forRootAsync({
      inject: [ROOT_LOGGER],
      useFactory: (root: PinoLoggerInstance) => {
        resetOutOfContextLogger();
        // No Nest middleware (forRoutes: []): a catch-all route would hide 405s; configureApp binds the request logger.
        return { pinoHttp: { logger: root }, useExisting: true, forRoutes: [] };
      },
    }),
  ],
  exports: [RootLoggerModule],
})
export class LoggingModule {}
