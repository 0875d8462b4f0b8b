import { createTestApp, TestApp } from '../support/test-app';
import { CatalogSeeder, emptyCatalog, rejectedLocations } from './catalog-test-kit';

describe('Catalog: colours, sizes, bundle types, warehouses', () => {
  let t: TestApp;
  let seed: CatalogSeeder;

  beforeAll(async () => {
    t = await createTestApp();
    seed = new CatalogSeeder(t.http);
  });
  afterAll(() => t.close());
  beforeEach(() => emptyCatalog(t.db));

  describe('colours (/api/v1/color)', () => {
    it('CAT-9 create with defaults, duplicate inner_code 409, unknown id 404', async () => {
      const created = await t.http.post('/api/v1/color/').send({ inner_code: 'C1' }).expect(201);
      expect(created.body).toEqual({ id: expect.any(Number), pantone_code: null, inner_code: 'C1', description: null });
      const duplicate = await t.http.post('/api/v1/color/').send({ inner_code: 'C1', pantone_code: 'P' }).expect(409);
      expect(duplicate.body).toEqual({ detail: 'Color inner_code already exists' });
      expect((await t.http.get('/api/v1/color/999').expect(404)).body).toEqual({ detail: 'Color not found' });
    });

    it('list, get, PUT, PATCH and DELETE', async () => {
      const first = await t.http.post('/api/v1/color').send({ inner_code: 'C1', pantone_code: '19-4052', description: 'blue' }).expect(201);
      const id = first.body.id;
      const second = await seed.color('C2');
      expect((await t.http.get('/api/v1/color').expect(200)).body).toEqual([first.body, second]);
      expect((await t.http.get(`/api/v1/color/${id}`).expect(200)).body).toEqual(first.body);

      const replaced = await t.http.put(`/api/v1/color/${id}`).send({ inner_code: 'C1x' }).expect(200);
      expect(replaced.body).toEqual({ id, pantone_code: null, inner_code: 'C1x', description: null });
      const patched = await t.http.patch(`/api/v1/color/${id}`).send({ description: 'navy' }).expect(200);
      expect(patched.body).toEqual({ id, pantone_code: null, inner_code: 'C1x', description: 'navy' });

      await t.http.delete(`/api/v1/color/${id}`).expect(204);
      expect((await t.http.get('/api/v1/color/').expect(200)).body).toEqual([second]);
    });

    it('inner_code conflicts on PUT and PATCH are 409; its own inner_code is fine', async () => {
      const c1 = await seed.color('C1');
      const c2 = await seed.color('C2');
      await t.http.patch(`/api/v1/color/${c2.id}`).send({ inner_code: 'C1' }).expect(409, { detail: 'Color inner_code already exists' });
      await t.http.put(`/api/v1/color/${c2.id}`).send({ inner_code: 'C1' }).expect(409, { detail: 'Color inner_code already exists' });
      await t.http.put(`/api/v1/color/${c1.id}`).send({ inner_code: 'C1', description: 'same code' }).expect(200);
      expect((await t.http.get(`/api/v1/color/${c2.id}`)).body).toEqual(c2);
    });

    it('blank or null inner_code, over-length pantone_code and a numeric description are 422', async () => {
      const color = await seed.color('C1');
      expect(rejectedLocations(await t.http.post('/api/v1/color/').send({ inner_code: '  ' }))).toEqual([['body', 'inner_code']]);
      expect(rejectedLocations(await t.http.post('/api/v1/color/').send({ inner_code: 'C9', pantone_code: 'p'.repeat(51) }))).toEqual([
        ['body', 'pantone_code'],
      ]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/color/${color.id}`).send({ inner_code: null }))).toEqual([['body', 'inner_code']]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/color/${color.id}`).send({ description: 7 }))).toEqual([['body', 'description']]);
      expect((await t.http.get(`/api/v1/color/${color.id}`)).body).toEqual(color);
    });

    it('PUT, PATCH and DELETE of an unknown colour are 404', async () => {
      await t.http.put('/api/v1/color/999').send({ inner_code: 'C' }).expect(404, { detail: 'Color not found' });
      await t.http.patch('/api/v1/color/999').send({}).expect(404, { detail: 'Color not found' });
      await t.http.delete('/api/v1/color/999').expect(404, { detail: 'Color not found' });
    });

    it('a colour used by a SKU unit cannot be deleted', async () => {
      const { color } = await seed.skuUnit('1');
      await t.http.delete(`/api/v1/color/${color.id}`).expect(409, { detail: 'Color is still referenced' });
      await t.http.get(`/api/v1/color/${color.id}`).expect(200);
    });
  });

  describe('sizes (/api/v1/size)', () => {
    it('CAT-10 sort_order defaults to 0, PUT without it resets it, duplicate label 409', async () => {
      const s = await t.http.post('/api/v1/size/').send({ label: 'S' }).expect(201);
      expect(s.body).toEqual({ id: expect.any(Number), label: 'S', sort_order: 0 });
      const m = await t.http.post('/api/v1/size/').send({ label: 'M', sort_order: 2 }).expect(201);
      expect(m.body).toEqual({ id: expect.any(Number), label: 'M', sort_order: 2 });
      await t.http.patch(`/api/v1/size/${s.body.id}`).send({ sort_order: 5 }).expect(200);
      const reset = await t.http.put(`/api/v1/size/${s.body.id}`).send({ label: 'S' }).expect(200);
      expect(reset.body).toEqual({ id: s.body.id, label: 'S', sort_order: 0 });
      await t.http.post('/api/v1/size/').send({ label: 'S', sort_order: 9 }).expect(409, { detail: 'Size label already exists' });
    });

    it('list, get, PATCH, label conflict on update, DELETE', async () => {
      const s = await seed.size('S', 1);
      const m = await seed.size('M', 2);
      expect((await t.http.get('/api/v1/size').expect(200)).body).toEqual([s, m]);
      expect((await t.http.get(`/api/v1/size/${m.id}`).expect(200)).body).toEqual(m);
      const patched = await t.http.patch(`/api/v1/size/${m.id}`).send({ sort_order: -3 }).expect(200);
      expect(patched.body).toEqual({ id: m.id, label: 'M', sort_order: -3 });
      await t.http.patch(`/api/v1/size/${m.id}`).send({ label: 'S' }).expect(409, { detail: 'Size label already exists' });
      await t.http.delete(`/api/v1/size/${s.id}`).expect(204);
      await t.http.get(`/api/v1/size/${s.id}`).expect(404, { detail: 'Size not found' });
    });

    it('a numeric string or a fraction for sort_order, and null sort_order on PATCH, are 422', async () => {
      const size = await seed.size('S', 1);
      expect(rejectedLocations(await t.http.post('/api/v1/size/').send({ label: 'M', sort_order: '2' }))).toEqual([['body', 'sort_order']]);
      expect(rejectedLocations(await t.http.post('/api/v1/size/').send({ label: 'M', sort_order: 2.5 }))).toEqual([['body', 'sort_order']]);
      expect(rejectedLocations(await t.http.put(`/api/v1/size/${size.id}`).send({ label: 'S', sort_order: null }))).toEqual([
        ['body', 'sort_order'],
      ]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/size/${size.id}`).send({ sort_order: null }))).toEqual([['body', 'sort_order']]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/size/${size.id}`).send({ sort_order: 2147483648 }))).toEqual([
        ['body', 'sort_order'],
      ]);
      expect((await t.http.get(`/api/v1/size/${size.id}`)).body).toEqual(size);
    });

    it('a size used by a SKU unit cannot be deleted', async () => {
      const { size } = await seed.skuUnit('1');
      await t.http.delete(`/api/v1/size/${size.id}`).expect(409, { detail: 'Size is still referenced' });
    });
  });

  describe('bundle types (/api/v1/bundle-type)', () => {
    it('CAT-12 create, duplicate code 409, missing name 422', async () => {
      const created = await t.http.post('/api/v1/bundle-type/').send({ code: '4pack', name: '4 pack' }).expect(201);
      expect(created.body).toEqual({ id: expect.any(Number), code: '4pack', name: '4 pack' });
      await t.http.post('/api/v1/bundle-type/').send({ code: '4pack', name: 'other' }).expect(409, { detail: 'BundleType code already exists' });
      const missing = await t.http.post('/api/v1/bundle-type/').send({ code: '5pack' }).expect(422);
      expect(missing.body.detail).toEqual([expect.objectContaining({ type: 'missing', loc: ['body', 'name'] })]);
    });

    it('list, get, PUT, PATCH, DELETE and 404s', async () => {
      const four = await seed.bundleType('4pack');
      const five = await seed.bundleType('5pack');
      expect((await t.http.get('/api/v1/bundle-type').expect(200)).body).toEqual([four, five]);
      const replaced = await t.http.put(`/api/v1/bundle-type/${four.id}`).send({ code: '4p', name: 'Four' }).expect(200);
      expect(replaced.body).toEqual({ id: four.id, code: '4p', name: 'Four' });
      const patched = await t.http.patch(`/api/v1/bundle-type/${four.id}`).send({ name: 'Four pack' }).expect(200);
      expect(patched.body).toEqual({ id: four.id, code: '4p', name: 'Four pack' });
      await t.http.patch(`/api/v1/bundle-type/${five.id}`).send({ code: '4p' }).expect(409, { detail: 'BundleType code already exists' });
      await t.http.delete(`/api/v1/bundle-type/${five.id}`).expect(204);
      expect((await t.http.get(`/api/v1/bundle-type/${four.id}/`).expect(200)).body).toEqual(patched.body);
      await t.http.get(`/api/v1/bundle-type/${five.id}`).expect(404, { detail: 'BundleType not found' });
    });

    it('blank code or name, a name over 100 characters and a null name on PATCH are 422', async () => {
      const type = await seed.bundleType('4pack');
      expect(rejectedLocations(await t.http.post('/api/v1/bundle-type/').send({ code: '', name: ' ' }))).toEqual([
        ['body', 'code'],
        ['body', 'name'],
      ]);
      expect(rejectedLocations(await t.http.post('/api/v1/bundle-type/').send({ code: '6pack', name: 'n'.repeat(101) }))).toEqual([
        ['body', 'name'],
      ]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/bundle-type/${type.id}`).send({ name: null }))).toEqual([['body', 'name']]);
      expect((await t.http.get(`/api/v1/bundle-type/${type.id}`)).body).toEqual(type);
    });
  });

  describe('warehouses (/api/v1/warehouse)', () => {
    it('CAT-14 create, duplicate code 409, missing type 422', async () => {
      const created = await t.http.post('/api/v1/warehouse/').send({ code: 'NSK', name: 'NSK', type: 'internal' }).expect(201);
      expect(created.body).toEqual({ id: expect.any(Number), code: 'NSK', name: 'NSK', type: 'internal' });
      await t.http
        .post('/api/v1/warehouse/')
        .send({ code: 'NSK', name: 'Other', type: 'external' })
        .expect(409, { detail: 'Warehouse code already exists' });
      const missing = await t.http.post('/api/v1/warehouse/').send({ code: 'W2', name: 'W2' }).expect(422);
      expect(missing.body.detail).toEqual([expect.objectContaining({ type: 'missing', loc: ['body', 'type'] })]);
    });

    it('list, get, PUT, PATCH, DELETE; type is free text', async () => {
      const nsk = await seed.warehouse('NSK', 'internal');
      const other = await seed.warehouse('MSK', 'partner-3pl');
      expect((await t.http.get('/api/v1/warehouse').expect(200)).body).toEqual([nsk, other]);
      const replaced = await t.http.put(`/api/v1/warehouse/${other.id}`).send({ code: 'MSK', name: 'Moscow', type: 'Internal' }).expect(200);
      expect(replaced.body).toEqual({ id: other.id, code: 'MSK', name: 'Moscow', type: 'Internal' });
      const patched = await t.http.patch(`/api/v1/warehouse/${other.id}`).send({ type: 'external' }).expect(200);
      expect(patched.body).toEqual({ id: other.id, code: 'MSK', name: 'Moscow', type: 'external' });
      await t.http.put(`/api/v1/warehouse/${other.id}`).send({ code: 'NSK', name: 'x', type: 'x' }).expect(409, { detail: 'Warehouse code already exists' });
      await t.http.delete(`/api/v1/warehouse/${other.id}`).expect(204);
      await t.http.get(`/api/v1/warehouse/${other.id}`).expect(404, { detail: 'Warehouse not found' });
    });

    it('blank code, name or type and over-length values are 422', async () => {
      const res = await t.http.post('/api/v1/warehouse/').send({ code: ' ', name: '', type: 't'.repeat(51) });
      expect(rejectedLocations(res)).toEqual([
        ['body', 'code'],
        ['body', 'name'],
        ['body', 'type'],
      ]);
      const nsk = await seed.warehouse('NSK');
      expect(rejectedLocations(await t.http.patch(`/api/v1/warehouse/${nsk.id}`).send({ type: '  ' }))).toEqual([['body', 'type']]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/warehouse/${nsk.id}`).send({ name: 'n'.repeat(256) }))).toEqual([['body', 'name']]);
      expect((await t.http.get(`/api/v1/warehouse/${nsk.id}`)).body).toEqual(nsk);
    });

    it('a warehouse holding a stock balance cannot be deleted', async () => {
      const { sku } = await seed.skuUnit('1');
      const nsk = await seed.warehouse('NSK');
      await seed.create('stock-balance', { sku_unit_id: sku.id, warehouse_id: nsk.id, quantity: 1 });
      await t.http.delete(`/api/v1/warehouse/${nsk.id}`).expect(409, { detail: 'Warehouse is still referenced' });
      await t.http.get(`/api/v1/warehouse/${nsk.id}`).expect(200);
    });
  });
});
