import type { NextFunction, Request, RequestHandler, Response } from 'express';
import helmet from 'helmet';

/**
 * helmet's defaults on every answer; the Swagger UI pages get them without a Content Security
 * Policy, which would block the UI's inline bootstrap.
 */
export function securityHeaders(): RequestHandler {
  const api = helmet();
  const docs = helmet({ contentSecurityPolicy: false });
  return (request: Request, response: Response, next: NextFunction) => (request.path.startsWith('/docs') ? docs : api)(request, response, next);
}

/** `CORS_ORIGINS`: comma-separated origins, `*` for any; unset or empty allows none. */
export function corsOrigins(setting: string | undefined): string[] | boolean {
  const origins = (setting ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== '');
  if (origins.includes('*')) return true;
  return origins.length > 0 ? origins : false;
}
