import { ApiExtension } from '@nestjs/swagger';

/** Operation extension read (and removed) when the OpenAPI document is built. */
export const TRAILING_SLASH_EXTENSION = 'x-declared-with-trailing-slash';

/**
 * Documents the route with one trailing slash (`/api/v1/article/`), the form the original declared
 * for collections (conventions §1). Routing is unaffected: both forms are served either way.
 */
export function DeclaredWithTrailingSlash(): MethodDecorator {
  return ApiExtension(TRAILING_SLASH_EXTENSION, true);
}
