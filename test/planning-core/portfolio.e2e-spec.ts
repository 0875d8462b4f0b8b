import { inflateRawSync } from 'node:zlib';
import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { PlanningCoreFixtures } from './planning-core-fixtures';
import { EXAMPLE_15_REQUEST, FROM_WB, PORTFOLIO, PortfolioFixtures } from './portfolio-fixtures';

interface Item {
  article_id: number;
  status: string;
  proposal_id: number | null;
  action: string | null;
  total_units: number;
  capital_required: number | null;
  error: Record<string, unknown> | null;
}

const PROPOSALS = '/api/v1/planning/core/production-order/proposals';

/** Portfolio runs (05 §3.9, §4.20, §4.21) end to end: data through SQL, the run through HTTP. */
describe('Planning Core portfolio run', () => {
  let app: TestApp;
  let base: PlanningCoreFixtures;
  let fixtures: PortfolioFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    base = new PlanningCoreFixtures(app.db);
    fixtures = new PortfolioFixtures(base);
  });
  afterAll(() => app.close());

  const items = (body: { items: Item[] }) => body.items;

  describe('Example 15 — a joint Pantone minimum', () => {
    beforeEach(() => fixtures.example15());

    it('two articles sharing PX reach the minimum 300 together: 200 + 100 (uplift 80 / 40)', async () => {
      const res = await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [1, 2], persist: false }).expect(200);
      const body = res.body;
      expect(Object.keys(body)).toEqual(['portfolio_run_id', 'generated_at', 'as_of_date', 'totals', 'budget', 'fabric_min_batches', 'elastic_min_batches', 'items', 'warnings']);
      expect(body.as_of_date).toBe('2026-03-02');
      expect(body.fabric_min_batches).toEqual([
        expect.objectContaining({ pantone_code: 'PX', required: 180, applied_min: 300, shared_pool_required: 180, uplift: 120, status: 'uplifted', article_ids: [1, 2], color_ids: [1, 2] }),
      ]);
      expect(body.totals).toEqual({
        articles_total: 2,
        articles_ok: 2,
        articles_skipped: 0,
        articles_error: 0,
        articles_ordering: 2,
        total_units: 300,
        capital_required: null,
        available_capital: null,
      });
      expect(body.budget).toEqual({ status: 'available_capital_not_set', capital_before: null, capital_after: null, groups: [] });
      expect(items(body).map((i) => [i.article_id, i.status, i.action, i.total_units, i.error])).toEqual([
        [1, 'ok', 'order_with_buffer', 200, null],
        [2, 'ok', 'order_with_buffer', 100, null],
      ]);
      expect(body.warnings.map((w: { code: string }) => w.code)).toEqual(['available_capital_not_set']);
    });

    it('planned one by one through from-WB, each article is lifted to 300 on its own (600 in total)', async () => {
      for (const articleId of [1, 2]) {
        const res = await app.http.post(FROM_WB).send({ ...EXAMPLE_15_REQUEST, article_id: articleId, persist: false }).expect(200);
        expect(res.body.recommendation.total_units).toBe(300);
        expect(res.body.constraints_applied.fabric_min_batches[0]).toMatchObject({ required: articleId === 1 ? 120 : 60, shared_pool_required: null });
      }
    });

    it('stored: one portfolio row, one proposal per article (source portfolio) with every line, ids in the answer', async () => {
      const res = await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [2, 1] }).expect(200);
      const body = res.body;
      expect(body.portfolio_run_id).toEqual(expect.any(Number));
      const ids = items(body).map((i) => i.proposal_id);
      expect(ids).toEqual([expect.any(Number), expect.any(Number)]);
      expect(await fixtures.runCounts()).toEqual({ runs: 1, proposals: 2, lines: 2 });
      const [run] = (await base.query('SELECT article_count, total_units, available_capital, capital_required, request_snapshot, response_deflated FROM production_order_portfolio_run')) as Array<Record<string, unknown>>;
      expect(run).toMatchObject({ article_count: 2, total_units: 300, available_capital: null, capital_required: null });
      expect(run.request_snapshot).toMatchObject({ article_ids: [2, 1], as_of_date: '2026-03-02', observation_window_days: 10, freshness_mode: 'warn', planning_horizon_days: 30, article_inputs: [], persist: true });
      expect(run.response_deflated).toBeInstanceOf(Buffer);
      expect(inflateRawSync(run.response_deflated as Buffer).toString('utf8')).toBe(JSON.stringify(body));
      const proposals = (await base.query('SELECT id, article_id, portfolio_run_id, source, status, total_units FROM production_order_proposal ORDER BY article_id')) as Array<Record<string, unknown>>;
      expect(proposals).toEqual([
        { id: ids[0], article_id: 1, portfolio_run_id: body.portfolio_run_id, source: 'portfolio', status: 'ok', total_units: 200 },
        { id: ids[1], article_id: 2, portfolio_run_id: body.portfolio_run_id, source: 'portfolio', status: 'ok', total_units: 100 },
      ]);
      const lines = (await base.query('SELECT article_id, fabric_uplift, recommended_qty FROM production_order_proposal_line ORDER BY article_id')) as Array<Record<string, unknown>>;
      expect(lines).toEqual([
        { article_id: 1, fabric_uplift: 80, recommended_qty: 200 },
        { article_id: 2, fabric_uplift: 40, recommended_qty: 100 },
      ]);
    });

    it('each stored proposal is the article’s full answer with its ids, joint group and single-article alternative', async () => {
      const body = (await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [1, 2] }).expect(200)).body;
      const [stored] = (await base.query('SELECT response_deflated FROM production_order_proposal WHERE article_id = 1')) as Array<{ response_deflated: Buffer }>;
      const proposal = JSON.parse(inflateRawSync(stored.response_deflated).toString('utf8'));
      expect(proposal).toMatchObject({ proposal_id: body.items[0].proposal_id, portfolio_run_id: body.portfolio_run_id, source: 'portfolio', status: 'ok', article_id: 1, generated_at: body.generated_at });
      expect(proposal.constraints_applied.fabric_min_batches[0]).toMatchObject({ required: 180, shared_pool_required: 180, article_required: 120 });
      const minimumOnly = proposal.alternatives.find((a: { action: string }) => a.action === 'order_minimum_only');
      expect(minimumOnly).toMatchObject({ total_units: 300, basis: 'single_article' });
    });

    it('each ok proposal reads back through GET proposals/{id}', async () => {
      const body = (await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [1, 2] }).expect(200)).body;
      for (const item of items(body)) {
        const res = await app.http.get(`${PROPOSALS}/${item.proposal_id}`).expect(200);
        expect(res.body).toMatchObject({ proposal_id: item.proposal_id, portfolio_run_id: body.portfolio_run_id, source: 'portfolio', article_id: item.article_id });
        expect(res.body.recommendation.total_units).toBe(item.total_units);
      }
    });

    it('the stored portfolio reads back through GET portfolio/{id} as answered', async () => {
      const body = (await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [1, 2] }).expect(200)).body;
      const res = await app.http.get(`${PORTFOLIO}/${body.portfolio_run_id}`).expect(200);
      expect(res.body).toMatchObject(body);
      expect(res.body).toMatchObject({ purchase_order_id: null, converted_at: null });
    });

    it.each(['production_order_proposal_line', 'production_order_portfolio_run', 'production_order_proposal'])(
      'a write failing midway (on %s) stores nothing of the run and answers a plain 500',
      async (table) => {
        await base.query(`CREATE FUNCTION refuse_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
        await base.query(`CREATE TRIGGER refuse_insert BEFORE INSERT ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION refuse_insert()`);
        try {
          const res = await app.http.post(PORTFOLIO).send(EXAMPLE_15_REQUEST).expect(500);
          expect(res.body).toMatchObject({ detail: expect.any(String) });
          expect(JSON.stringify(res.body)).not.toMatch(/refused|INSERT/);
        } finally {
          await base.query(`DROP TRIGGER refuse_insert ON ${table}`);
          await base.query('DROP FUNCTION refuse_insert()');
        }
        expect(await fixtures.runCounts()).toEqual({ runs: 0, proposals: 0, lines: 0 });
        // The connection is healthy again: the same run now stores.
        await app.http.post(PORTFOLIO).send(EXAMPLE_15_REQUEST).expect(200);
        expect(await fixtures.runCounts()).toEqual({ runs: 1, proposals: 2, lines: 2 });
      },
    );

    it('persist=false writes nothing and every id is null', async () => {
      const res = await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [1, 2, 404], persist: false }).expect(200);
      expect(res.body.portfolio_run_id).toBeNull();
      expect(items(res.body).map((i) => i.proposal_id)).toEqual([null, null, null]);
      expect(await fixtures.runCounts()).toEqual({ runs: 0, proposals: 0, lines: 0 });
    });
  });

  it('Regression 4: one budget across the portfolio — each Pantone group ends at 0 or ≥ 300, Σ capital_required ≤ budget', async () => {
    await fixtures.example15();
    await fixtures.article(3, { colorId: 3, onHand: 0, sold: 40 });
    const overrides = { ...EXAMPLE_15_REQUEST.overrides, production_cost_per_unit: 1, available_capital: 400 };
    const res = await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, overrides, persist: false }).expect(200);
    const body = res.body;
    expect(body.budget.status).toBe('budget_limited_applied');
    expect(body.budget.capital_before).toBe(600);
    const groups = body.budget.groups as Array<{ pantone_code: string; units_after: number; budget_status: string }>;
    expect(groups.map((g) => g.pantone_code)).toEqual(['P-3', 'PX']);
    for (const g of groups) expect(g.units_after === 0 || g.units_after >= 300).toBe(true);
    expect(groups.map((g) => g.budget_status).sort()).toEqual(['dropped', 'kept']);
    const spent = items(body).reduce((sum, i) => sum + (i.capital_required ?? 0), 0);
    expect(spent).toBeLessThanOrEqual(400);
    expect(body.totals).toMatchObject({ capital_required: spent, available_capital: 400 });
    // Offered separately, each article would have received the whole budget.
    expect(spent).toBe(300);
  });

  it('an unknown article and a from-WB 400 become error items; the run goes on', async () => {
    await fixtures.example15();
    await base.query(`INSERT INTO article (id, code) OVERRIDING SYSTEM VALUE VALUES (3, 'ART-3')`);
    await base.sku(3, 2, 0, 3);
    const res = await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [999, 3, 2, 1], persist: false }).expect(200);
    expect(items(res.body).map((i) => [i.article_id, i.status, i.error?.code ?? null])).toEqual([
      [1, 'ok', null],
      [2, 'ok', null],
      [3, 'error', 'no_wb_mapped_bundle_types'],
      [999, 'error', 'article_not_found'],
    ]);
    expect(items(res.body)[3].error).toEqual({ code: 'article_not_found', message: 'Article not found', field: 'article_id', article_id: 999 });
    expect(items(res.body)[2].error).toMatchObject({ field: 'bundle_type_ids', blocker: 'no_wb_mapping' });
    expect(res.body.totals).toMatchObject({ articles_total: 4, articles_ok: 2, articles_error: 2, total_units: 300 });
  });

  it('article_inputs reach their article only: a requested type without WB mapping makes that article an error item', async () => {
    await fixtures.example15();
    const res = await app.http
      .post(PORTFOLIO)
      .send({ ...EXAMPLE_15_REQUEST, article_ids: [1, 2], article_inputs: [{ article_id: 2, bundle_type_ids: [7] }], persist: false })
      .expect(200);
    expect(items(res.body).map((i) => [i.status, i.error?.code ?? null, i.total_units])).toEqual([
      ['ok', null, 300],
      ['error', 'missing_wb_mapping_for_requested_bundle_types', 0],
    ]);
  });

  it('an excluded article is a stored skipped item and takes no part in the minimum', async () => {
    await fixtures.example15();
    await fixtures.excludeFromPlanning(2);
    const res = await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [1, 2] }).expect(200);
    expect(items(res.body).map((i) => [i.article_id, i.status, i.action, i.total_units])).toEqual([
      [1, 'ok', 'order_with_buffer', 300],
      [2, 'skipped', null, 0],
    ]);
    expect(items(res.body)[1].proposal_id).toEqual(expect.any(Number));
    const [skipped] = (await base.query('SELECT source, status, action, portfolio_run_id FROM production_order_proposal WHERE article_id = 2')) as Array<Record<string, unknown>>;
    expect(skipped).toEqual({ source: 'portfolio', status: 'skipped', action: null, portfolio_run_id: res.body.portfolio_run_id });
    expect(await fixtures.runCounts()).toEqual({ runs: 1, proposals: 2, lines: 1 });
  });

  it('default selection: every article with a WB mapping row that has a bundle type', async () => {
    await fixtures.example15();
    await fixtures.article(3, { colorId: 3, onHand: 0, sold: 40 });
    await base.query('UPDATE article_wb_mapping SET bundle_type_id = NULL WHERE article_id = 3');
    await base.query(`INSERT INTO article (id, code) OVERRIDING SYSTEM VALUE VALUES (4, 'ART-4')`);
    for (const selection of [{}, { article_ids: null }]) {
      const res = await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, ...selection, persist: false }).expect(200);
      expect(items(res.body).map((i) => i.article_id)).toEqual([1, 2]);
      expect(res.body.totals.total_units).toBe(300);
    }
  });

  it('nothing to select: 200 with no items, zero totals, and the global budget still reported', async () => {
    await fixtures.reset();
    await base.query('INSERT INTO global_planning_settings (default_production_order_available_capital) VALUES (250)');
    const res = await app.http.post(PORTFOLIO).send({ as_of_date: '2026-03-02' }).expect(200);
    expect(res.body).toMatchObject({
      items: [],
      totals: { articles_total: 0, articles_ordering: 0, total_units: 0, capital_required: 0, available_capital: 250 },
      budget: { status: 'within_budget', capital_before: 0, capital_after: 0, groups: [] },
      fabric_min_batches: [],
      elastic_min_batches: [],
      warnings: [],
    });
    expect(await fixtures.runCounts()).toEqual({ runs: 1, proposals: 0, lines: 0 });
  });

  describe('request-wide 422s change nothing', () => {
    beforeEach(() => fixtures.example15());
    const rejected = async (body: object): Promise<unknown> => {
      const res = await app.http.post(PORTFOLIO).send(body).expect(422);
      expect(await fixtures.runCounts()).toEqual({ runs: 0, proposals: 0, lines: 0 });
      return res.body.detail;
    };
    const locs = (detail: unknown) => (detail as Array<{ loc: unknown[] }>).map((issue) => issue.loc);

    it('article_ids: empty, duplicated, not integers', async () => {
      expect(locs(await rejected({ article_ids: [] }))).toEqual([['body', 'article_ids']]);
      expect(locs(await rejected({ article_ids: [1, 1] }))).toEqual([['body', 'article_ids']]);
      expect(locs(await rejected({ article_ids: ['1'] }))).toEqual([['body', 'article_ids']]);
    });

    it('article_inputs: an article outside the selection, a duplicate, a bad nested field', async () => {
      expect(locs(await rejected({ article_ids: [1], article_inputs: [{ article_id: 1 }, { article_id: 2 }] }))).toEqual([['body', 'article_inputs', 1, 'article_id']]);
      expect(locs(await rejected({ article_ids: [1, 2], article_inputs: [{ article_id: 2 }, { article_id: 2 }] }))).toEqual([['body', 'article_inputs']]);
      expect(locs(await rejected({ article_inputs: [{ article_id: 1, bundle_stock: [{ bundle_type_id: 1, local_qty: -1 }] }] }))).toEqual([
        ['body', 'article_inputs', 0, 'bundle_stock', 0, 'local_qty'],
      ]);
    });

    it('with the default selection, article_inputs naming an unselected article is still a 422', async () => {
      expect(locs(await rejected({ ...EXAMPLE_15_REQUEST, article_inputs: [{ article_id: 3 }] }))).toEqual([['body', 'article_inputs', 0, 'article_id']]);
    });

    it('ranges and types of the shared fields', async () => {
      const detail = await rejected({ observation_window_days: 0, planning_horizon_days: 366, freshness_mode: 'lenient', as_of_date: '2026-02-30', persist: 'yes' });
      expect(locs(detail)).toEqual(
        expect.arrayContaining([['body', 'observation_window_days'], ['body', 'planning_horizon_days'], ['body', 'freshness_mode'], ['body', 'as_of_date'], ['body', 'persist']]),
      );
    });

    it('strict governance without a portfolio budget: 422 missing_available_capital_strict, before any article', async () => {
      const detail = await rejected({ ...EXAMPLE_15_REQUEST, article_ids: [1, 999], overrides: { capital_governance_mode: 'strict' } });
      expect(detail).toEqual({
        code: 'missing_available_capital_strict',
        message: expect.any(String),
        field: 'available_capital',
        capital_governance_mode: 'strict',
      });
    });

    it('an article’s own stored budget does not count for the portfolio (strict still fails)', async () => {
      await base.query('INSERT INTO article_planning_settings (article_id, production_order_available_capital) VALUES (1, 1000)');
      await rejected({ ...EXAMPLE_15_REQUEST, article_ids: [1], overrides: { capital_governance_mode: 'strict' } });
    });
  });

  it('odd bodies answer 200 or 422, never 5xx, and malformed ones store nothing', async () => {
    await fixtures.example15();
    const bodies: unknown[] = [
      { article_inputs: [null] },
      { article_inputs: 'all' },
      { overrides: [] },
      { article_ids: [2147483648] },
      { article_ids: new Array(5001).fill(0).map((_, k) => k + 1) },
      { article_inputs: [{ article_id: 1, size_weights: { '0': 1 } }] },
      { as_of_date: '0001-01-01', article_ids: [1, 2], persist: false },
      { as_of_date: '9999-12-01', article_ids: [1, 2], persist: false },
      { article_ids: [1, 2], overrides: { available_capital: 1e300, production_cost_per_unit: 1e300 }, persist: false },
    ];
    for (const body of bodies) {
      const res = await app.http.post(PORTFOLIO).send(body as object);
      expect([200, 422]).toContain(res.status);
    }
    expect(await fixtures.runCounts()).toEqual({ runs: 0, proposals: 0, lines: 0 });
  });

  it('a global budget serves strict mode and is the portfolio budget', async () => {
    await fixtures.example15();
    await base.query('INSERT INTO global_planning_settings (default_production_order_available_capital) VALUES (1000)');
    const res = await app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, overrides: { ...EXAMPLE_15_REQUEST.overrides, capital_governance_mode: 'strict', production_cost_per_unit: 2 }, persist: false }).expect(200);
    expect(res.body.budget).toMatchObject({ status: 'within_budget', capital_before: 600, capital_after: 600 });
    expect(res.body.totals).toMatchObject({ available_capital: 1000, capital_required: 600 });
  });

  it('portfolios of 3 and of 30 articles issue the same number of statements (05 §7.1)', async () => {
    const count = async (articles: number) => {
      await fixtures.many(articles, ['PA', 'PB', 'PC']);
      const { result, statements } = await countStatements(() => app.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST }).expect(200));
      expect(result.body.items).toHaveLength(articles);
      expect(result.body.items.every((i: Item) => i.status === 'ok' && i.proposal_id !== null)).toBe(true);
      return statements;
    };
    const small = await count(3);
    const large = await count(30);
    expect(large).toBe(small);
    // The 19 reads of §7.1, the database clock, id reservation and 3 inserts (portfolio row; lines; proposals), plus transaction
    // control; the reads side by side add the snapshot export and two helper transactions (begin with snapshot import; commit).
    expect(small).toBeLessThanOrEqual(31);
  });
});
