import { createTestApp, TestApp } from '../support/test-app';
import { CatalogSeeder, emptyCatalog, rejectedLocations, whileUncommitted } from './catalog-test-kit';

describe('Catalog: SKU units and bundle recipes', () => {
  let t: TestApp;
  let seed: CatalogSeeder;

  beforeAll(async () => {
    t = await createTestApp();
    seed = new CatalogSeeder(t.http);
  });
  afterAll(() => t.close());
  beforeEach(() => emptyCatalog(t.db));

  const SKU_TAKEN = { detail: 'SkuUnit combination already exists' };
  const RECIPE_TAKEN = { detail: 'BundleRecipe with same combination already exists' };

  describe('SKU units (/api/v1/sku-unit)', () => {
    it('CAT-11 a triple exists once; PATCH merges before checking; PATCH {} changes nothing', async () => {
      const article = await seed.article('A');
      const color = await seed.color('C');
      const s = await seed.size('S');
      const m = await seed.size('M');
      const triple = { article_id: article.id, color_id: color.id, size_id: s.id };
      const first = await t.http.post('/api/v1/sku-unit/').send(triple).expect(201);
      expect(first.body).toEqual({ id: expect.any(Number), ...triple });
      await t.http.post('/api/v1/sku-unit/').send(triple).expect(409, SKU_TAKEN);

      const second = await seed.create('sku-unit', { ...triple, size_id: m.id });
      await t.http.patch(`/api/v1/sku-unit/${second.id}`).send({ size_id: s.id }).expect(409, SKU_TAKEN);
      expect((await t.http.patch(`/api/v1/sku-unit/${second.id}`).send({}).expect(200)).body).toEqual(second);
      expect((await t.http.get(`/api/v1/sku-unit/${second.id}`).expect(200)).body).toEqual(second);
    });

    it('CAT-18 an unknown article_id is 422 naming the field, and nothing is stored', async () => {
      const color = await seed.color('C');
      const size = await seed.size('S');
      const res = await t.http.post('/api/v1/sku-unit/').send({ article_id: 424242, color_id: color.id, size_id: size.id }).expect(422);
      expect(res.body.detail).toEqual([
        expect.objectContaining({ loc: ['body', 'article_id'], msg: 'article_id refers to a non-existent article', input: 424242 }),
      ]);
      expect(await t.db.query('SELECT id FROM sku_unit')).toEqual([]);
    });

    it('every unknown reference is reported together on create, PUT and PATCH', async () => {
      const { sku } = await seed.skuUnit('1');
      const all = await t.http.post('/api/v1/sku-unit/').send({ article_id: 9001, color_id: 9002, size_id: 9003 });
      expect(rejectedLocations(all)).toEqual([
        ['body', 'article_id'],
        ['body', 'color_id'],
        ['body', 'size_id'],
      ]);
      const put = await t.http.put(`/api/v1/sku-unit/${sku.id}`).send({ ...sku, id: undefined, color_id: 9002 });
      expect(put.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'color_id'], msg: 'color_id refers to a non-existent color' })]);
      const patch = await t.http.patch(`/api/v1/sku-unit/${sku.id}`).send({ size_id: 9003 });
      expect(patch.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'size_id'], msg: 'size_id refers to a non-existent size' })]);
      expect((await t.http.get(`/api/v1/sku-unit/${sku.id}`)).body).toEqual(sku);
    });

    it('list, get, PUT, PATCH and DELETE', async () => {
      const { article, color, size, sku } = await seed.skuUnit('1');
      const m = await seed.size('M');
      const other = await seed.color('C2');
      expect((await t.http.get('/api/v1/sku-unit').expect(200)).body).toEqual([sku]);
      const replaced = await t.http.put(`/api/v1/sku-unit/${sku.id}`).send({ article_id: article.id, color_id: color.id, size_id: m.id }).expect(200);
      expect(replaced.body).toEqual({ id: sku.id, article_id: article.id, color_id: color.id, size_id: m.id });
      const patched = await t.http.patch(`/api/v1/sku-unit/${sku.id}`).send({ color_id: other.id, size_id: size.id }).expect(200);
      expect(patched.body).toEqual({ id: sku.id, article_id: article.id, color_id: other.id, size_id: size.id });
      await t.http.delete(`/api/v1/sku-unit/${sku.id}/`).expect(204);
      await t.http.get(`/api/v1/sku-unit/${sku.id}`).expect(404, { detail: 'SkuUnit not found' });
    });

    it('missing fields, numeric strings and explicit nulls are 422; unknown ids are 404', async () => {
      const { sku } = await seed.skuUnit('1');
      const missing = await t.http.post('/api/v1/sku-unit/').send({ article_id: sku.article_id }).expect(422);
      expect(missing.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([
        ['body', 'color_id'],
        ['body', 'size_id'],
      ]);
      expect(rejectedLocations(await t.http.post('/api/v1/sku-unit/').send({ ...sku, id: undefined, size_id: String(sku.size_id) }))).toEqual([
        ['body', 'size_id'],
      ]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/sku-unit/${sku.id}`).send({ article_id: null }))).toEqual([['body', 'article_id']]);
      await t.http.patch('/api/v1/sku-unit/999').send({}).expect(404, { detail: 'SkuUnit not found' });
      await t.http.delete('/api/v1/sku-unit/999').expect(404, { detail: 'SkuUnit not found' });
      expect((await t.http.get(`/api/v1/sku-unit/${sku.id}`)).body).toEqual(sku);
    });

    it('a SKU unit with a stock balance cannot be deleted', async () => {
      const { sku } = await seed.skuUnit('1');
      const nsk = await seed.warehouse('NSK');
      await seed.create('stock-balance', { sku_unit_id: sku.id, warehouse_id: nsk.id, quantity: 3 });
      await t.http.delete(`/api/v1/sku-unit/${sku.id}`).expect(409, { detail: 'SkuUnit is still referenced' });
      await t.http.get(`/api/v1/sku-unit/${sku.id}`).expect(200);
    });

    it('two simultaneous creates of one triple: exactly one 201 and one 409', async () => {
      const article = await seed.article('A');
      const color = await seed.color('C');
      const size = await seed.size('S');
      const triple = { article_id: article.id, color_id: color.id, size_id: size.id };
      const answers = await Promise.all([t.http.post('/api/v1/sku-unit/').send(triple), t.http.post('/api/v1/sku-unit/').send(triple)]);
      expect(answers.map((res) => res.status).sort()).toEqual([201, 409]);
      expect(answers.find((res) => res.status === 409)?.body).toEqual(SKU_TAKEN);
      expect(await t.db.query('SELECT article_id, color_id, size_id FROM sku_unit')).toEqual([triple]);
    });

    it('a triple committed after the pre-check is still 409 with the same detail (unique constraint)', async () => {
      const article = await seed.article('A');
      const color = await seed.color('C');
      const size = await seed.size('S');
      const triple = { article_id: article.id, color_id: color.id, size_id: size.id };
      const res = await whileUncommitted(t.db, 'INSERT INTO sku_unit (article_id, color_id, size_id) VALUES ($1, $2, $3)', Object.values(triple), () =>
        t.http.post('/api/v1/sku-unit/').send(triple),
      );
      expect(res.status).toBe(409);
      expect(res.body).toEqual(SKU_TAKEN);
    });

    it('an article deleted after the reference check is still 422 naming the field (foreign key)', async () => {
      const article = await seed.article('GONE');
      const color = await seed.color('C');
      const size = await seed.size('S');
      const res = await whileUncommitted(t.db, 'DELETE FROM article WHERE id = $1', [article.id], () =>
        t.http.post('/api/v1/sku-unit/').send({ article_id: article.id, color_id: color.id, size_id: size.id }),
      );
      expect(res.status).toBe(422);
      expect(res.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'article_id'], msg: 'article_id refers to a non-existent article' })]);
      expect(await t.db.query('SELECT id FROM sku_unit')).toEqual([]);
    });
  });

  describe('bundle recipes (/api/v1/bundle-recipe)', () => {
    async function recipeSetup() {
      const article = await seed.article('A');
      const type = await seed.bundleType('4pack');
      const c1 = await seed.color('C1');
      const c2 = await seed.color('C2');
      return { article, type, c1, c2, base: { article_id: article.id, bundle_type_id: type.id } };
    }

    it('CAT-13 distinct colours and distinct positions per article and bundle type', async () => {
      const { c1, c2, base } = await recipeSetup();
      const first = await t.http.post('/api/v1/bundle-recipe/').send({ ...base, color_id: c1.id, position: 1 }).expect(201);
      expect(first.body).toEqual({ id: expect.any(Number), ...base, color_id: c1.id, position: 1 });
      await t.http.post('/api/v1/bundle-recipe/').send({ ...base, color_id: c2.id, position: 1 }).expect(409, RECIPE_TAKEN);
      await t.http.post('/api/v1/bundle-recipe/').send({ ...base, color_id: c1.id, position: 2 }).expect(409, RECIPE_TAKEN);
      const second = await t.http.post('/api/v1/bundle-recipe/').send({ ...base, color_id: c2.id, position: 2 }).expect(201);
      await t.http.patch(`/api/v1/bundle-recipe/${second.body.id}`).send({ position: 1 }).expect(409, RECIPE_TAKEN);
      expect((await t.http.get(`/api/v1/bundle-recipe/${second.body.id}`)).body).toEqual(second.body);
    });

    it('a duplicate with an unknown colour is 409: uniqueness is checked before references', async () => {
      const { c1, base } = await recipeSetup();
      await seed.create('bundle-recipe', { ...base, color_id: c1.id, position: 1 });
      await t.http.post('/api/v1/bundle-recipe/').send({ ...base, color_id: 777777, position: 1 }).expect(409, RECIPE_TAKEN);
      const unknown = await t.http.post('/api/v1/bundle-recipe/').send({ ...base, color_id: 777777, position: 2 }).expect(422);
      expect(unknown.body.detail).toEqual([expect.objectContaining({ loc: ['body', 'color_id'], msg: 'color_id refers to a non-existent color' })]);
      const unknownType = await t.http.post('/api/v1/bundle-recipe/').send({ ...base, bundle_type_id: 88, color_id: c1.id, position: 1 });
      expect(unknownType.body.detail).toEqual([
        expect.objectContaining({ loc: ['body', 'bundle_type_id'], msg: 'bundle_type_id refers to a non-existent bundle type' }),
      ]);
    });

    it('the same colour and position are fine in another bundle type', async () => {
      const { c1, base } = await recipeSetup();
      const five = await seed.bundleType('5pack');
      await seed.create('bundle-recipe', { ...base, color_id: c1.id, position: 1 });
      await t.http.post('/api/v1/bundle-recipe/').send({ ...base, bundle_type_id: five.id, color_id: c1.id, position: 1 }).expect(201);
    });

    it('list, get, PUT, PATCH and DELETE; re-submitting its own values is no conflict', async () => {
      const { c1, c2, base } = await recipeSetup();
      const first = await seed.create('bundle-recipe', { ...base, color_id: c1.id, position: 1 });
      const second = await seed.create('bundle-recipe', { ...base, color_id: c2.id, position: 2 });
      expect((await t.http.get('/api/v1/bundle-recipe').expect(200)).body).toEqual([first, second]);
      await t.http.put(`/api/v1/bundle-recipe/${first.id}`).send({ ...base, color_id: c1.id, position: 1 }).expect(200);
      const moved = await t.http.put(`/api/v1/bundle-recipe/${first.id}`).send({ ...base, color_id: c1.id, position: 3 }).expect(200);
      expect(moved.body).toEqual({ id: first.id, ...base, color_id: c1.id, position: 3 });
      const patched = await t.http.patch(`/api/v1/bundle-recipe/${second.id}`).send({ position: 1 }).expect(200);
      expect(patched.body).toEqual({ ...second, position: 1 });
      await t.http.patch(`/api/v1/bundle-recipe/${second.id}`).send({ color_id: c1.id }).expect(409, RECIPE_TAKEN);
      await t.http.delete(`/api/v1/bundle-recipe/${first.id}`).expect(204);
      await t.http.get(`/api/v1/bundle-recipe/${first.id}`).expect(404, { detail: 'BundleRecipe not found' });
    });

    it('position below 1 and a missing position are 422; a referenced bundle type cannot be deleted', async () => {
      const { type, c1, base } = await recipeSetup();
      expect(rejectedLocations(await t.http.post('/api/v1/bundle-recipe/').send({ ...base, color_id: c1.id, position: 0 }))).toEqual([
        ['body', 'position'],
      ]);
      expect(rejectedLocations(await t.http.post('/api/v1/bundle-recipe/').send({ ...base, color_id: c1.id }))).toEqual([['body', 'position']]);
      const recipe = await seed.create('bundle-recipe', { ...base, color_id: c1.id, position: 1 });
      expect(rejectedLocations(await t.http.patch(`/api/v1/bundle-recipe/${recipe.id}`).send({ position: -1 }))).toEqual([['body', 'position']]);
      await t.http.delete(`/api/v1/bundle-type/${type.id}`).expect(409, { detail: 'BundleType is still referenced' });
      expect((await t.http.get(`/api/v1/bundle-recipe/${recipe.id}`)).body).toEqual(recipe);
    });
  });
});
