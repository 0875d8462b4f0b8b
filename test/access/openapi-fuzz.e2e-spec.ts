import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Client } from 'pg';
import { createTestApp, TestApp } from '../support/test-app';

/*
 * Fuzzing driven by the committed openapi.json: for every operation, invalid requests built from
 * its declared parameters and body schema (wrong types, missing required fields, out-of-range
 * numbers, 10 KB strings, unicode, SQL-looking strings, malformed JSON, wrong content type).
 * None may answer 5xx, and a rejected write must leave every table's row count unchanged.
 */
type Json = Record<string, any>;
const document: Json = JSON.parse(readFileSync(join(__dirname, '..', '..', 'openapi.json'), 'utf8'));
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type Method = (typeof METHODS)[number];

interface FuzzRequest {
  what: string;
  path: Record<string, string>;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: { raw: string; contentType: string };
}

const LONG = 'x'.repeat(10 * 1024);
const TEXT_ATTACKS = [LONG, 'Ωmega ☃ 😀 \u0000 \u202e', "1' OR '1'='1", "'; DROP TABLE article; --", '', '   '];
const NUMBER_ATTACKS = [2 ** 31, -(2 ** 31) - 1, 1e308, -1e308, 1.5, -1, 0];
const PARAM_TEXT_ATTACKS = ['abc', '-1', '1.5', '99999999999', '2025-02-30', '1,2', LONG, "1' OR '1'='1", '☃', ''];
const ASCII_HEADER_ATTACKS = ['', LONG.slice(0, 4000), "'; DROP TABLE article; --", 'not-a-date', 'Thu, 99 Foo 2025'];

function resolve(schema: Json | undefined): Json {
  let current = schema ?? {};
  for (let depth = 0; current.$ref && depth < 10; depth++) current = document.components.schemas[current.$ref.split('/').pop()];
  if (current.allOf) return Object.assign({}, ...current.allOf.map(resolve));
  return current;
}

/** A plausible value of a schema, so that one broken field is the only problem in the body. */
function sample(schemaRef: Json | undefined, depth = 0): unknown {
  const schema = resolve(schemaRef);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
      return Math.max(1, schema.minimum ?? 1);
    case 'number':
      return Math.max(1, schema.minimum ?? 1);
    case 'boolean':
      return true;
    case 'string':
      return schema.format === 'date' ? '2025-01-31' : schema.format === 'date-time' ? '2025-01-31T00:00:00.000Z' : 'fuzz';
    case 'array':
      return depth > 2 ? [] : [sample(schema.items, depth + 1)];
    default: {
      if (depth > 3 || !schema.properties) return {};
      return Object.fromEntries((schema.required ?? []).map((name: string) => [name, sample(schema.properties[name], depth + 1)]));
    }
  }
}

function wrongValuesFor(schemaRef: Json | undefined): unknown[] {
  const schema = resolve(schemaRef);
  const wrongType: unknown[] = schema.type === 'string' ? [42, true, {}, []] : schema.type === 'boolean' ? ['true', 1, 'yes'] : ['12', true, {}, [1]];
  const attacks = schema.type === 'integer' || schema.type === 'number' ? NUMBER_ATTACKS : TEXT_ATTACKS;
  return [...wrongType, null, ...attacks, ...(schema.type === 'array' ? [[null], [LONG], ['x', 'y'], [{}]] : [])];
}

function paramSample(parameter: Json): string | string[] {
  const value = sample(parameter.schema);
  return Array.isArray(value) ? value.map(String) : String(value);
}

