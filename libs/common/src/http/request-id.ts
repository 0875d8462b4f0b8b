import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'X-Request-Id';

declare module 'express-serve-static-core' {
  interface Request {
    requestId?: string;
  }
}

const VISIBLE_ASCII = /^[\x21-\x7e]{1,200}$/;

/** Echoes the client's X-Request-Id (when sane) or a new UUID; it doubles as the 5xx `error_id`. */
export function requestIdMiddleware(request: Request, response: Response, next: NextFunction): void {
  const sent = request.header(REQUEST_ID_HEADER);
  request.requestId = sent && VISIBLE_ASCII.test(sent) ? sent : randomUUID();
  response.setHeader(REQUEST_ID_HEADER, request.requestId);
  next();
}
