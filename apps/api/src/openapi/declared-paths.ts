import type { OpenAPIObject, PathItemObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { TRAILING_SLASH_EXTENSION } from '@supply-brain/common';

const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/**
 * Moves operations marked `@DeclaredWithTrailingSlash()` to the path with one trailing slash, as
 * the original declared them; Nest itself always reports paths without one. Path order is kept.
 */
export function applyDeclaredTrailingSlashes(document: OpenAPIObject): OpenAPIObject {
  const paths: Record<string, PathItemObject> = {};
  for (const [path, item] of Object.entries(document.paths)) {
    const [plain, slashed] = splitByMarker(item);
    if (Object.keys(plain).length > 0 || Object.keys(slashed).length === 0) paths[path] = { ...paths[path], ...plain };
    if (Object.keys(slashed).length > 0) {
      const declared = path.endsWith('/') ? path : `${path}/`;
      paths[declared] = { ...paths[declared], ...slashed };
    }
  }
  return { ...document, paths };
}

function splitByMarker(item: PathItemObject): [PathItemObject, PathItemObject] {
  const plain: PathItemObject = {};
  const slashed: PathItemObject = {};
  for (const [key, value] of Object.entries(item) as Array<[keyof PathItemObject, unknown]>) {
    const isOperation = (OPERATION_METHODS as readonly string[]).includes(key);
    const operation = value as Record<string, unknown>;
    if (isOperation && operation[TRAILING_SLASH_EXTENSION] === true) {
      const { [TRAILING_SLASH_EXTENSION]: _marker, ...rest } = operation;
      Object.assign(slashed, { [key]: rest });
    } else {
      Object.assign(plain, { [key]: value });
    }
  }
  return [plain, slashed];
}
