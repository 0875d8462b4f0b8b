import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiResponse, ApiSecurity } from '@nestjs/swagger';
import { ErrorResponse } from '../errors/error-response.dto';

/** Who may call a route. Each role includes the ones before it: reader < planner < admin. */
export enum Role {
  Reader = 'reader',
  Planner = 'planner',
  Admin = 'admin',
}

export const ROLES_IN_ORDER: readonly Role[] = [Role.Reader, Role.Planner, Role.Admin];

/** True when a key of role `held` may call a route that requires `required`. */
export function roleSatisfies(held: Role, required: Role): boolean {
  return ROLES_IN_ORDER.indexOf(held) >= ROLES_IN_ORDER.indexOf(required);
}

export type RouteAccess = { kind: 'public' } | { kind: 'role'; role: Role };

export const ROUTE_ACCESS = 'supply-brain:route-access';

/** OpenAPI names of the two ways to send a key: `Authorization: Bearer <key>` and `X-API-Key: <key>`. */
export const BEARER_SECURITY = 'bearer';
export const API_KEY_SECURITY = 'api-key';
export const API_KEY_HEADER = 'X-API-Key';

/**
 * The lowest role that may call the route (on a controller class or a single handler; the handler
 * wins). Also documents the key requirement and the 401/403 answers in OpenAPI.
 */
export const RequireRole = (role: Role) =>
  applyDecorators(
    SetMetadata(ROUTE_ACCESS, { kind: 'role', role } satisfies RouteAccess),
    ApiBearerAuth(BEARER_SECURITY),
    ApiSecurity(API_KEY_SECURITY),
    ApiResponse({ status: 401, description: 'Missing, unknown or revoked API key', type: ErrorResponse }),
    ApiResponse({ status: 403, description: `The API key’s role is too low (requires ${role})`, type: ErrorResponse }),
  );

/** Reachable without an API key: liveness, readiness, the API root and its documentation only. */
export const PublicRoute = () => SetMetadata(ROUTE_ACCESS, { kind: 'public' } satisfies RouteAccess);
