import { createTestApp, TestApp } from '../support/test-app';
import { CatalogSeeder, emptyCatalog, rejectedLocations } from './catalog-test-kit';

describe('Catalog: stock balances and planning settings', () => {
  let t: TestApp;
  let seed: CatalogSeeder;

  beforeAll(async () => {
    t = await createTestApp();
    seed = new CatalogSeeder(t.http);
  });
  afterAll(() => t.close());
  beforeEach(() => emptyCatalog(t.db));

  const databaseNow = async () => (await t.db.query<{ now: Date }>(`SELECT date_trunc('milliseconds', now()) AS now`))[0].now;

  describe('stock balances (/api/v1/stock-balance)', () => {
    const TAKEN = { detail: 'StockBalance for this sku_unit and warehouse already exists' };

    async function skuInWarehouse() {
      const { sku } = await seed.skuUnit('1');
      const warehouse = await seed.warehouse('NSK');
      return { sku, warehouse, pair: { sku_unit_id: sku.id, warehouse_id: warehouse.id } };
    }

    it('CAT-15 server stamp on create, PUT keeps it, PATCH sets an offset instant in UTC', async () => {
      const { pair } = await skuInWarehouse();
      const before = await databaseNow();
      const created = await t.http.post('/api/v1/stock-balance/').send({ ...pair, quantity: -5 }).expect(201);
      const after = await databaseNow();
      expect(created.body).toEqual({ id: expect.any(Number), ...pair, quantity: -5, updated_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
      const stamped = new Date(created.body.updated_at).getTime();
      expect(stamped).toBeGreaterThanOrEqual(before.getTime());
      expect(stamped).toBeLessThanOrEqual(after.getTime());

      await t.http.post('/api/v1/stock-balance/').send({ ...pair, quantity: 1 }).expect(409, TAKEN);

      const id = created.body.id;
      const replaced = await t.http.put(`/api/v1/stock-balance/${id}`).send({ ...pair, quantity: 7 }).expect(200);
      expect(replaced.body).toEqual({ ...created.body, quantity: 7 });

      const patched = await t.http.patch(`/api/v1/stock-balance/${id}`).send({ updated_at: '2025-01-01T10:00:00+03:00' }).expect(200);
      expect(patched.body).toEqual({ ...created.body, quantity: 7, updated_at: '2025-01-01T07:00:00.000Z' });
      const [stored] = await t.db.query<{ updated_at: Date; quantity: number }>('SELECT updated_at, quantity FROM stock_balance WHERE id = $1', [id]);
      expect(stored.updated_at.toISOString()).toBe('2025-01-01T07:00:00.000Z');
      expect(stored.quantity).toBe(7);
    });

    it('the stored stamp of a create equals the answered one, at millisecond precision', async () => {
      const { pair } = await skuInWarehouse();
      const created = await t.http.post('/api/v1/stock-balance').send({ ...pair, quantity: 0, updated_at: null }).expect(201);
      const [stored] = await t.db.query<{ micros: number }>(
        `SELECT extract(microseconds FROM updated_at)::int % 1000 AS micros FROM stock_balance WHERE id = $1`,
        [created.body.id],
      );
      expect(stored.micros).toBe(0);
      expect((await t.http.get(`/api/v1/stock-balance/${created.body.id}`).expect(200)).body).toEqual(created.body);
    });

    it('a datetime without offset is UTC; PUT with an instant sets it, PUT with null keeps it', async () => {
      const { pair } = await skuInWarehouse();
      const created = await t.http.post('/api/v1/stock-balance/').send({ ...pair, quantity: 3, updated_at: '2025-03-01T12:30:00' }).expect(201);
      expect(created.body.updated_at).toBe('2025-03-01T12:30:00.000Z');
      const id = created.body.id;
      const set = await t.http.put(`/api/v1/stock-balance/${id}`).send({ ...pair, quantity: 4, updated_at: '2025-04-01T00:00:00.250Z' }).expect(200);
      expect(set.body.updated_at).toBe('2025-04-01T00:00:00.250Z');
      const kept = await t.http.put(`/api/v1/stock-balance/${id}`).send({ ...pair, quantity: 5, updated_at: null }).expect(200);
      expect(kept.body).toEqual({ id, ...pair, quantity: 5, updated_at: '2025-04-01T00:00:00.250Z' });
    });

    it('PATCH of the quantity alone keeps updated_at; PATCH with null updated_at is 422 and changes nothing', async () => {
      const { pair } = await skuInWarehouse();
      const created = await seed.create('stock-balance', { ...pair, quantity: 1, updated_at: '2025-01-01T00:00:00Z' });
      const patched = await t.http.patch(`/api/v1/stock-balance/${created.id}`).send({ quantity: 12 }).expect(200);
      expect(patched.body).toEqual({ ...created, quantity: 12 });
      expect(rejectedLocations(await t.http.patch(`/api/v1/stock-balance/${created.id}`).send({ updated_at: null, quantity: 99 }))).toEqual([
        ['body', 'updated_at'],
      ]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/stock-balance/${created.id}`).send({ quantity: null }))).toEqual([['body', 'quantity']]);
      expect((await t.http.get(`/api/v1/stock-balance/${created.id}`)).body).toEqual({ ...created, quantity: 12 });
    });

    it('unparsable datetimes, Unix timestamps and numeric-string quantities are 422', async () => {
      const { pair } = await skuInWarehouse();
      const bad = [
        { ...pair, quantity: 1, updated_at: 'yesterday' },
        { ...pair, quantity: 1, updated_at: 1735689600 },
        { ...pair, quantity: 1, updated_at: '2025-02-30T00:00:00Z' },
      ];
      for (const body of bad) expect(rejectedLocations(await t.http.post('/api/v1/stock-balance/').send(body))).toEqual([['body', 'updated_at']]);
      expect(rejectedLocations(await t.http.post('/api/v1/stock-balance/').send({ ...pair, quantity: '5' }))).toEqual([['body', 'quantity']]);
      expect(await t.db.query('SELECT id FROM stock_balance')).toEqual([]);
    });

    it('unknown sku_unit_id and warehouse_id are 422 naming each field', async () => {
      const res = await t.http.post('/api/v1/stock-balance/').send({ sku_unit_id: 5151, warehouse_id: 6161, quantity: 1 });
      expect(res.status).toBe(422);
      expect(res.body.detail).toEqual([
        expect.objectContaining({ loc: ['body', 'sku_unit_id'], msg: 'sku_unit_id refers to a non-existent sku unit' }),
        expect.objectContaining({ loc: ['body', 'warehouse_id'], msg: 'warehouse_id refers to a non-existent warehouse' }),
      ]);
    });

    it('list, get, the merged pair conflict on PATCH and PUT, DELETE and 404s', async () => {
      const { sku, pair } = await skuInWarehouse();
      const msk = await seed.warehouse('MSK');
      const first = await seed.create('stock-balance', { ...pair, quantity: 1 });
      const second = await seed.create('stock-balance', { sku_unit_id: sku.id, warehouse_id: msk.id, quantity: 2 });
      expect((await t.http.get('/api/v1/stock-balance/').expect(200)).body).toEqual([first, second]);
      await t.http.patch(`/api/v1/stock-balance/${second.id}`).send({ warehouse_id: pair.warehouse_id }).expect(409, TAKEN);
      await t.http.put(`/api/v1/stock-balance/${second.id}`).send({ ...pair, quantity: 2 }).expect(409, TAKEN);
      await t.http.put(`/api/v1/stock-balance/${first.id}`).send({ ...pair, quantity: 1 }).expect(200);
      await t.http.delete(`/api/v1/stock-balance/${second.id}`).expect(204);
      await t.http.get(`/api/v1/stock-balance/${second.id}`).expect(404, { detail: 'StockBalance not found' });
      await t.http.put('/api/v1/stock-balance/999').send({ ...pair, quantity: 1 }).expect(404, { detail: 'StockBalance not found' });
    });
  });

  describe('planning settings (/api/v1/planning-settings)', () => {
    const numbers = { min_fabric_batch: 1, min_elastic_batch: 2, alert_threshold_days: 3, safety_stock_days: 4, strictness: 1.5 };

    it('CAT-16 create with defaults, one row per article, every missing field listed, PATCH is_active, 404', async () => {
      const article = await seed.article('A');
      const created = await t.http.post('/api/v1/planning-settings/').send({ article_id: article.id, ...numbers }).expect(201);
      expect(created.body).toEqual({ id: expect.any(Number), article_id: article.id, ...numbers, is_active: true, notes: null });
      await t.http
        .post('/api/v1/planning-settings/')
        .send({ article_id: article.id, ...numbers })
        .expect(409, { detail: 'PlanningSettings for this article already exists' });

      const missing = await t.http.post('/api/v1/planning-settings/').send({ article_id: article.id }).expect(422);
      expect(missing.body.detail).toHaveLength(5);
      expect(missing.body.detail).toEqual(
        ['min_fabric_batch', 'min_elastic_batch', 'alert_threshold_days', 'safety_stock_days', 'strictness'].map((field) =>
          expect.objectContaining({ type: 'missing', loc: ['body', field] }),
        ),
      );

      const deactivated = await t.http.patch(`/api/v1/planning-settings/${created.body.id}`).send({ is_active: false }).expect(200);
      expect(deactivated.body).toEqual({ ...created.body, is_active: false });
      await t.http.get('/api/v1/planning-settings/999').expect(404, { detail: 'PlanningSettings not found' });
    });

    it('PUT resets is_active and notes to their defaults; PATCH may clear notes', async () => {
      const article = await seed.article('A');
      const settings = await seed.create('planning-settings', { article_id: article.id, ...numbers, is_active: false, notes: 'keep an eye' });
      const replaced = await t.http.put(`/api/v1/planning-settings/${settings.id}`).send({ article_id: article.id, ...numbers, strictness: 2 }).expect(200);
      expect(replaced.body).toEqual({ id: settings.id, article_id: article.id, ...numbers, strictness: 2, is_active: true, notes: null });
      await t.http.patch(`/api/v1/planning-settings/${settings.id}`).send({ notes: 'n' }).expect(200);
      const cleared = await t.http.patch(`/api/v1/planning-settings/${settings.id}`).send({ notes: null }).expect(200);
      expect(cleared.body.notes).toBeNull();
      expect((await t.http.get(`/api/v1/planning-settings/${settings.id}/`).expect(200)).body).toEqual(cleared.body);
    });

    it('strictness keeps full double precision', async () => {
      const article = await seed.article('A');
      const created = await t.http.post('/api/v1/planning-settings/').send({ article_id: article.id, ...numbers, strictness: 1.2345678901234567 }).expect(201);
      expect(created.body.strictness).toBe(1.2345678901234567);
      expect((await t.http.get(`/api/v1/planning-settings/${created.body.id}`)).body.strictness).toBe(1.2345678901234567);
    });

    it('business ranges: negative batches and day counts, strictness ≤ 0 are 422 (zero batches are fine)', async () => {
      const article = await seed.article('A');
      const res = await t.http.post('/api/v1/planning-settings/').send({
        article_id: article.id,
        min_fabric_batch: -1,
        min_elastic_batch: -1,
        alert_threshold_days: -1,
        safety_stock_days: -1,
        strictness: 0,
      });
      expect(rejectedLocations(res)).toEqual([
        ['body', 'min_fabric_batch'],
        ['body', 'min_elastic_batch'],
        ['body', 'alert_threshold_days'],
        ['body', 'safety_stock_days'],
        ['body', 'strictness'],
      ]);
      const zeros = { min_fabric_batch: 0, min_elastic_batch: 0, alert_threshold_days: 0, safety_stock_days: 0, strictness: 0.0001 };
      const settings = await seed.create('planning-settings', { article_id: article.id, ...zeros });
      expect(rejectedLocations(await t.http.patch(`/api/v1/planning-settings/${settings.id}`).send({ strictness: -2 }))).toEqual([['body', 'strictness']]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/planning-settings/${settings.id}`).send({ strictness: null }))).toEqual([['body', 'strictness']]);
      expect((await t.http.get(`/api/v1/planning-settings/${settings.id}`)).body).toEqual(settings);
    });

    it('strict types: word booleans, numeric strings and over-long notes are 422', async () => {
      const article = await seed.article('A');
      const res = await t.http.post('/api/v1/planning-settings/').send({
        article_id: String(article.id),
        ...numbers,
        is_active: 'yes',
        strictness: '1.5',
        notes: 'n'.repeat(501),
      });
      expect(rejectedLocations(res)).toEqual([['body', 'article_id'], ['body', 'is_active'], ['body', 'strictness'], ['body', 'notes']]);
      await t.http.post('/api/v1/planning-settings/').send({ article_id: article.id, ...numbers, notes: 'n'.repeat(500) }).expect(201);
    });

    it('an unknown article is 422; moving settings onto an article that has some is 409', async () => {
      const a = await seed.article('A');
      const b = await seed.article('B');
      const unknown = await t.http.post('/api/v1/planning-settings/').send({ article_id: 31337, ...numbers }).expect(422);
      expect(unknown.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'article_id'], msg: 'article_id refers to a non-existent article' })]);
      await seed.create('planning-settings', { article_id: a.id, ...numbers });
      const onB = await seed.create('planning-settings', { article_id: b.id, ...numbers });
      await t.http
        .patch(`/api/v1/planning-settings/${onB.id}`)
        .send({ article_id: a.id })
        .expect(409, { detail: 'PlanningSettings for this article already exists' });
      expect((await t.http.get(`/api/v1/planning-settings/${onB.id}`)).body).toEqual(onB);
    });

    it('list and DELETE; an article with planning settings cannot be deleted', async () => {
      const a = await seed.article('A');
      const b = await seed.article('B');
      const first = await seed.create('planning-settings', { article_id: a.id, ...numbers });
      const second = await seed.create('planning-settings', { article_id: b.id, ...numbers });
      expect((await t.http.get('/api/v1/planning-settings').expect(200)).body).toEqual([first, second]);
      await t.http.delete(`/api/v1/article/${a.id}`).expect(409, { detail: 'Article is still referenced' });
      await t.http.delete(`/api/v1/planning-settings/${first.id}`).expect(204);
      await t.http.delete(`/api/v1/planning-settings/${first.id}`).expect(404, { detail: 'PlanningSettings not found' });
      await t.http.delete(`/api/v1/article/${a.id}`).expect(204);
    });
  });
});
