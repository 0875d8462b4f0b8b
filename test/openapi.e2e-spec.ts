import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocumentOffline } from '../apps/api/src/openapi/offline-document';
import { createTestApp, TestApp } from './support/test-app';

const COMMITTED_FILE = join(__dirname, '..', 'openapi.json');
const OPERATION_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];
const PUBLIC_ROUTES = ['/', '/health/live', '/health/ready'];
/** Outside `/api/v1`: the public probes and banner, plus the admin-only scheduler report beside them. */
const ROUTES_OUTSIDE_PREFIX = [...PUBLIC_ROUTES, '/health/scheduler'];

type Json = Record<string, any>;
interface Operation {
  method: string;
  path: string;
  operation: Json;
}

function operationsOf(document: Json): Operation[] {
  return Object.entries(document.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json)
      .filter(([method]) => OPERATION_METHODS.includes(method))
      .map(([method, operation]) => ({ method, path, operation: operation as Json })),
  );
}

/** The parts of two documents that differ, by path and by schema, so a failure says where. */
function driftBetween(committed: Json, current: Json): string[] {
  const differences: string[] = [];
  const compare = (label: string, left: Json = {}, right: Json = {}) => {
    for (const key of new Set([...Object.keys(left), ...Object.keys(right)])) {
      if (!(key in right)) differences.push(`${label} ${key}: only in the committed file`);
      else if (!(key in left)) differences.push(`${label} ${key}: missing from the committed file`);
      else if (JSON.stringify(left[key]) !== JSON.stringify(right[key])) differences.push(`${label} ${key}: changed`);
    }
  };
  const { paths: leftPaths, components: leftComponents, ...leftRest } = committed;
  const { paths: rightPaths, components: rightComponents, ...rightRest } = current;
  compare('path', leftPaths, rightPaths);
  compare('schema', leftComponents?.schemas, rightComponents?.schemas);
  compare('top-level', { ...leftRest, components: { ...leftComponents, schemas: undefined } }, { ...rightRest, components: { ...rightComponents, schemas: undefined } });
  return differences;
}

function driftReport(committed: Json, current: Json): string {
  const differences = driftBetween(committed, current);
  if (differences.length === 0) return '';
  return ['openapi.json is out of date: run `npm run openapi` and commit the file.', ...differences].join('\n  ');
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => (key === '$ref' && typeof inner === 'string' ? [inner] : refsIn(inner)));
}

/** A body schema is a named component, or an array of one. */
function isNamedSchema(schema: Json | undefined): boolean {
  if (!schema) return true;
  if (typeof schema.$ref === 'string') return true;
  return schema.type === 'array' && typeof schema.items?.$ref === 'string';
}

function bodySchemas(operation: Json): Array<[string, Json | undefined]> {
  const request = Object.entries((operation.requestBody?.content ?? {}) as Json).map(([type, media]) => [`request ${type}`, media.schema]);
  const responses = Object.entries(operation.responses as Json).flatMap(([status, response]) =>
    Object.entries((response.content ?? {}) as Json).map(([type, media]) => [`${status} ${type}`, media.schema]),
  );
  return [...request, ...responses] as Array<[string, Json | undefined]>;
}

