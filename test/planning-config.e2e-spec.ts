import { EntityManager } from 'typeorm';
import { createTestApp, TestApp } from './support/test-app';

/*
 * GET /api/v1/planning/config-snapshot (01 §3.11, scenarios CFG-1 … CFG-5). The settings tables
 * have no API, so rows are seeded with SQL; so are articles and colours, to keep this file about
 * the snapshot only.
 */
describe('Planning configuration snapshot', () => {
  let t: TestApp;
  const url = '/api/v1/planning/config-snapshot';

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());
  beforeEach(() =>
    t.db.query(
      `TRUNCATE article_planning_settings, color_planning_settings, elastic_planning_settings, elastic_type,
                global_planning_settings, planning_settings, article, color RESTART IDENTITY CASCADE`,
    ),
  );

  const idOf = async (sql: string, params: unknown[]) => (await t.db.query<{ id: number }>(`${sql} RETURNING id`, params))[0].id;
  const article = (code: string) => idOf('INSERT INTO article (code) VALUES ($1)', [code]);
  const color = (innerCode: string) => idOf('INSERT INTO color (inner_code) VALUES ($1)', [innerCode]);
  const elasticType = (code: string, name: string) => idOf('INSERT INTO elastic_type (code, name) VALUES ($1, $2)', [code, name]);
  const globalDefaults = (targetCoverageDays: number) =>
    t.db.query(
      `INSERT INTO global_planning_settings (default_target_coverage_days, default_lead_time_days, default_service_level_percent,
         default_fabric_min_batch_qty, default_elastic_min_batch_qty) VALUES ($1, 70, 90, 7000, 3000)`,
      [targetCoverageDays],
    );
  const planningSettings = (articleId: number, isActive: boolean, batch: number, strictness = 1.0, notes: string | null = null) =>
    t.db.query(
      `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days,
         safety_stock_days, strictness, notes) VALUES ($1, $2, $3, $3, 7, 14, $4, $5)`,
      [articleId, isActive, batch, strictness, notes],
    );
  const colorSetting = (articleId: number, colorId: number, quantity: number | null) =>
    t.db.query('INSERT INTO color_planning_settings (article_id, color_id, fabric_min_batch_qty) VALUES ($1, $2, $3)', [articleId, colorId, quantity]);
  const elasticSetting = (articleId: number, elasticTypeId: number, quantity: number | null) =>
    t.db.query('INSERT INTO elastic_planning_settings (article_id, elastic_type_id, elastic_min_batch_qty) VALUES ($1, $2, $3)', [
      articleId,
      elasticTypeId,
      quantity,
    ]);

  it('CFG-1: the full configuration of one article', async () => {
    await globalDefaults(10);
    const a = await article('CFG-SNAP-1');
    await t.db.query(
      `INSERT INTO article_planning_settings (article_id, target_coverage_days, include_in_planning, priority, lead_time_days,
         service_level_percent) VALUES ($1, 12, true, 5, 30, 95)`,
      [a],
    );
    await planningSettings(a, true, 500, 1.2, 'test-notes');
    const c = await color('CFG-COLOR-1');
    await colorSetting(a, c, 300);
    const e = await elasticType(`elastic-${a}`, `Elastic ${a}`);
    await elasticSetting(a, e, 1000);

    const res = await t.http.get(url).query({ article_id: a }).expect(200);

    expect(res.body).toEqual({
      global_settings: {
        default_target_coverage_days: 10,
        experimental: {
          default_lead_time_days: 70,
          default_service_level_percent: 90,
          default_fabric_min_batch_qty: 7000,
          default_elastic_min_batch_qty: 3000,
        },
      },
      articles: [
        {
          article_id: a,
          article_code: 'CFG-SNAP-1',
          article_planning_settings: {
            target_coverage_days: 12,
            experimental: { include_in_planning: true, priority: 5, lead_time_days: 30, service_level_percent: 95 },
          },
          planning_settings: {
            is_active: true,
            min_fabric_batch: 500,
            min_elastic_batch: 500,
            strictness: 1.2,
            experimental: { alert_threshold_days: 7, safety_stock_days: 14, notes: 'test-notes' },
          },
          color_settings: [{ color_id: c, fabric_min_batch_qty: 300 }],
          elastic_settings: [{ elastic_type_id: e, elastic_type_name: `Elastic ${a}`, elastic_min_batch_qty: 1000 }],
        },
      ],
    });
  });

  it('CFG-2: an unknown article is 404 "Article not found", also for an id beyond the 32-bit range', async () => {
    expect((await t.http.get(url).query({ article_id: 999999 }).expect(404)).body).toEqual({ detail: 'Article not found' });
    expect((await t.http.get(url).query({ article_id: '99999999999' }).expect(404)).body).toEqual({ detail: 'Article not found' });
  });

  it('CFG-3: an article without settings of its own is 404, global defaults notwithstanding', async () => {
    await globalDefaults(60);
    const a = await article('CFG-NO-SETTINGS');
    const res = await t.http.get(url).query({ article_id: a }).expect(404);
    expect(res.body).toEqual({ detail: 'No planning settings found for this article' });
  });

  it('CFG-3: a single colour setting with a null quantity still counts as a setting', async () => {
    const a = await article('CFG-COLOR-ONLY');
    const c = await color('CFG-C');
    await colorSetting(a, c, null);
    const res = await t.http.get(url).query({ article_id: a }).expect(200);
    expect(res.body).toEqual({
      global_settings: null,
      articles: [
        {
          article_id: a,
          article_code: 'CFG-COLOR-ONLY',
          article_planning_settings: null,
          planning_settings: null,
          color_settings: [{ color_id: c, fabric_min_batch_qty: null }],
          elastic_settings: [],
        },
      ],
    });
  });

  it('CFG-4: without article_id only articles with active planning settings are listed', async () => {
    await globalDefaults(60);
    const active = await article('CFG-ACTIVE');
    const inactive = await article('CFG-INACTIVE');
    const overridesOnly = await article('CFG-OVERRIDES-ONLY');
    await planningSettings(active, true, 100);
    await planningSettings(inactive, false, 200);
    await t.db.query('INSERT INTO article_planning_settings (article_id, target_coverage_days) VALUES ($1, 30)', [overridesOnly]);

    const res = await t.http.get(url).expect(200);

    expect(res.body.articles.map((entry: { article_id: number }) => entry.article_id)).toEqual([active]);
    expect(res.body.articles[0].planning_settings).toMatchObject({ is_active: true, min_fabric_batch: 100, strictness: 1 });
    expect(res.body.global_settings.default_target_coverage_days).toBe(60);
  });

  it('CFG-4: several active articles come in ascending article_id, each with only its own rows', async () => {
    const first = await article('CFG-A');
    const second = await article('CFG-B');
    const third = await article('CFG-C');
    // Settings rows inserted in another order than the articles, so no row id order can pass for article order.
    await planningSettings(third, true, 300);
    await planningSettings(first, true, 100);
    await planningSettings(second, true, 200);
    const red = await color('RED');
    const blue = await color('BLUE');
    await colorSetting(second, blue, 22);
    await colorSetting(first, red, 11);
    const wide = await elasticType('wide', 'Wide');
    await elasticSetting(third, wide, 33);

    const res = await t.http.get(url).expect(200);

    expect(
      res.body.articles.map((entry: Record<string, unknown>) => [
        entry.article_id,
        (entry.planning_settings as { min_fabric_batch: number }).min_fabric_batch,
        entry.color_settings,
        entry.elastic_settings,
      ]),
    ).toEqual([
      [first, 100, [{ color_id: red, fabric_min_batch_qty: 11 }], []],
      [second, 200, [{ color_id: blue, fabric_min_batch_qty: 22 }], []],
      [third, 300, [], [{ elastic_type_id: wide, elastic_type_name: 'Wide', elastic_min_batch_qty: 33 }]],
    ]);
  });

  it('the all-articles snapshot issues as many queries for five articles as for one', async () => {
    const queriesFor = async (articleCount: number) => {
      await t.db.query('TRUNCATE planning_settings, color_planning_settings, article RESTART IDENTITY CASCADE');
      const c = await color(`C-${articleCount}`);
      for (let i = 0; i < articleCount; i++) {
        const a = await article(`N-${i}`);
        await planningSettings(a, true, 100);
        await colorSetting(a, c, 10);
      }
      const spy = jest.spyOn(EntityManager.prototype, 'query');
      try {
        const res = await t.http.get(url).expect(200);
        expect(res.body.articles).toHaveLength(articleCount);
        return spy.mock.calls.length;
      } finally {
        spy.mockRestore();
      }
    };
    const forOne = await queriesFor(1);
    expect(forOne).toBeGreaterThan(0);
    expect(await queriesFor(5)).toBe(forOne);
  });

  it('CFG-5: an empty database answers no global settings and no articles', async () => {
    const res = await t.http.get(url).expect(200);
    expect(res.body).toEqual({ global_settings: null, articles: [] });
  });

  it('CFG-5: an article with planning settings only, and no global row', async () => {
    const a = await article('CFG-PS-ONLY');
    await planningSettings(a, true, 100);
    const res = await t.http.get(url).expect(200);
    expect(res.body).toEqual({
      global_settings: null,
      articles: [
        {
          article_id: a,
          article_code: 'CFG-PS-ONLY',
          article_planning_settings: null,
          planning_settings: {
            is_active: true,
            min_fabric_batch: 100,
            min_elastic_batch: 100,
            strictness: 1,
            experimental: { alert_threshold_days: 7, safety_stock_days: 14, notes: null },
          },
          color_settings: [],
          elastic_settings: [],
        },
      ],
    });
  });

  it('names an inactive article when asked for it by id', async () => {
    const a = await article('CFG-INACTIVE');
    await planningSettings(a, false, 200);
    const res = await t.http.get(url).query({ article_id: a }).expect(200);
    expect(res.body.articles).toHaveLength(1);
    expect(res.body.articles[0]).toMatchObject({ article_id: a, planning_settings: { is_active: false } });
  });

  it('lists colour and elastic settings by ascending colour and elastic type id', async () => {
    const a = await article('CFG-ORDER');
    const [c1, c2, c3] = [await color('C1'), await color('C2'), await color('C3')];
    const [e1, e2] = [await elasticType('e1', 'E1'), await elasticType('e2', 'E2')];
    await colorSetting(a, c3, 3);
    await colorSetting(a, c1, 1);
    await colorSetting(a, c2, 2);
    await elasticSetting(a, e2, 20);
    await elasticSetting(a, e1, 10);

    const [entry] = (await t.http.get(url).query({ article_id: a }).expect(200)).body.articles;

    expect(entry.color_settings.map((row: { color_id: number }) => row.color_id)).toEqual([c1, c2, c3]);
    expect(entry.elastic_settings.map((row: { elastic_type_id: number }) => row.elastic_type_id)).toEqual([e1, e2]);
  });

  it('a non-integer article_id is 422 at ["query", "article_id"]', async () => {
    const res = await t.http.get(url).query({ article_id: 'abc' }).expect(422);
    expect(res.body.detail).toHaveLength(1);
    expect(res.body.detail[0]).toMatchObject({ loc: ['query', 'article_id'], input: 'abc' });
  });

  it('OpenAPI declares the never-null fields required and non-null, and only the nullable ones nullable', async () => {
    const { components } = (await t.http.get('/openapi.json').expect(200)).body;
    const schema = (name: string) => components.schemas[name];
    const nullable = (name: string) =>
      Object.entries(schema(name).properties as Record<string, { nullable?: boolean }>)
        .filter(([, property]) => property.nullable)
        .map(([key]) => key)
        .sort();

    expect(schema('PlanningSettingsSnapshot').required).toEqual(
      expect.arrayContaining(['is_active', 'min_fabric_batch', 'min_elastic_batch', 'strictness', 'experimental']),
    );
    expect(nullable('PlanningSettingsSnapshot')).toEqual([]);
    expect(nullable('PlanningSettingsExperimental')).toEqual(['notes']);
    expect(nullable('ArticlePlanningSettingsSnapshot')).toEqual(['target_coverage_days']);
    expect(nullable('ArticlePlanningSettingsExperimental')).toEqual(['lead_time_days', 'service_level_percent']);
    expect(nullable('GlobalSettingsExperimental')).toEqual([]);
    expect(nullable('ArticleConfigSnapshot')).toEqual(['article_planning_settings', 'planning_settings']);
    expect(nullable('PlanningConfigSnapshotResponse')).toEqual(['global_settings']);
  });
});
