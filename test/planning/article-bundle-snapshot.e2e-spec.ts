import { ArticleSnapshotService } from '@supply-brain/planning';
import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { AnalyticsFixtures } from './analytics-fixtures';

/* GET /api/v1/planning/article-bundle-snapshot (02 §3.5, examples 28–33). */
describe('Planning article bundle snapshot', () => {
  let t: TestApp;
  let seed: AnalyticsFixtures;
  const snapshotOf = (articleId: number | string) => t.http.get('/api/v1/planning/article-bundle-snapshot').query({ article_id: articleId });

  beforeAll(async () => {
    t = await createTestApp();
    seed = new AnalyticsFixtures(t.db);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  it('example 29: an unknown article is 404, also on an empty database', async () => {
    expect((await snapshotOf(1).expect(404)).body).toEqual({ detail: 'Article not found' });
    expect((await snapshotOf('99999999999').expect(404)).body).toEqual({ detail: 'Article not found' });
  });

  it('422 for a missing or non-integer article_id', async () => {
    const missing = await t.http.get('/api/v1/planning/article-bundle-snapshot').expect(422);
    expect(missing.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', 'article_id']]);
    await snapshotOf('abc').expect(422);
  });

  it('example 28: 4/5/6 packs from one pool of singles', async () => {
    const article = await seed.article('SNAP-28');
    const size = await seed.size('S', 1);
    const [a, b] = [await seed.color('SNAP-A'), await seed.color('SNAP-B')];
    const warehouse = await seed.warehouse('NSC', 'internal');
    await seed.balance(await seed.sku(article, a, size), warehouse, 10);
    await seed.balance(await seed.sku(article, b, size), warehouse, 5);
    const types: number[] = [];
    for (const [pack, wbStock] of [['4pack', 2], ['5pack', 10], ['6pack', 0]] as const) {
      const bundleType = await seed.bundleType(pack);
      types.push(bundleType);
      await seed.recipe(article, bundleType, [a, b]);
      await seed.mapping(article, `WB-SKU-${pack[0]}`, bundleType, size);
      await seed.wbStock(`WB-SKU-${pack[0]}`, wbStock);
    }
    const res = await snapshotOf(article).expect(200);
    expect(res.body).toEqual({
      article_id: article,
      article_code: 'SNAP-28',
      nsk_single_sku_stock: [
        { color_id: a, size_id: size, quantity: 10 },
        { color_id: b, size_id: size, quantity: 5 },
      ],
      wb_bundle_stock: [
        { bundle_type_id: types[0], bundle_type_name: '4pack', size_id: size, quantity: 2 },
        { bundle_type_id: types[1], bundle_type_name: '5pack', size_id: size, quantity: 10 },
        { bundle_type_id: types[2], bundle_type_name: '6pack', size_id: size, quantity: 0 },
      ],
      nsk_bundle_stock: [],
      bundle_coverage: [2, 10, 0].map((wbReady, index) => ({
        bundle_type_id: types[index],
        bundle_type_name: ['4pack', '5pack', '6pack'][index],
        avg_daily_sales: 0,
        wb_ready_bundles: wbReady,
        nsk_ready_bundles: 0,
        potential_bundles_from_singles: 5,
        total_available_bundles: wbReady + 5,
        days_of_cover: null,
        observation_window_days: 30,
      })),
    });
  });

  it('example 30: no recipes and no mappings', async () => {
    const article = await seed.article('SNAP-30');
    const color = await seed.color('SNAP-30-C');
    const size = await seed.size('SNAP-30-S', 1);
    await seed.balance(await seed.sku(article, color, size), await seed.warehouse('NSC', 'internal'), 7);
    const res = await snapshotOf(article).expect(200);
    expect(res.body).toMatchObject({
      nsk_single_sku_stock: [{ color_id: color, size_id: size, quantity: 7 }],
      wb_bundle_stock: [],
      nsk_bundle_stock: [],
      bundle_coverage: [],
    });
  });

  it('example 31: sales give a rate and days of cover', async () => {
    const article = await seed.article('SNAP-31');
    const size = await seed.size('S', 1);
    const [a, b] = [await seed.color('SNAP-31-A'), await seed.color('SNAP-31-B')];
    const warehouse = await seed.warehouse('NSC', 'internal');
    await seed.balance(await seed.sku(article, a, size), warehouse, 100);
    await seed.balance(await seed.sku(article, b, size), warehouse, 40);
    const bundleType = await seed.bundleType('2pack');
    await seed.recipe(article, bundleType, [a, b]);
    await seed.mapping(article, 'SNAP-31-W', bundleType, size);
    await seed.wbStock('SNAP-31-W', 0);
    await seed.dailySales('SNAP-31-W', '2025-01-01', 10, 2);
    const res = await snapshotOf(article).expect(200);
    expect(res.body.bundle_coverage).toEqual([
      expect.objectContaining({ total_available_bundles: 40, avg_daily_sales: 2, days_of_cover: 20, observation_window_days: 30 }),
    ]);
  });

  it('example 32 [REC]: F1 with WB listings; capacity from every internal warehouse, sales anchored at the last sale', async () => {
    const f1 = await seed.f1();
    const { T2, T3 } = f1.bundleType;
    await seed.mapping(f1.article, 'WB2-S', T2, f1.size.S);
    await seed.wbStock('WB2-S', 3, 1);
    await seed.wbStock('WB2-S', 4, 2);
    await seed.mapping(f1.article, 'WB2-L', T2, f1.size.L);
    await seed.wbStock('WB2-L', 5);
    await seed.mapping(f1.article, 'WB2-nosize', T2, null);
    await seed.wbStock('WB2-nosize', 1000);
    await seed.mapping(f1.article, 'WB-single');
    await seed.sale('WB2-S', '2025-03-01', 4);
    await seed.sale('WB2-L', '2025-03-10', 6);
    await seed.sale('WB2-nosize', '2025-01-01', 100);

    const res = await snapshotOf(f1.article).expect(200);
    const { A, B, K } = f1.color;
    const { L, S, M } = f1.size;
    expect(res.body.nsk_single_sku_stock).toEqual(
      [[A, L, 60], [A, S, 7], [A, M, 5], [B, L, 54], [B, S, -3], [K, S, 100]].map(([color, size, quantity]) => ({ color_id: color, size_id: size, quantity })),
    );
    expect(res.body.wb_bundle_stock).toEqual([
      { bundle_type_id: T2, bundle_type_name: 'F1-T2', size_id: L, quantity: 5 },
      { bundle_type_id: T2, bundle_type_name: 'F1-T2', size_id: S, quantity: 7 },
    ]);
    expect(res.body.bundle_coverage).toEqual([
      {
        bundle_type_id: T2,
        bundle_type_name: 'F1-T2',
        avg_daily_sales: 1,
        wb_ready_bundles: 12,
        nsk_ready_bundles: 0,
        potential_bundles_from_singles: 54,
        total_available_bundles: 66,
        days_of_cover: 66,
        observation_window_days: 30,
      },
      {
        bundle_type_id: T3,
        bundle_type_name: 'F1-T3',
        avg_daily_sales: 0,
        wb_ready_bundles: 0,
        nsk_ready_bundles: 0,
        potential_bundles_from_singles: 0,
        total_available_bundles: 0,
        days_of_cover: null,
        observation_window_days: 30,
      },
    ]);
  });

  it('example 33 [REC]: singles in a second internal warehouse only', async () => {
    const article = await seed.article('SNAP-33');
    const size = await seed.size('L', 1);
    const [a, b] = [await seed.color('SNAP-33-A'), await seed.color('SNAP-33-B')];
    await seed.warehouse('W1', 'internal');
    const w2 = await seed.warehouse('W2', 'internal');
    await seed.balance(await seed.sku(article, a, size), w2, 50);
    await seed.balance(await seed.sku(article, b, size), w2, 50);
    const bundleType = await seed.bundleType('2pack');
    await seed.recipe(article, bundleType, [a, b]);
    const res = await snapshotOf(article).expect(200);
    expect(res.body.nsk_single_sku_stock.map((stock: { quantity: number }) => stock.quantity)).toEqual([50, 50]);
    expect(res.body.bundle_coverage).toEqual([expect.objectContaining({ potential_bundles_from_singles: 50, total_available_bundles: 50 })]);
  });

  it('snapshots of 2 and of 10 articles are loaded with the same number of statements', async () => {
    const service = t.app.get(ArticleSnapshotService);
    const warehouse = await seed.warehouse('NSC', 'internal');
    const size = await seed.size('S', 1);
    const bundleType = await seed.bundleType('2pack');
    const articles: number[] = [];
    const addArticle = async (index: number) => {
      const article = await seed.article(`CNT-${index}`);
      const colors = [await seed.color(`CNT-${index}-A`), await seed.color(`CNT-${index}-B`)];
      for (const color of colors) await seed.balance(await seed.sku(article, color, size), warehouse, 10 + index);
      await seed.recipe(article, bundleType, colors);
      await seed.mapping(article, `CNT-${index}-W`, bundleType, size);
      await seed.sale(`CNT-${index}-W`, '2025-01-31', 2);
      articles.push(article);
    };
    for (let index = 0; index < 2; index++) await addArticle(index);
    const forTwo = await countStatements(() => service.snapshotsOf(articles));
    for (let index = 2; index < 10; index++) await addArticle(index);
    const forTen = await countStatements(() => service.snapshotsOf(articles));
    expect(forTen.result.map((snapshot) => snapshot.bundleCoverage[0].potentialBundlesFromSingles)).toEqual(articles.map((_, index) => 10 + index));
    expect(forTen.statements).toBe(forTwo.statements);
  });
});
