import { createTestApp, TestApp } from '../support/test-app';
import { BASE, MonitoringFixtures } from './monitoring-fixtures';

interface FocusItem {
  article_id: number;
  article_code: string;
  bundle_type_id: number | null;
  bundle_type_name: string | null;
  risk_level: string;
  days_of_cover: number | null;
  final_order_qty: number | null;
}

/* 03 §4 scenarios 44–47. */
describe('Monitoring risk focus', () => {
  let t: TestApp;
  let seed: MonitoringFixtures;
  beforeAll(async () => {
    t = await createTestApp();
    seed = new MonitoringFixtures(t);
  });
  afterAll(() => t.close());
  beforeEach(() => seed.reset());

  const focus = async (query = ''): Promise<FocusItem[]> => (await t.http.get(`${BASE}/risk-focus${query}`).expect(200)).body.items;

  it('scenario 44: sorted by level then article id, limited', async () => {
    const a1 = await seed.riskArticle('A1', 'critical');
    const a2 = await seed.riskArticle('A2', 'critical');
    await seed.riskArticle('A3', 'warning');
    await seed.riskArticle('A4', 'ok');
    const items = await focus('?limit=3');
    expect(items.map((item) => item.risk_level)).toEqual(['critical', 'critical', 'warning']);
    expect(items.slice(0, 2).map((item) => item.article_id)).toEqual([a1.article, a2.article]);
    expect(items[0]).toEqual({
      article_id: a1.article,
      article_code: 'A1',
      bundle_type_id: a1.bundleType,
      bundle_type_name: 'A1-T',
      risk_level: 'critical',
      days_of_cover: 4,
      final_order_qty: null,
    });
  });

  it('scenario 45: no active articles → empty', async () => {
    expect((await t.http.get(`${BASE}/risk-focus`).expect(200)).body).toEqual({ items: [] });
  });

  it('scenario 46: ties keep a stable order by article id, whatever the bundle type ids', async () => {
    // A's bundle type gets a higher id than B's and C's, so only the article id can explain the order.
    await t.db.query(`SELECT setval('bundle_type_id_seq', 10)`);
    const a = await seed.riskArticle('A', 'warning');
    await t.db.query(`SELECT setval('bundle_type_id_seq', 1, false)`);
    const b = await seed.riskArticle('B', 'warning');
    const c = await seed.riskArticle('C', 'warning');
    expect(a.bundleType).toBeGreaterThan(b.bundleType);
    const first = (await focus()).map((item) => item.article_id);
    const second = (await focus()).map((item) => item.article_id);
    expect(first).toEqual([a.article, b.article, c.article]);
    expect(second).toEqual(first);
  });

  it('scenario 47: limit bounds; final_order_qty always null; no_data between warning and ok; overstock last', async () => {
    await t.http.get(`${BASE}/risk-focus?limit=0`).expect(422);
    await t.http.get(`${BASE}/risk-focus?limit=101`).expect(422);
    await t.http.get(`${BASE}/risk-focus?limit=100`).expect(200);
    await seed.riskArticle('OVER', 'overstock');
    await seed.riskArticle('OK', 'ok');
    await seed.riskArticle('NODATA', 'no_data');
    await seed.riskArticle('WARN', 'warning');
    const items = await focus('?limit=100');
    expect(items.map((item) => item.risk_level)).toEqual(['warning', 'no_data', 'ok', 'overstock']);
    for (const item of items) expect(item.final_order_qty).toBeNull();
  });
});
