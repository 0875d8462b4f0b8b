import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { normalizeOperationSecurity, withAccessSecuritySchemes } from './access-security';
import { applyDeclaredTrailingSlashes } from './declared-paths';

const DESCRIPTION = [
  'Supply planning for a clothing brand selling on Wildberries: catalog and stock, planning',
  'analytics, monitoring, Wildberries supplies and purchase orders.',
  '',
  'Conventions: JSON bodies with snake_case fields and strict types; every listed key is present',
  '(`null` when empty); lists in ascending `id` order; instants as UTC ISO-8601 with milliseconds.',
  'Errors are `{"detail": "<message>"}`; request validation answers 422 with',
  '`{"detail": [{"type", "loc", "msg", "input"}]}`; a 500 carries an `error_id` that is also logged.',
  'Every route answers with and without one trailing slash.',
  '',
  'Access: send an API key as `Authorization: Bearer <key>` or `X-API-Key: <key>`. Roles: `reader`',
  '(every GET), `planner` (reader + catalog, settings, imports, shipments, purchase orders, alert rules,',
  'proposals), `admin` (everything, incl. integration accounts, API keys, alert seed, snapshot capture,',
  'scheduler). Missing/unknown/revoked key → 401; role too low → 403. Public: `/`, `/health/live`, `/health/ready`, `/docs`, `/openapi.json`.',
].join('\n');

/** The document, built from the controllers' decorators. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = withAccessSecuritySchemes(new DocumentBuilder().setTitle('Supply Brain API').setDescription(DESCRIPTION).setVersion('1.0.0')).build();
  const document = SwaggerModule.createDocument(app, config, {
    // Each route declares its own operationId with @ApiOperation; the method name is a fallback only.
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
  });
  return applyDeclaredTrailingSlashes(normalizeOperationSecurity(document));
}

/** The committed openapi.json holds exactly this text, so a diff shows every API change. */
export function serializeOpenApiDocument(document: OpenAPIObject): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Swagger UI at /docs, the document at /openapi.json (and /openapi.yaml). */
export function setupOpenApi(app: INestApplication): void {
  SwaggerModule.setup('docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'openapi.json',
    yamlDocumentUrl: 'openapi.yaml',
    useGlobalPrefix: false,
  });
}
