import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { AppMetrics } from './app-metrics';

/** The route pattern a request matched, or `unmatched` (404s, body errors) to keep label cardinality bounded. */
export function routePattern(request: Request): string {
  const route = (request as Request & { route?: { path?: unknown } }).route;
  return typeof route?.path === 'string' ? `${request.baseUrl}${route.path}` : 'unmatched';
}

/** Observes every request's duration once the answer is sent. */
export function httpMetricsMiddleware(metrics: AppMetrics): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const startedAt = process.hrtime.bigint();
    response.once('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
      metrics.httpRequest(request.method, routePattern(request), response.statusCode, durationMs);
    });
    next();
  };
}
