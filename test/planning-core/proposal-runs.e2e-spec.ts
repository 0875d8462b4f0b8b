import { inflateRawSync } from 'node:zlib';
import { Role } from '@supply-brain/common';
import { bearer, issueKeys } from '../access/access-test-kit';
import { countStatements } from '../support/statement-counter';
import { createTestApp, TestApp } from '../support/test-app';
import { COMMON_OVERRIDES, days, EXAMPLE_ONE_REQUEST, PlanningCoreFixtures } from './planning-core-fixtures';

const DIRECT = '/api/v1/planning/core/production-order/proposal';
const FROM_WB = '/api/v1/planning/core/production-order/proposal/from-wb';
const PROPOSALS = '/api/v1/planning/core/production-order/proposals';
const PORTFOLIO = '/api/v1/planning/core/production-order/portfolio';

interface Breakdown {
  [field: string]: unknown;
}

/** Stored Planning Core runs (05 §2.8, §3.8, §4.21) over HTTP. */
describe('Planning Core persisted runs', () => {
  let app: TestApp;
  let fixtures: PlanningCoreFixtures;

  beforeAll(async () => {
    app = await createTestApp();
    fixtures = new PlanningCoreFixtures(app.db);
  });
  afterAll(() => app.close());


  /** Example 13 of 05 §5: from-WB demand with stock-out-aware mean. */
  async function fromWbArticle(): Promise<Record<string, unknown>> {
    await fixtures.common();
    await fixtures.sku(1, 1, 0);
    await fixtures.sku(1, 2, 0);
    await fixtures.bundleType(1, [1]);
    await fixtures.mapping('WB-2P', 1, null);
    await fixtures.sales('WB-2P', days('2026-02-20', 9).map((day, k) => [day, [4, 5, 3, 6, 4, 2, 5, 4, 3][k]] as [string, number]));
    await fixtures.sales('WB-OTHER', [['2026-03-05', 1]]);
    await fixtures.stockDaily('WB-2P', days('2026-03-01', 5).map((day) => [day, 0] as [string, number]));
    return { article_id: 1, as_of_date: '2026-03-05', observation_window_days: 14, overrides: COMMON_OVERRIDES };
  }

  const count = async (table: string): Promise<number> => (await app.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;

  describe('creating and reading back a run', () => {
    it('a direct POST stores the run under its proposal_id and GET answers the same bytes, whatever changed since', async () => {
      await fixtures.exampleOne();
      const created = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
      const proposalId = created.body.proposal_id as number;
      expect(Number.isInteger(proposalId) && proposalId >= 1).toBe(true);
      expect(created.body).toMatchObject({ portfolio_run_id: null, purchase_order_id: null, converted_at: null });

      await fixtures.query('UPDATE stock_balance SET quantity = quantity + 500');
      await fixtures.query(`INSERT INTO article_planning_settings (article_id, production_order_order_multiple) VALUES (1, 7)`);
      const later = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
      expect(later.body.proposal_id).toBeGreaterThan(proposalId);
      expect(later.body.recommendation.total_units).not.toBe(created.body.recommendation.total_units);

      const stored = await app.http.get(`${PROPOSALS}/${proposalId}`).expect(200);
      expect(stored.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(stored.text).toBe(created.text);
      expect((await app.http.get(`${PROPOSALS}/${proposalId}/`).expect(200)).text).toBe(created.text);
      expect((await app.http.get(`${PROPOSALS}/${later.body.proposal_id}`).expect(200)).text).toBe(later.text);
    });

    it('the proposal row carries the decided columns and the snapshots; one line per in-scope SKU with the exact breakdown', async () => {
      await fixtures.exampleOne();
      const created = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
      const [row] = await app.db.query<Record<string, unknown>>(
        `SELECT article_id, portfolio_run_id, source, status, action, risk_level, lead_time_days_total, as_of_date, order_by_date,
                target_arrival_date, total_units, capital_required, available_capital, engine_version, created_at,
                warnings = $2::jsonb AS warnings_equal, policy_snapshot = $3::jsonb AS policy_equal,
                jsonb_typeof(input_snapshot) AS input_type, response IS NULL AS json_response_null, response_deflated
           FROM production_order_proposal WHERE id = $1`,
        [created.body.proposal_id, JSON.stringify(created.body.warnings), JSON.stringify(created.body.explanation.meta.policy)],
      );
      expect(row).toEqual({
        article_id: 1,
        portfolio_run_id: null,
        source: 'direct',
        status: 'ok',
        action: 'order_with_buffer',
        risk_level: 'critical',
        lead_time_days_total: 10,
        as_of_date: '2026-03-02',
        order_by_date: '2026-03-02',
        target_arrival_date: '2026-03-12',
        total_units: 340,
        capital_required: null,
        available_capital: null,
        engine_version: 'pc-v1',
        created_at: new Date(created.body.generated_at),
        warnings_equal: true,
        policy_equal: true,
        input_type: 'object',
        json_response_null: true,
        response_deflated: expect.any(Buffer),
      });
      // The body is stored as raw DEFLATE of the answered bytes.
      expect(inflateRawSync(row.response_deflated as Buffer).toString('utf8')).toBe(created.text);

      const lines = await app.db.query<Record<string, unknown>>(
        `SELECT l.*, l.daily_demand::text AS daily_demand_text FROM production_order_proposal_line l
          WHERE proposal_id = $1 ORDER BY color_id, size_id`,
        [created.body.proposal_id],
      );
      const answeredLines = created.body.recommendation.lines as Array<{ sku_unit_id: number; source_reason: string; breakdown: Breakdown }>;
      const breakdowns = answeredLines.map((line): Breakdown => ({
        sku_unit_id: line.sku_unit_id,
        ...line.breakdown,
      }));
      expect(lines).toHaveLength(4);
      expect(lines.map((line) => line.recommended_qty)).toEqual([100, 90, 50, 100]);
      for (const [index, line] of lines.entries()) {
        const expected = breakdowns[index];
        expect(line).toMatchObject({
          sku_unit_id: expected.sku_unit_id,
          article_id: 1,
          pantone_key: expected.pantone_code,
          daily_demand: expected.daily_demand,
          on_hand_now: expected.on_hand_now,
          receipts_before_arrival: expected.receipts_before_arrival,
          receipts_in_window: expected.receipts_in_window,
          projected_on_hand_at_arrival: expected.projected_on_hand_at_arrival,
          safety_stock_target: expected.safety_stock_target,
          net_requirement: expected.net_requirement,
          safety_stock: expected.safety_stock,
          fabric_uplift: expected.fabric_uplift,
          elastic_uplift: expected.elastic_uplift,
          moq_uplift: expected.moq_uplift,
          multiple_uplift: expected.multiple_uplift,
          budget_cut: expected.budget_cut,
          cover_days_now: expected.cover_days_now,
          cover_days_at_arrival: expected.cover_days_at_arrival,
          stockout_date_without_order: expected.stockout_date_without_order,
          risk_level: expected.risk_level,
          reason_codes: expected.reason_codes,
          source_reason: answeredLines[index].source_reason,
        });
      }
      expect(lines[0].daily_demand_text).toBe('5.0000');
    });

    it('a run that orders nothing still stores one line per in-scope SKU, zeros included', async () => {
      await fixtures.common();
      for (const [color, size] of [[1, 1], [1, 2], [2, 1], [2, 2]]) await fixtures.sku(color, size, 0);
      await fixtures.sku(3, 1, 5);
      await fixtures.bundleType(1, [1, 2]);
      const created = await app.http
        .post(DIRECT)
        .send({ ...EXAMPLE_ONE_REQUEST, bundle_stock: [{ bundle_type_id: 1, wb_qty: 150, local_qty: 30, in_transit_to_wb_qty: 20 }] })
        .expect(200);
      expect(created.body.recommendation).toMatchObject({ action: 'wait', lines: [] });
      const lines = await app.db.query<{ recommended_qty: number; sku_unit_id: number }>(
        'SELECT recommended_qty, sku_unit_id FROM production_order_proposal_line WHERE proposal_id = $1 ORDER BY sku_unit_id',
        [created.body.proposal_id],
      );
      // Colour 3 is in no recipe of the article: out of scope, no line.
      expect(lines).toEqual([1, 2, 3, 4].map((skuUnitId) => ({ sku_unit_id: skuUnitId, recommended_qty: 0 })));
    });

    it('line text travels verbatim: quotes, backslashes, commas, braces and the word NULL in Pantone codes', async () => {
      await fixtures.exampleOne();
      const codes = ['a "quoted", {braced} \\ code', 'null'];
      await fixtures.query('UPDATE color SET pantone_code = $1 WHERE id = 1', [codes[0]]);
      await fixtures.query('UPDATE color SET pantone_code = $1 WHERE id = 2', [codes[1]]);
      // An order multiple gives lines several reason codes each.
      await fixtures.query('INSERT INTO article_planning_settings (article_id, production_order_order_multiple) VALUES (1, 7)');
      const created = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
      const lines = await app.db.query<{ pantone_key: string; reason_codes: string[]; source_reason: string | null }>(
        'SELECT pantone_key, reason_codes, source_reason FROM production_order_proposal_line WHERE proposal_id = $1 ORDER BY color_id, size_id',
        [created.body.proposal_id],
      );
      expect(lines.map((line) => line.pantone_key)).toEqual([codes[0].toUpperCase(), codes[0].toUpperCase(), 'NULL', 'NULL']);
      const answered = created.body.recommendation.lines as Array<{ source_reason: string; breakdown: { reason_codes: string[] } }>;
      expect(lines.map((line) => line.reason_codes)).toEqual(answered.map((line) => line.breakdown.reason_codes));
      expect(lines.map((line) => line.source_reason)).toEqual(answered.map((line) => line.source_reason));
      expect(answered.some((line) => line.breakdown.reason_codes.length > 1)).toBe(true);
    });

    it('a from-WB POST stores the run with source from_wb and GET answers the same bytes', async () => {
      const request = await fromWbArticle();
      const created = await app.http.post(FROM_WB).send(request).expect(200);
      expect(created.body.proposal_id).toEqual(expect.any(Number));
      await fixtures.query('DELETE FROM wb_stock_daily');
      await app.http.post(FROM_WB).send(request).expect(200);
      const stored = await app.http.get(`${PROPOSALS}/${created.body.proposal_id}`).expect(200);
      expect(stored.text).toBe(created.text);
      expect(stored.body.explanation.meta.bundle_demand[0]).toMatchObject({ method: 'in_stock_days_mean', bundles_per_day: 4 });
      const [row] = await app.db.query<{ source: string; lines: number }>(
        'SELECT source, (SELECT count(*)::int FROM production_order_proposal_line WHERE proposal_id = p.id) AS lines FROM production_order_proposal p WHERE id = $1',
        [created.body.proposal_id],
      );
      expect(row).toEqual({ source: 'from_wb', lines: 2 });
    });

    it('compact: the POST answers the trimmed body, the stored body is full, and GET trims on request to the same bytes', async () => {
      await fixtures.exampleOne();
      const compact = await app.http.post(DIRECT).send({ ...EXAMPLE_ONE_REQUEST, explainability_mode: 'compact' }).expect(200);
      expect(compact.body.explanation.meta).toMatchObject({ sku_projection: null, assorti: null });
      const url = `${PROPOSALS}/${compact.body.proposal_id}`;
      expect((await app.http.get(url).query({ explainability_mode: 'compact' }).expect(200)).text).toBe(compact.text);
      const full = await app.http.get(url).expect(200);
      expect(full.body.explanation.meta.sku_projection).toHaveLength(4);
      expect({ ...full.body, explanation: { ...full.body.explanation, meta: { ...full.body.explanation.meta, sku_projection: null, assorti: null } } }).toEqual(compact.body);
      expect((await app.http.get(url).query({ explainability_mode: 'full' }).expect(200)).text).toBe(full.text);
      const invalid = await app.http.get(url).query({ explainability_mode: 'verbose' }).expect(422);
      expect(invalid.body.detail[0].loc).toEqual(['query', 'explainability_mode']);
    });

    it('persist=false writes nothing and answers proposal_id null, on both proposal routes', async () => {
      await fixtures.exampleOne();
      const before = [await count('production_order_proposal'), await count('production_order_proposal_line')];
      const direct = await app.http.post(DIRECT).send({ ...EXAMPLE_ONE_REQUEST, persist: false }).expect(200);
      expect(direct.body.proposal_id).toBeNull();
      expect(direct.body.recommendation.total_units).toBe(340);
      const request = await fromWbArticle();
      const fromWb = await app.http.post(FROM_WB).send({ ...request, persist: false }).expect(200);
      expect(fromWb.body.proposal_id).toBeNull();
      expect([await count('production_order_proposal'), await count('production_order_proposal_line')]).toEqual(before.map(() => 0));
      const invalid = await app.http.post(DIRECT).send({ ...EXAMPLE_ONE_REQUEST, persist: 'no' }).expect(422);
      expect(invalid.body.detail[0].loc).toEqual(['body', 'persist']);
    });

    it('an excluded article is stored as a skipped run without lines; a business error stores nothing', async () => {
      await fixtures.exampleOne();
      await fixtures.query('INSERT INTO article_planning_settings (article_id, include_in_planning) VALUES (1, false)');
      const skipped = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
      expect(skipped.body).toMatchObject({ status: 'skipped', proposal_id: expect.any(Number) });
      expect((await app.http.get(`${PROPOSALS}/${skipped.body.proposal_id}`).expect(200)).text).toBe(skipped.text);
      const [row] = await app.db.query<Record<string, unknown>>(
        'SELECT status, action, target_arrival_date, total_units FROM production_order_proposal WHERE id = $1',
        [skipped.body.proposal_id],
      );
      expect(row).toEqual({ status: 'skipped', action: null, target_arrival_date: null, total_units: 0 });
      expect(await count('production_order_proposal_line')).toBe(0);

      await fixtures.query('DELETE FROM article_planning_settings');
      const runs = await count('production_order_proposal');
      await app.http.post(DIRECT).send({ ...EXAMPLE_ONE_REQUEST, bundle_daily_sales: [{ bundle_type_id: 99, daily_sales: 1 }] }).expect(400);
      await app.http.post(DIRECT).send({ ...EXAMPLE_ONE_REQUEST, article_id: 42 }).expect(404);
      expect(await count('production_order_proposal')).toBe(runs);
    });

    it('concurrent POSTs each store their own run under a distinct id', async () => {
      await fixtures.exampleOne();
      const answers = await Promise.all(Array.from({ length: 5 }, () => app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200)));
      const ids = answers.map((res) => res.body.proposal_id as number);
      expect(new Set(ids).size).toBe(5);
      for (const res of answers) expect((await app.http.get(`${PROPOSALS}/${res.body.proposal_id}`).expect(200)).text).toBe(res.text);
      expect(await count('production_order_proposal_line')).toBe(5 * 4);
    });

    it('GET shows the current conversion state; every other byte stays as created', async () => {
      await fixtures.exampleOne();
      const created = await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200);
      const [{ id: purchaseOrderId }] = await app.db.query<{ id: number }>(
        `INSERT INTO purchase_order (status, target_date) VALUES ('draft', '2026-03-12') RETURNING id`,
      );
      await app.db.query(`UPDATE production_order_proposal SET purchase_order_id = $2, converted_at = '2026-03-03T10:00:00.123Z' WHERE id = $1`, [
        created.body.proposal_id,
        purchaseOrderId,
      ]);
      const stored = await app.http.get(`${PROPOSALS}/${created.body.proposal_id}`).expect(200);
      const suffix = '"purchase_order_id":null,"converted_at":null}';
      expect(created.text.endsWith(suffix)).toBe(true);
      expect(stored.text).toBe(`${created.text.slice(0, -suffix.length)}"purchase_order_id":${purchaseOrderId},"converted_at":"2026-03-03T10:00:00.123Z"}`);
      const listed = await app.http.get(PROPOSALS).query({ article_id: 1 }).expect(200);
      expect(listed.body.items.find((item: { proposal_id: number }) => item.proposal_id === created.body.proposal_id)).toMatchObject({
        purchase_order_id: purchaseOrderId,
        converted_at: '2026-03-03T10:00:00.123Z',
      });
    });
  });

  describe('errors of the read routes', () => {
    it('404 proposal_not_found names the id; a bad path id is 422; an id beyond 32 bits is unknown', async () => {
      const missing = await app.http.get(`${PROPOSALS}/987654`).expect(404);
      expect(missing.body).toEqual({ detail: { code: 'proposal_not_found', message: expect.any(String), field: 'proposal_id', proposal_id: 987654 } });
      for (const id of ['0', '-3', 'abc', '1.5']) {
        const res = await app.http.get(`${PROPOSALS}/${id}`).expect(422);
        expect(res.body.detail[0].loc).toEqual(['path', 'proposal_id']);
      }
      expect((await app.http.get(`${PROPOSALS}/99999999999`).expect(404)).body.detail.code).toBe('proposal_not_found');
    });

    it('404 portfolio_run_not_found names the id', async () => {
      const missing = await app.http.get(`${PORTFOLIO}/4242`).expect(404);
      expect(missing.body).toEqual({ detail: { code: 'portfolio_run_not_found', message: expect.any(String), field: 'portfolio_run_id', portfolio_run_id: 4242 } });
      expect((await app.http.get(`${PORTFOLIO}/0`).expect(422)).body.detail[0].loc).toEqual(['path', 'portfolio_run_id']);
    });
  });

  describe('the list', () => {
    let ids: number[];
    let skippedId: number;

    beforeAll(async () => {
      await fixtures.exampleOne();
      await fixtures.query(`INSERT INTO article (code) VALUES ('ART-2')`);
      ids = [];
      for (let k = 0; k < 3; k++) ids.push((await app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200)).body.proposal_id);
      await fixtures.query('INSERT INTO article_planning_settings (article_id, include_in_planning) VALUES (2, false)');
      skippedId = (await app.http.post(DIRECT).send({ ...EXAMPLE_ONE_REQUEST, article_id: 2 }).expect(200)).body.proposal_id;
    });

    it('lists newest first with every summary field and the paging echoed', async () => {
      const res = await app.http.get(PROPOSALS).expect(200);
      expect(res.body).toMatchObject({ total: 4, limit: 50, offset: 0 });
      expect(res.body.items.map((item: { proposal_id: number }) => item.proposal_id)).toEqual([skippedId, ...[...ids].reverse()]);
      const created = JSON.parse((await app.http.get(`${PROPOSALS}/${ids[2]}`).expect(200)).text);
      expect(res.body.items[1]).toEqual({
        proposal_id: ids[2],
        article_id: 1,
        portfolio_run_id: null,
        source: 'direct',
        status: 'ok',
        action: 'order_with_buffer',
        risk_level: 'critical',
        as_of_date: '2026-03-02',
        generated_at: created.generated_at,
        order_by_date: '2026-03-02',
        target_arrival_date: '2026-03-12',
        total_units: 340,
        capital_required: null,
        purchase_order_id: null,
        converted_at: null,
      });
    });

    it('runs created at the same instant are ordered by id, descending', async () => {
      await app.db.query(`UPDATE production_order_proposal SET created_at = '2026-03-02T08:00:00Z' WHERE id = ANY($1::int[])`, [ids]);
      const res = await app.http.get(PROPOSALS).query({ article_id: 1 }).expect(200);
      expect(res.body.items.map((item: { proposal_id: number }) => item.proposal_id)).toEqual([...ids].reverse());
      expect(res.body.items[0].generated_at).toBe('2026-03-02T08:00:00.000Z');
    });

    it('filters by article, status and portfolio run; an unknown article gives an empty page', async () => {
      const byArticle = await app.http.get(PROPOSALS).query({ article_id: 2 }).expect(200);
      expect(byArticle.body).toMatchObject({ total: 1, items: [{ proposal_id: skippedId, status: 'skipped', action: null, target_arrival_date: null }] });
      const ok = await app.http.get(PROPOSALS).query({ status: 'ok' }).expect(200);
      expect(ok.body.total).toBe(3);
      const skipped = await app.http.get(PROPOSALS).query({ status: 'skipped', article_id: 1 }).expect(200);
      expect(skipped.body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
      expect((await app.http.get(PROPOSALS).query({ article_id: 777 }).expect(200)).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
      expect((await app.http.get(PROPOSALS).query({ article_id: '99999999999' }).expect(200)).body.total).toBe(0);
      expect((await app.http.get(PROPOSALS).query({ portfolio_run_id: 1 }).expect(200)).body.total).toBe(0);
    });

    it('pages with limit and offset, the total counting every match', async () => {
      const first = await app.http.get(PROPOSALS).query({ limit: 2 }).expect(200);
      const second = await app.http.get(PROPOSALS).query({ limit: 2, offset: 2 }).expect(200);
      const beyond = await app.http.get(PROPOSALS).query({ limit: 2, offset: 10 }).expect(200);
      const all = (await app.http.get(PROPOSALS).expect(200)).body.items.map((item: { proposal_id: number }) => item.proposal_id);
      expect(first.body).toMatchObject({ total: 4, limit: 2, offset: 0 });
      expect([...first.body.items, ...second.body.items].map((item: { proposal_id: number }) => item.proposal_id)).toEqual(all);
      expect(beyond.body).toEqual({ items: [], total: 4, limit: 2, offset: 10 });
      expect((await app.http.get(PROPOSALS).query({ limit: 200 }).expect(200)).body.limit).toBe(200);
    });

    it('invalid filters answer 422 at their query location', async () => {
      const cases: Array<[Record<string, string>, string]> = [
        [{ limit: '0' }, 'limit'],
        [{ limit: '201' }, 'limit'],
        [{ limit: 'ten' }, 'limit'],
        [{ offset: '-1' }, 'offset'],
        [{ status: 'error' }, 'status'],
        [{ article_id: 'x' }, 'article_id'],
        [{ portfolio_run_id: '1.5' }, 'portfolio_run_id'],
      ];
      for (const [query, field] of cases) {
        const res = await app.http.get(PROPOSALS).query(query).expect(422);
        expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['query', field]]);
      }
    });
  });

  describe('statements', () => {
    it('storing a proposal costs a fixed number of statements, however many SKUs and lines it has', async () => {
      await fixtures.exampleOne();
      const small = await countStatements(() => app.http.post(DIRECT).send(EXAMPLE_ONE_REQUEST).expect(200));
      const unsaved = await countStatements(() => app.http.post(DIRECT).send({ ...EXAMPLE_ONE_REQUEST, persist: false }).expect(200));
      await fixtures.query(`INSERT INTO size (label, sort_order) VALUES ('L', 3), ('XL', 4)`);
      for (const color of [1, 2]) for (const size of [3, 4]) await fixtures.sku(color, size, 7);
      await fixtures.bundleType(2, [1, 2]);
      const large = await countStatements(() =>
        app.http
          .post(DIRECT)
          .send({ ...EXAMPLE_ONE_REQUEST, bundle_daily_sales: [{ bundle_type_id: 1, daily_sales: 10 }, { bundle_type_id: 2, daily_sales: 4 }] })
          .expect(200),
      );
      expect(await count('production_order_proposal_line')).toBe(4 + 8);
      expect(large.statements).toBe(small.statements);
      // Id reservation, one insert of the lines and one of the proposal, less the `SET TRANSACTION READ ONLY` of an unsaved run.
      expect(small.statements - unsaved.statements).toBe(2);
    });

    it('lines may precede their proposal in a transaction, but a line whose proposal never comes is refused at commit', async () => {
      await fixtures.exampleOne();
      const client = await app.db.client();
      const lineOf = (proposalId: number) =>
        client.query(
          `INSERT INTO production_order_proposal_line (proposal_id, article_id, color_id, size_id, sku_unit_id, pantone_key, daily_demand, on_hand_now,
             receipts_before_arrival, receipts_in_window, projected_on_hand_at_arrival, safety_stock_target, net_requirement, safety_stock,
             recommended_qty, cover_days_now, cover_days_at_arrival, risk_level)
           VALUES ($1, 1, 1, 1, 1, 'P-1', 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'ok')`,
          [proposalId],
        );
      try {
        await client.query('BEGIN');
        await lineOf(999_001);
        await expect(client.query('COMMIT')).rejects.toThrow(/production_order_proposal_line_proposal_id_fkey/);
      } finally {
        await client.end();
      }
      expect(await count('production_order_proposal_line')).toBe(0);
    });
  });
});

describe('Planning Core persisted runs: access', () => {
  let app: TestApp;
  let keys: Record<Role, string>;

  beforeAll(async () => {
    app = await createTestApp({ authRequired: true });
    keys = await issueKeys(app);
  });
  afterAll(() => app.close());

  it('a reader key may read stored runs; no key is 401', async () => {
    const reader = bearer(keys[Role.Reader]);
    expect((await app.http.get(PROPOSALS).set(reader).expect(200)).body).toEqual({ items: [], total: 0, limit: 50, offset: 0 });
    expect((await app.http.get(`${PROPOSALS}/5`).set(reader).expect(404)).body.detail.code).toBe('proposal_not_found');
    expect((await app.http.get(`${PORTFOLIO}/5`).set(reader).expect(404)).body.detail.code).toBe('portfolio_run_not_found');
    await app.http.get(PROPOSALS).expect(401);
    await app.http.get(`${PROPOSALS}/5`).expect(401);
  });
});
