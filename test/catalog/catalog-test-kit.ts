import type { Client } from 'pg';
import type TestAgent from 'supertest/lib/agent';
import type { Response } from 'supertest';
import type { TestDatabase } from '../support/test-database';

/** Every table the catalog CRUD writes; CASCADE also empties whatever other areas hang off them. */
const CATALOG_TABLES = 'article, color, size, bundle_type, warehouse, sku_unit, bundle_recipe, stock_balance, planning_settings';

/** Each scenario starts from an empty catalog (01 §5). */
export async function emptyCatalog(db: TestDatabase): Promise<void> {
  await db.query(`TRUNCATE ${CATALOG_TABLES} CASCADE`);
}

type Json = Record<string, unknown>;

/** Creates rows through the API and fails the test on anything but 201. */
export class CatalogSeeder {
  constructor(private readonly http: TestAgent) {}

  async create(resource: string, body: Json): Promise<Json & { id: number }> {
    const res = await this.http.post(`/api/v1/${resource}/`).send(body);
    if (res.status !== 201) throw new Error(`POST ${resource} ${JSON.stringify(body)} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as Json & { id: number };
  }

  article(code = 'A1', name: string | null = null) {
    return this.create('article', { code, name });
  }

  color(innerCode = 'C1') {
    return this.create('color', { inner_code: innerCode });
  }

  size(label = 'S', sortOrder = 0) {
    return this.create('size', { label, sort_order: sortOrder });
  }

  warehouse(code = 'NSK', type = 'internal') {
    return this.create('warehouse', { code, name: code, type });
  }

  bundleType(code = '4pack') {
    return this.create('bundle-type', { code, name: code });
  }

  /** An article, colour and size, and the SKU unit combining them. */
  async skuUnit(suffix = '1') {
    const [article, color, size] = await Promise.all([this.article(`A${suffix}`), this.color(`C${suffix}`), this.size(`S${suffix}`)]);
    const sku = await this.create('sku-unit', { article_id: article.id, color_id: color.id, size_id: size.id });
    return { article, color, size, sku };
  }
}

/** The `loc`s of a 422 answer, to assert which inputs were rejected. */
export function rejectedLocations(res: Response): unknown[] {
  expect(res.status).toBe(422);
  return (res.body.detail as Array<{ loc: unknown[] }>).map((issue) => issue.loc);
}

/**
 * Runs `work` while another session holds an uncommitted transaction that did `setupSql`; the
 * blocked request is released by committing it. This makes a race that slips past a pre-check
 * reproducible: the request's check cannot see the other row, its write then waits on it.
 */
export async function whileUncommitted(db: TestDatabase, setupSql: string, params: unknown[], work: () => PromiseLike<Response>): Promise<Response> {
  const other: Client = await db.client();
  try {
    await other.query('BEGIN');
    await other.query(setupSql, params);
    // Resolving the supertest request is what sends it.
    const pending = Promise.resolve(work());
    await waitUntilSomeoneWaitsOnALock(other);
    await other.query('COMMIT');
    return await pending;
  } finally {
    await other.end();
  }
}

async function waitUntilSomeoneWaitsOnALock(client: Client): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
    );
    if (rows[0].waiting > 0) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('the request never blocked on the uncommitted row');
}
