import { createTestApp, TestApp } from '../support/test-app';
import { CatalogSeeder, emptyCatalog, rejectedLocations, whileUncommitted } from './catalog-test-kit';

describe('Catalog: articles (/api/v1/article)', () => {
  let t: TestApp;
  let seed: CatalogSeeder;

  beforeAll(async () => {
    t = await createTestApp();
    seed = new CatalogSeeder(t.http);
  });
  afterAll(() => t.close());
  beforeEach(() => emptyCatalog(t.db));

  const storedArticles = () => t.db.query('SELECT id, code, name FROM article ORDER BY id');

  it('CAT-1 create, get and list an article', async () => {
    const created = await t.http.post('/api/v1/article/').send({ code: 'A1' }).expect(201);
    const id = created.body.id;
    expect(created.body).toEqual({ id: expect.any(Number), code: 'A1', name: null });
    expect((await t.http.get(`/api/v1/article/${id}`).expect(200)).body).toEqual(created.body);
    expect((await t.http.get('/api/v1/article/').expect(200)).body).toEqual([{ id, code: 'A1', name: null }]);
  });

  it('CAT-2 a duplicate code is 409, while codes differing only in case are distinct', async () => {
    await seed.article('A1');
    const duplicate = await t.http.post('/api/v1/article/').send({ code: 'A1', name: 'x' }).expect(409);
    expect(duplicate.body).toEqual({ detail: 'Article code already exists' });
    await t.http.post('/api/v1/article/').send({ code: 'a1' }).expect(201);
    expect((await storedArticles()).map((row) => row.code)).toEqual(['A1', 'a1']);
  });

  it('CAT-3 validation: missing code, wrong type, no body and malformed JSON are 422', async () => {
    const missing = await t.http.post('/api/v1/article/').send({ name: 'x' }).expect(422);
    expect(missing.body.detail).toEqual([expect.objectContaining({ type: 'missing', loc: ['body', 'code'] })]);
    expect(rejectedLocations(await t.http.post('/api/v1/article/').send({ code: 5 }))).toEqual([['body', 'code']]);
    const noBody = await t.http.post('/api/v1/article/').expect(422);
    expect(noBody.body.detail).toEqual([expect.objectContaining({ type: 'missing', loc: ['body'] })]);
    const malformed = await t.http.post('/api/v1/article/').set('Content-Type', 'application/json').send('{"code": "A1",').expect(422);
    expect(malformed.body.detail).toEqual([expect.objectContaining({ type: 'json_invalid', loc: ['body', expect.any(Number)] })]);
    expect(await storedArticles()).toEqual([]);
  });

  it('CAT-4 unknown ids are 404 on every item route, a non-integer id is 422', async () => {
    const notFound = { detail: 'Article not found' };
    expect((await t.http.get('/api/v1/article/999').expect(404)).body).toEqual(notFound);
    expect(rejectedLocations(await t.http.get('/api/v1/article/abc'))).toEqual([['path', 'id']]);
    expect((await t.http.put('/api/v1/article/999').send({ code: 'X' }).expect(404)).body).toEqual(notFound);
    expect((await t.http.patch('/api/v1/article/999').send({ name: 'X' }).expect(404)).body).toEqual(notFound);
    expect((await t.http.delete('/api/v1/article/999').expect(404)).body).toEqual(notFound);
  });

  it('CAT-5 PUT is a full replacement: an omitted name becomes null', async () => {
    const article = await seed.article('A1', 'N');
    const res = await t.http.put(`/api/v1/article/${article.id}`).send({ code: 'A1b' }).expect(200);
    expect(res.body).toEqual({ id: article.id, code: 'A1b', name: null });
    expect(await storedArticles()).toEqual([{ id: article.id, code: 'A1b', name: null }]);
  });

  it('CAT-6 PATCH changes only the fields present, null included, and its own code is no conflict', async () => {
    const article = await seed.article('A1b');
    const named = await t.http.patch(`/api/v1/article/${article.id}`).send({ name: 'N' }).expect(200);
    expect(named.body).toEqual({ id: article.id, code: 'A1b', name: 'N' });
    const cleared = await t.http.patch(`/api/v1/article/${article.id}`).send({ name: null }).expect(200);
    expect(cleared.body).toEqual({ id: article.id, code: 'A1b', name: null });
    await t.http.patch(`/api/v1/article/${article.id}`).send({ code: 'A1b' }).expect(200);
    const unchanged = await t.http.patch(`/api/v1/article/${article.id}`).send({}).expect(200);
    expect(unchanged.body).toEqual({ id: article.id, code: 'A1b', name: null });
  });

  it('CAT-7 taking another article’s code by PATCH or PUT is 409 and changes nothing', async () => {
    await seed.article('A1b');
    const b = await seed.article('A2', 'second');
    const conflict = { detail: 'Article code already exists' };
    expect((await t.http.patch(`/api/v1/article/${b.id}`).send({ code: 'A1b' }).expect(409)).body).toEqual(conflict);
    expect((await t.http.put(`/api/v1/article/${b.id}`).send({ code: 'A1b' }).expect(409)).body).toEqual(conflict);
    expect((await t.http.get(`/api/v1/article/${b.id}`).expect(200)).body).toEqual({ id: b.id, code: 'A2', name: 'second' });
  });

  it('CAT-8 DELETE answers 204 with an empty body, then 404', async () => {
    const b = await seed.article('A2');
    const res = await t.http.delete(`/api/v1/article/${b.id}`).expect(204);
    expect(res.text).toBe('');
    await t.http.delete(`/api/v1/article/${b.id}`).expect(404);
    expect(await storedArticles()).toEqual([]);
  });

  it('CAT-17 collection and item routes answer the same with and without a trailing slash', async () => {
    const article = await seed.article('A1');
    const withSlash = await t.http.get('/api/v1/article/').expect(200);
    const withoutSlash = await t.http.get('/api/v1/article').expect(200);
    expect(withoutSlash.body).toEqual(withSlash.body);
    expect(withSlash.body).toEqual([article]);
    expect((await t.http.get(`/api/v1/article/${article.id}/`).expect(200)).body).toEqual(article);
    await t.http.post('/api/v1/article').send({ code: 'A2' }).expect(201);
    await t.http.patch(`/api/v1/article/${article.id}/`).send({ name: 'slash' }).expect(200);
    await t.http.put(`/api/v1/article/${article.id}/`).send({ code: 'A1', name: 'put' }).expect(200);
    await t.http.delete(`/api/v1/article/${article.id}/`).expect(204);
    expect((await storedArticles()).map((row) => row.code)).toEqual(['A2']);
  });

  it('CAT-18 a referenced article cannot be deleted (409), an explicit null code and a 51-character code are 422', async () => {
    const { article } = await seed.skuUnit('1');
    expect((await t.http.delete(`/api/v1/article/${article.id}`).expect(409)).body).toEqual({ detail: 'Article is still referenced' });
    expect((await t.http.get(`/api/v1/article/${article.id}`).expect(200)).body).toEqual(article);
    expect(rejectedLocations(await t.http.patch(`/api/v1/article/${article.id}`).send({ code: null }))).toEqual([['body', 'code']]);
    expect(rejectedLocations(await t.http.post('/api/v1/article/').send({ code: 'X'.repeat(51) }))).toEqual([['body', 'code']]);
    await t.http.post('/api/v1/article/').send({ code: 'X'.repeat(50) }).expect(201);
  });

  describe('validation', () => {
    it('blank codes are 422 on create, PUT and PATCH', async () => {
      const article = await seed.article('A1');
      expect(rejectedLocations(await t.http.post('/api/v1/article/').send({ code: '' }))).toEqual([['body', 'code']]);
      expect(rejectedLocations(await t.http.post('/api/v1/article/').send({ code: '   ' }))).toEqual([['body', 'code']]);
      expect(rejectedLocations(await t.http.put(`/api/v1/article/${article.id}`).send({ code: ' \t' }))).toEqual([['body', 'code']]);
      expect(rejectedLocations(await t.http.patch(`/api/v1/article/${article.id}`).send({ code: '' }))).toEqual([['body', 'code']]);
      expect(await storedArticles()).toEqual([{ id: article.id, code: 'A1', name: null }]);
    });

    it('a name over 255 characters is 422 and all failures are reported together', async () => {
      const res = await t.http.post('/api/v1/article/').send({ code: '', name: 'n'.repeat(256) });
      expect(rejectedLocations(res)).toEqual([['body', 'code'], ['body', 'name']]);
      await t.http.post('/api/v1/article/').send({ code: 'A1', name: 'n'.repeat(255) }).expect(201);
    });

    it('strings are stored exactly as sent, unknown properties are ignored', async () => {
      const res = await t.http.post('/api/v1/article/').send({ code: ' A1 ', name: ' Name ', colour: 'ignored' }).expect(201);
      expect(res.body).toEqual({ id: expect.any(Number), code: ' A1 ', name: ' Name ' });
    });

    it('an invalid body sent to an unknown id is 422, not 404', async () => {
      expect(rejectedLocations(await t.http.put('/api/v1/article/999').send({ name: 'no code' }))).toEqual([['body', 'code']]);
    });

    it('PATCH with an explicit null code is 422 and changes nothing, even alongside a valid field', async () => {
      const article = await seed.article('A1', 'keep');
      const res = await t.http.patch(`/api/v1/article/${article.id}`).send({ code: null, name: 'changed' });
      expect(rejectedLocations(res)).toEqual([['body', 'code']]);
      expect(await storedArticles()).toEqual([{ id: article.id, code: 'A1', name: 'keep' }]);
    });

    it('an id beyond the 32-bit range is an unknown id (404)', async () => {
      await t.http.get('/api/v1/article/2147483648').expect(404, { detail: 'Article not found' });
      await t.http.patch('/api/v1/article/99999999999999').send({}).expect(404);
      await t.http.delete('/api/v1/article/-2147483649').expect(404);
    });

    it('a fractional or alphanumeric path id is 422 at ["path","id"]', async () => {
      expect(rejectedLocations(await t.http.get('/api/v1/article/1.5'))).toEqual([['path', 'id']]);
      expect(rejectedLocations(await t.http.delete('/api/v1/article/7a'))).toEqual([['path', 'id']]);
    });

    it('a JSON array or string as body is 422 at ["body"]', async () => {
      expect(rejectedLocations(await t.http.post('/api/v1/article/').send([{ code: 'A1' }]))).toEqual([['body']]);
      expect(rejectedLocations(await t.http.patch('/api/v1/article/1').set('Content-Type', 'application/json').send('"A1"'))).toEqual([['body']]);
    });
  });

  it('an unsupported method on a catalog path is 405 with an Allow header', async () => {
    const res = await t.http.delete('/api/v1/article/').expect(405);
    expect(res.body).toEqual({ detail: 'Method Not Allowed' });
    expect(res.headers.allow.split(', ').sort()).toEqual(expect.arrayContaining(['GET', 'POST']));
    await t.http.post('/api/v1/article/1').send({ code: 'X' }).expect(405);
  });

  it('the list is ordered by ascending id', async () => {
    const ids = [];
    for (const code of ['Z', 'M', 'A']) ids.push((await seed.article(code)).id);
    const res = await t.http.get('/api/v1/article/').expect(200);
    expect(res.body.map((row: { id: number }) => row.id)).toEqual([...ids].sort((a, b) => a - b));
    expect(res.body.map((row: { code: string }) => row.code)).toEqual(['Z', 'M', 'A']);
  });

  it('OpenAPI names every catalog operation and its request and response schemas', async () => {
    const doc = (await t.http.get('/openapi.json').expect(200)).body;
    const operationIds = Object.values<Record<string, { operationId: string }>>(doc.paths).flatMap((ops) => Object.values(ops).map((op) => op.operationId));
    const resources = ['Article', 'Color', 'Size', 'SkuUnit', 'BundleType', 'BundleRecipe', 'Warehouse', 'StockBalance', 'PlanningSettings'];
    for (const one of resources) {
      const many = one === 'PlanningSettings' ? one : `${one}s`;
      expect(operationIds).toEqual(expect.arrayContaining([`list${many}`, `get${one}`, `create${one}`, `replace${one}`, `update${one}`, `delete${one}`]));
      expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining([`${one}Create`, `${one}Patch`, `${one}Read`]));
    }
    const createArticle = doc.paths['/api/v1/article/'].post;
    expect(createArticle.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ArticleCreate' });
    expect(createArticle.responses['201'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ArticleRead' });
    expect(Object.keys(createArticle.responses)).toEqual(expect.arrayContaining(['409', '422']));
    expect(doc.paths['/api/v1/article/{id}'].patch.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/ArticlePatch' });
  });

  describe('concurrency', () => {
    it('two simultaneous creates of one code: exactly one 201 and one 409', async () => {
      const [first, second] = await Promise.all([
        t.http.post('/api/v1/article/').send({ code: 'RACE' }),
        t.http.post('/api/v1/article/').send({ code: 'RACE' }),
      ]);
      expect([first.status, second.status].sort()).toEqual([201, 409]);
      const loser = first.status === 409 ? first : second;
      expect(loser.body).toEqual({ detail: 'Article code already exists' });
      expect((await storedArticles()).map((row) => row.code)).toEqual(['RACE']);
    });

    it('a duplicate committed after the pre-check is still 409 with the same detail (unique constraint)', async () => {
      const res = await whileUncommitted(t.db, `INSERT INTO article (code) VALUES ($1)`, ['LATE'], () =>
        t.http.post('/api/v1/article/').send({ code: 'LATE', name: 'mine' }),
      );
      expect(res.status).toBe(409);
      expect(res.body).toEqual({ detail: 'Article code already exists' });
      expect(await storedArticles()).toEqual([{ id: expect.any(Number), code: 'LATE', name: null }]);
    });
  });
});

describe('Characters PostgreSQL text cannot hold', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('a NUL character in a string field is a 422, not a 500, and nothing is stored', async () => {
    const res = await t.http.post('/api/v1/article/').send({ code: 'NUL\u0000CODE' }).expect(422);
    expect(res.body.detail[0].loc[0]).toBe('body');
    expect(await t.db.query('SELECT id FROM article')).toEqual([]);
  });
});