function requestsFor(operation: Json): FuzzRequest[] {
  const parameters: Json[] = operation.parameters ?? [];
  const base = {
    path: Object.fromEntries(parameters.filter((p) => p.in === 'path').map((p) => [p.name, '1'])),
    query: Object.fromEntries(parameters.filter((p) => p.in === 'query' && p.required).map((p) => [p.name, paramSample(p)])),
    headers: {} as Record<string, string>,
  };
  const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
  const validBody = bodySchema ? sample(bodySchema) : undefined;
  const json = (value: unknown) => ({ raw: JSON.stringify(value), contentType: 'application/json' });
  const withBase = (what: string, change: Partial<FuzzRequest>): FuzzRequest => ({
    what,
    ...base,
    body: validBody === undefined ? undefined : json(validBody),
    ...change,
    path: { ...base.path, ...change.path },
    query: change.query ?? base.query,
    headers: { ...base.headers, ...change.headers },
  });

  const requests: FuzzRequest[] = [];
  for (const parameter of parameters) {
    if (parameter.in === 'path') {
      for (const value of PARAM_TEXT_ATTACKS.filter((v) => v !== '')) requests.push(withBase(`path ${parameter.name}=${value.slice(0, 20)}`, { path: { [parameter.name]: value } }));
    } else if (parameter.in === 'query') {
      for (const value of PARAM_TEXT_ATTACKS) requests.push(withBase(`query ${parameter.name}=${value.slice(0, 20)}`, { query: { ...base.query, [parameter.name]: value } }));
      requests.push(withBase(`query ${parameter.name} repeated`, { query: { ...base.query, [parameter.name]: ['1', 'x', ''] } }));
      if (parameter.required) {
        const { [parameter.name]: _omitted, ...rest } = base.query;
        requests.push(withBase(`query ${parameter.name} missing`, { query: rest }));
      }
    } else if (parameter.in === 'header') {
      for (const value of ASCII_HEADER_ATTACKS) requests.push(withBase(`header ${parameter.name}=${value.slice(0, 20)}`, { headers: { [parameter.name]: value } }));
    }
  }
  if (bodySchema) {
    const schema = resolve(bodySchema);
    requests.push(withBase('malformed JSON', { body: { raw: '{"name": "x", ', contentType: 'application/json' } }));
    requests.push(withBase('wrong content type', { body: { raw: 'name=x', contentType: 'text/plain' } }));
    requests.push(withBase('form content type', { body: { raw: 'name=x&code=y', contentType: 'application/x-www-form-urlencoded' } }));
    for (const value of [null, [], 'text', 42, true, { unknown_field: LONG }]) requests.push(withBase(`body ${JSON.stringify(value).slice(0, 20)}`, { body: json(value) }));
    requests.push(withBase('no body', { body: undefined }));
    for (const [name, property] of Object.entries((schema.properties ?? {}) as Json)) {
      for (const value of wrongValuesFor(property)) {
        requests.push(withBase(`body.${name}=${JSON.stringify(value)?.slice(0, 20)}`, { body: json({ ...(validBody as object), [name]: value }) }));
      }
    }
    for (const name of (schema.required ?? []) as string[]) {
      const { [name]: _omitted, ...rest } = validBody as Json;
      requests.push(withBase(`body.${name} missing`, { body: json(rest) }));
    }
  }
  return requests;
}

const operations = Object.entries(document.paths as Json).flatMap(([path, item]) =>
  METHODS.filter((method) => item[method]).map((method) => ({ method, path, operation: item[method] as Json })),
);

describe('OpenAPI-driven fuzzing', () => {
  let t: TestApp;
  let counter: Client;
  let countAll: string;
  let tried = 0;
  const tableCounts = async () => JSON.stringify((await counter.query(countAll)).rows[0]);

  beforeAll(async () => {
    t = await createTestApp({ env: { LOG_LEVEL: 'fatal' } });
    counter = await t.db.client();
    const tables = (await counter.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`)).rows;
    countAll = `SELECT ${tables.map(({ name }) => `(SELECT count(*) FROM "${name}")::int AS "${name}"`).join(', ')}`;
  });
  afterAll(async () => {
    // The note the issue asks for: how many requests the fuzzer sent.
    process.stdout.write(`OpenAPI fuzzing: ${tried} invalid requests over ${operations.length} operations\n`);
    await counter.end();
    await t.close();
  });

  it('covers every operation of the committed document', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(operations.map(({ method, path, operation }) => [`${method.toUpperCase()} ${path}`, method, path, operation] as const))(
    '%s: invalid requests never answer 5xx; a rejected write changes no table',
    async (_name, method: Method, path: string, operation: Json) => {
      const failures: string[] = [];
      for (const request of requestsFor(operation)) {
        const url = path.replace(/\{([^}]+)\}/g, (_match, name: string) => encodeURIComponent(request.path[name] ?? '1'));
        const before = method === 'get' ? undefined : await tableCounts();
        let call = t.http[method](url).query(request.query).set(request.headers);
        if (request.body) call = call.set('Content-Type', request.body.contentType).send(request.body.raw);
        const res = await call;
        tried++;
        if (res.status >= 500) failures.push(`${request.what} → ${res.status} ${res.text.slice(0, 120)}`);
        if (before && res.status >= 400 && (await tableCounts()) !== before) failures.push(`${request.what} → ${res.status} but table counts changed`);
      }
      expect(failures).toEqual([]);
    },
  );
});
