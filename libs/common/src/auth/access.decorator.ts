import { SetMetadata } from '@nestjs/common';

/** Who may call a route. Each role includes the ones before it: reader < planner < admin. */
export enum Role {
  Reader = 'reader',
  Planner = 'planner',
  Admin = 'admin',
}

export type RouteAccess = { kind: 'public' } | { kind: 'role'; role: Role };

export const ROUTE_ACCESS = 'supply-brain:route-access';

/** The lowest role that may call the route (on a controller class or a single handler; the handler wins). */
export const RequireRole = (role: Role) => SetMetadata(ROUTE_ACCESS, { kind: 'role', role } satisfies RouteAccess);

/** Reachable without an API key: liveness, readiness, the API root and its documentation only. */
export const PublicRoute = () => SetMetadata(ROUTE_ACCESS, { kind: 'public' } satisfies RouteAccess);
