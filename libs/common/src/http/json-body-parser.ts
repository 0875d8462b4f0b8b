import { json } from 'express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** A body-parser failure, kept as its own class so it reaches the exception filter with its `type`. */
export class RequestBodyError extends Error {
  readonly type: string;
  readonly status: number;
  /** The raw text for a parse failure, so the 422 can say where it broke. */
  readonly body?: string;

  constructor(cause: { type?: string; status?: number; message?: string; body?: string }) {
    super(cause.message ?? 'Invalid request body');
    this.name = 'RequestBodyError';
    this.type = cause.type ?? 'entity.invalid';
    this.status = cause.status ?? 400;
    this.body = cause.body;
  }
}

/**
 * JSON bodies up to `limitBytes`. `strict: false` lets a scalar body reach validation, which
 * answers it with a 422 like any other wrong shape.
 */
export function jsonBodyParser(limitBytes: number): RequestHandler {
  const parse = json({ limit: limitBytes, strict: false, type: ['application/json', 'application/*+json'] });
  return (request: Request, response: Response, next: NextFunction) =>
    parse(request, response, (error?: unknown) => next(error ? new RequestBodyError(error as RequestBodyError) : undefined));
}
