import { Injectable, OnModuleInit } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ROUTE_ACCESS } from '@supply-brain/common';

export class UndeclaredRouteAccessError extends Error {}

/**
 * Refuses to start (in every AUTH_MODE, tests included) while a route declares neither
 * `@RequireRole(...)` nor `@PublicRoute()`: a forgotten decorator must never mean "open".
 */
@Injectable()
export class RouteAccessAudit implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const undeclared = this.undeclaredRoutes();
    if (undeclared.length > 0) {
      throw new UndeclaredRouteAccessError(
        `Every route must declare @RequireRole(...) or @PublicRoute(); these do not:\n  ${undeclared.join('\n  ')}`,
      );
    }
  }

  /** `GET article/:id (ArticleController.get)` for each route handler without an access declaration. */
  undeclaredRoutes(): string[] {
    const undeclared: string[] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: unknown[]) => unknown) | undefined;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      const classPath = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      const classAccess = this.reflector.get(ROUTE_ACCESS, controller);
      for (const methodName of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[methodName] as object;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (path === undefined) continue;
        if (classAccess !== undefined || this.reflector.get(ROUTE_ACCESS, handler as never) !== undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number] ?? 'ALL';
        undeclared.push(`${method} ${[classPath, path].filter((part) => part && part !== '/').join('/') || '/'} (${controller.name}.${methodName})`);
      }
    }
    return undeclared;
  }
}
