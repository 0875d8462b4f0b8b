import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { AppConfig, currentRequestContext, Role, ROUTE_ACCESS, roleSatisfies, RouteAccess } from '@supply-brain/common';
import { ApiKeysService } from '../application/api-keys.service';
import { AuthenticatedKey } from '../domain/api-key';
import { presentedApiKey } from '../domain/api-key-secret';
import { INVALID_KEY, MISSING_KEY, NotAuthenticatedError, RoleTooLowError } from './access-errors';

declare module 'express-serve-static-core' {
  interface Request {
    /** The key that authenticated this request (for logs and auditing); never the secret. */
    apiKey?: AuthenticatedKey;
  }
}

/**
 * The global guard: every route declares `@PublicRoute()` or `@RequireRole(...)` (checked at
 * start-up); a missing, unknown or revoked key is a 401, a role too low a 403. Runs after body
 * parsing (413 first) and before validation (422 after), as conventions §3.1 orders them.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly required: boolean;

  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    config: AppConfig,
  ) {
    this.required = config.get('AUTH_MODE') === 'required';
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    // An undeclared route cannot start the app; should one slip through, it is treated as admin-only.
    const access = this.reflector.getAllAndOverride<RouteAccess | undefined>(ROUTE_ACCESS, [context.getHandler(), context.getClass()]) ?? {
      kind: 'role',
      role: Role.Admin,
    };
    if (access.kind === 'public' || !this.required) return true;

    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const secret = presentedApiKey(request.headers as Record<string, string>);
    const key = secret === undefined ? null : await this.keys.authenticate(secret);
    if (!key) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer');
      throw new NotAuthenticatedError(secret === undefined ? MISSING_KEY : INVALID_KEY);
    }
    request.apiKey = key;
    const requestContext = currentRequestContext();
    if (requestContext) requestContext.caller = { keyId: key.id, name: key.name, role: key.role };
    if (!roleSatisfies(key.role, access.role)) throw new RoleTooLowError(access.role);
    return true;
  }
}
