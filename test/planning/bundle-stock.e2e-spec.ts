import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures, F1 } from './analytics-fixtures';

/* GET /api/v1/planning/bundle-availability and /bundle-deficit (02 §3.3, §3.4, examples 19–27). */
describe('Planning bundle availability and deficit', () => {
  let t: TestApp;
  let seed: AnalyticsFixtures;
  let f1: F1;

  beforeAll(async () => {
    t = await createTestApp();
    seed = new AnalyticsFixtures(t.db);
    await seed.reset();
    f1 = await seed.f1();
  });
  afterAll(() => t.close());

  const availability = (query: Record<string, number | string>) => t.http.get('/api/v1/planning/bundle-availability').query(query);
  const deficit = (query: Record<string, number | string>) => t.http.get('/api/v1/planning/bundle-deficit').query(query);
  const at = (bundleTypeId: number, warehouseId: number) => ({ article_id: f1.article, bundle_type_id: bundleTypeId, warehouse_id: warehouseId });

  it('example 19: availability of T2 at W1, ascending size id', async () => {
    const res = await availability(at(f1.bundleType.T2, f1.warehouse.W1)).expect(200);
    expect(res.body).toEqual({
      article_id: f1.article,
      bundle_type_id: f1.bundleType.T2,
      warehouse_id: f1.warehouse.W1,
      total_available: 4,
      per_size: [
        { size_id: f1.size.L, size_label: 'L', available: 4 },
        { size_id: f1.size.S, size_label: 'S', available: 0 },
        { size_id: f1.size.M, size_label: 'M', available: 0 },
      ],
    });
  });

  it('example 20: T3 needs a K single in every size', async () => {
    const res = await availability(at(f1.bundleType.T3, f1.warehouse.W1)).expect(200);
    expect(res.body.total_available).toBe(0);
    expect(res.body.per_size.map((size: { available: number }) => size.available)).toEqual([0, 0, 0]);
  });

  it('example 21: only the named warehouse counts, whatever its type', async () => {
    const w2 = await availability(at(f1.bundleType.T2, f1.warehouse.W2)).expect(200);
    expect(w2.body.per_size.map((size: { available: number }) => size.available)).toEqual([50, 0, 0]);
    expect(w2.body.total_available).toBe(50);
    expect((await availability(at(f1.bundleType.T2, f1.warehouse.W3)).expect(200)).body.total_available).toBe(0);
  });

  it('example 22: no recipe is 400; unknown article, bundle type and warehouse are 404 in that order', async () => {
    expect((await availability(at(f1.bundleType.T9, f1.warehouse.W1)).expect(400)).body).toEqual({
      detail: 'No bundle recipe defined for this article and bundle type',
    });
    const cases: [Record<string, number | string>, string][] = [
      [{ ...at(f1.bundleType.T2, f1.warehouse.W1), article_id: 9999 }, 'Article not found'],
      [at(9999, f1.warehouse.W1), 'BundleType not found'],
      [at(f1.bundleType.T2, 9999), 'Warehouse not found'],
      [{ ...at(f1.bundleType.T2, 9999), article_id: 9999 }, 'Article not found'],
      [{ ...at(f1.bundleType.T2, f1.warehouse.W1), article_id: '99999999999' }, 'Article not found'],
    ];
    for (const [query, detail] of cases) {
      expect((await availability(query).expect(404)).body).toEqual({ detail });
      expect((await deficit({ ...query, target_count: 1 }).expect(404)).body).toEqual({ detail });
    }
    expect((await deficit({ ...at(f1.bundleType.T9, f1.warehouse.W1), target_count: 1 }).expect(400)).body.detail).toBe(
      'No bundle recipe defined for this article and bundle type',
    );
  });

  it('example 23 and 27: recipe colours without SKUs give empty sizes and zero totals', async () => {
    const other = await seed.article('F1-OTHER');
    const lonely = await seed.color('F1-LONELY');
    const bundleType = await seed.bundleType('F1-LONELY-T');
    await seed.recipe(other, bundleType, [lonely]);
    const query = { article_id: other, bundle_type_id: bundleType, warehouse_id: f1.warehouse.W1 };
    expect((await availability(query).expect(200)).body).toMatchObject({ total_available: 0, per_size: [] });
    expect((await deficit({ ...query, target_count: 3 }).expect(200)).body).toMatchObject({
      per_size: [],
      total_deficit_per_color: { [lonely]: 0 },
    });
  });

  it('example 24: deficit of T2 at W1 for 6 per size keeps negative stock', async () => {
    const { A, B } = f1.color;
    const res = await deficit({ ...at(f1.bundleType.T2, f1.warehouse.W1), target_count: 6 }).expect(200);
    const required = { [A]: 6, [B]: 6 };
    expect(res.body).toEqual({
      article_id: f1.article,
      bundle_type_id: f1.bundleType.T2,
      warehouse_id: f1.warehouse.W1,
      target_count: 6,
      per_size: [
        { size_id: f1.size.L, size_label: 'L', required, current: { [A]: 10, [B]: 4 }, deficit: { [A]: 0, [B]: 2 } },
        { size_id: f1.size.S, size_label: 'S', required, current: { [A]: 7, [B]: -3 }, deficit: { [A]: 0, [B]: 9 } },
        { size_id: f1.size.M, size_label: 'M', required, current: { [A]: 5, [B]: 0 }, deficit: { [A]: 1, [B]: 6 } },
      ],
      total_deficit_per_color: { [A]: 1, [B]: 17 },
    });
    expect(Object.keys(res.body.total_deficit_per_color)).toEqual([String(A), String(B)]);
  });

  it('example 25: the third colour appears with current 0 where it has no SKU', async () => {
    const { A, B, K } = f1.color;
    const res = await deficit({ ...at(f1.bundleType.T3, f1.warehouse.W1), target_count: 6 }).expect(200);
    expect(res.body.per_size.map((size: { current: Record<string, number>; deficit: Record<string, number> }) => [size.current[K], size.deficit[K]])).toEqual([
      [0, 6],
      [100, 0],
      [0, 6],
    ]);
    expect(res.body.total_deficit_per_color).toEqual({ [A]: 1, [B]: 17, [K]: 12 });
  });

  it('example 26: a non-positive target_count is 400 before any lookup; a missing one is 422', async () => {
    for (const targetCount of [0, -1]) {
      const res = await deficit({ ...at(f1.bundleType.T2, f1.warehouse.W1), article_id: 9999, target_count: targetCount }).expect(400);
      expect(res.body).toEqual({ detail: 'target_count must be positive' });
    }
    const missing = await deficit(at(f1.bundleType.T2, f1.warehouse.W1)).expect(422);
    expect(missing.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'target_count']]);
  });

  it('parameters are validated before anything else: every missing or non-integer one is reported', async () => {
    const res = await availability({ article_id: 'x' }).expect(422);
    expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([
      ['query', 'article_id'],
      ['query', 'bundle_type_id'],
      ['query', 'warehouse_id'],
    ]);
    await deficit({ ...at(f1.bundleType.T2, f1.warehouse.W1), target_count: '1.5' }).expect(422);
  });
});

describe('Planning bundle availability on an empty database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await new AnalyticsFixtures(t.db).reset();
  });
  afterAll(() => t.close());

  it('answers 404 for the article', async () => {
    const res = await t.http.get('/api/v1/planning/bundle-availability').query({ article_id: 1, bundle_type_id: 1, warehouse_id: 1 }).expect(404);
    expect(res.body).toEqual({ detail: 'Article not found' });
  });
});