describe('OpenAPI document', () => {
  let t: TestApp;
  let served: Json;
  beforeAll(async () => {
    t = await createTestApp();
    served = (await t.http.get('/openapi.json').expect(200).expect('Content-Type', /json/)).body;
  });
  afterAll(() => t.close());

  it('the committed openapi.json equals the document the code serves', () => {
    const committed = JSON.parse(readFileSync(COMMITTED_FILE, 'utf8')) as Json;
    expect(driftReport(committed, served)).toBe('');
  });

  it('npm run openapi builds, without a database, exactly the document the app serves', async () => {
    const offline = await buildOpenApiDocumentOffline();
    expect(driftReport(offline, served)).toBe('');
  });

  it('GET /docs serves Swagger UI and GET /openapi.yaml the same document as YAML', async () => {
    const docs = await t.http.get('/docs').expect(200);
    expect(docs.headers['content-type']).toMatch(/text\/html/);
    expect(docs.text).toContain('swagger-ui');
    const yaml = await t.http.get('/openapi.yaml').expect(200);
    expect(yaml.text).toContain('operationId: getReadiness');
  });

  it('describes the service and its two ways to send an API key', () => {
    expect(served.openapi).toMatch(/^3\./);
    expect(served.info).toMatchObject({ title: 'Supply Brain API', version: '1.0.0' });
    expect(served.info.description).toContain('Supply planning');
    expect(served.security).toBeUndefined();
    expect(served.components.securitySchemes).toEqual({
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
      'api-key': expect.objectContaining({ type: 'apiKey', in: 'header', name: 'X-API-Key' }),
    });
  });

  it('every operation but the public ones requires a key (either scheme) and documents 401 and 403', () => {
    const wrong = operationsOf(served)
      .filter(({ path }) => !PUBLIC_ROUTES.includes(path))
      .filter(({ operation }) => JSON.stringify(operation.security) !== JSON.stringify([{ bearer: [] }, { 'api-key': [] }]) || !operation.responses['401'] || !operation.responses['403'])
      .map(({ method, path }) => `${method} ${path}`);
    expect(wrong).toEqual([]);
    const publicOperations = operationsOf(served).filter(({ path }) => PUBLIC_ROUTES.includes(path));
    expect(publicOperations.map(({ operation }) => operation.security)).toEqual(publicOperations.map(() => undefined));
  });

  it('business routes live under /api/v1; only the banner, the health probes and the scheduler report are outside', () => {
    const outside = Object.keys(served.paths).filter((path) => !path.startsWith('/api/v1/'));
    expect(outside.sort()).toEqual([...ROUTES_OUTSIDE_PREFIX].sort());
  });

  it('every operation has a unique camelCase operationId and at least one tag', () => {
    const operations = operationsOf(served);
    expect(operations.length).toBeGreaterThan(3);
    const problems = operations
      .filter(({ operation }) => !/^[a-z][a-zA-Z0-9]*$/.test(operation.operationId ?? '') || !(operation.tags?.length > 0))
      .map(({ method, path, operation }) => `${method} ${path}: operationId=${operation.operationId} tags=${operation.tags}`);
    expect(problems).toEqual([]);
    const ids = operations.map(({ operation }) => operation.operationId as string);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });

  it('request and response bodies are named schemas, never anonymous inline objects', () => {
    const inline = operationsOf(served).flatMap(({ method, path, operation }) =>
      bodySchemas(operation)
        .filter(([, schema]) => !isNamedSchema(schema))
        .map(([where]) => `${method} ${path} ${where}`),
    );
    expect(inline).toEqual([]);
  });

  it('every operation documents 500 with the shared ErrorResponse schema', () => {
    const missing = operationsOf(served)
      .filter(({ operation }) => operation.responses['500']?.content?.['application/json']?.schema?.$ref !== '#/components/schemas/ErrorResponse')
      .map(({ method, path }) => `${method} ${path}`);
    expect(missing).toEqual([]);
  });

  it('documented 4xx answers use the shared error schemas: 422 the issue list, the others {"detail"}', () => {
    const wrong = operationsOf(served).flatMap(({ method, path, operation }) =>
      Object.entries(operation.responses as Json)
        .filter(([status]) => /^4\d\d$/.test(status))
        .filter(([status, response]) => {
          const expected = status === '422' ? 'ValidationErrorResponse' : 'ErrorResponse';
          return response.content?.['application/json']?.schema?.$ref !== `#/components/schemas/${expected}`;
        })
        .map(([status]) => `${method} ${path} ${status}`),
    );
    expect(wrong).toEqual([]);
  });

  it('enums are named schemas, in bodies and in parameters alike', () => {
    const inlineEnums: string[] = [];
    const visit = (where: string, schema: unknown, isComponentRoot: boolean) => {
      if (schema === null || typeof schema !== 'object') return;
      const node = schema as Json;
      if (Array.isArray(node.enum) && !isComponentRoot) inlineEnums.push(where);
      for (const [key, inner] of Object.entries(node)) if (key !== 'example' && key !== 'enum') visit(`${where}.${key}`, inner, false);
    };
    for (const [name, schema] of Object.entries(served.components.schemas as Json)) visit(name, schema, true);
    for (const { method, path, operation } of operationsOf(served)) {
      for (const parameter of (operation.parameters ?? []) as Json[]) visit(`${method} ${path} ${parameter.name}`, parameter.schema, false);
    }
    expect(inlineEnums).toEqual([]);
  });

  it('every $ref points at a schema the document defines', () => {
    const defined = new Set(Object.keys(served.components.schemas).map((name) => `#/components/schemas/${name}`));
    expect([...new Set(refsIn(served.paths).concat(refsIn(served.components)))].filter((ref) => !defined.has(ref))).toEqual([]);
  });
});
