import { AsyncLocalStorage } from 'node:async_hooks';
import type { NextFunction, Request, Response } from 'express';

/** What the code running for one request may need to know about it without being handed the request. */
export interface RequestContext {
  requestId: string;
  /** The authenticated API key (set by the access guard); undefined when anonymous or auth is disabled. */
  caller?: { keyId: number; name: string; role: string };
}

const storage = new AsyncLocalStorage<RequestContext>();

/** The context of the request being served, if any (scheduled jobs and scripts have none). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** Opens the request's context; installed right after the request id middleware. */
export function requestContextMiddleware(request: Request, _response: Response, next: NextFunction): void {
  storage.run({ requestId: request.requestId ?? 'unknown' }, next);
}
