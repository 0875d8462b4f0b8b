import type { LogLevel } from '@nestjs/common';
import type { LogLevelName } from './environment';

const ORDER: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** `LOG_LEVEL=warn` → fatal, error and warn. */
export function logLevelsUpTo(level: LogLevelName): LogLevel[] {
  return ORDER.slice(0, ORDER.indexOf(level) + 1);
}
