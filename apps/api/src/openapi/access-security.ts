import type { DocumentBuilder, OpenAPIObject } from '@nestjs/swagger';
import { API_KEY_HEADER, API_KEY_SECURITY, BEARER_SECURITY } from '@supply-brain/common';

const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The two ways to present a key, declared once in `components.securitySchemes`. */
export function withAccessSecuritySchemes(builder: DocumentBuilder): DocumentBuilder {
  return builder
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'API key', description: 'An API key: `Authorization: Bearer <key>`' }, BEARER_SECURITY)
    .addApiKey({ type: 'apiKey', in: 'header', name: API_KEY_HEADER, description: 'The same API key in its own header' }, API_KEY_SECURITY);
}

/**
 * A handler's `@RequireRole` repeats its controller's security entries; each secured operation
 * gets the two alternatives exactly once (either header will do).
 */
export function normalizeOperationSecurity(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const method of OPERATION_METHODS) {
      const operation = (item as Record<string, { security?: unknown[] } | undefined>)[method];
      if (operation?.security && operation.security.length > 0) operation.security = [{ [BEARER_SECURITY]: [] }, { [API_KEY_SECURITY]: [] }];
    }
  }
  return document;
}
