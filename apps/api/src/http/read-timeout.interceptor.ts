import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import { catchError, Observable, throwError, timeout, TimeoutError } from 'rxjs';
import type { Request } from 'express';
import { ServiceUnavailableError } from '@supply-brain/common';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * A read still running after REQUEST_TIMEOUT_MS answers 503 (conventions §3). Writes are not cut
 * off: answering 503 while their transaction may still commit would lie to the client.
 */
@Injectable()
export class ReadTimeoutInterceptor implements NestInterceptor {
  constructor(private readonly timeoutMs: number) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || !SAFE_METHODS.has(context.switchToHttp().getRequest<Request>().method)) return next.handle();
    return next.handle().pipe(
      timeout(this.timeoutMs),
      catchError((error: unknown) => throwError(() => (error instanceof TimeoutError ? new ServiceUnavailableError() : error))),
    );
  }
}
