import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '@supply-brain/common';
import type { Request } from 'express';
import { MAX_IMPORT_ROWS, tooManyRowsMessage } from '../domain/import-limits';

/** An import carrying more rows than one request may (413). */
export class TooManyImportRowsError extends DomainError {
  readonly status = 413;
}

/**
 * Refuses an oversized import before its rows are validated one by one: "too large" precedes
 * request validation (conventions §3.1), and validating 10^5+ rows only to refuse them is waste.
 */
@Injectable()
export class ImportRowLimitGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const body: unknown = context.switchToHttp().getRequest<Request>().body;
    const items = typeof body === 'object' && body !== null ? (body as { items?: unknown }).items : undefined;
    if (Array.isArray(items) && items.length > MAX_IMPORT_ROWS) throw new TooManyImportRowsError(tooManyRowsMessage(items.length));
    return true;
  }
}
