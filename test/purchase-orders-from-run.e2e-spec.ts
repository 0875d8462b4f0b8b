import { EXAMPLE_ONE_REQUEST, PlanningCoreFixtures } from './planning-core/planning-core-fixtures';
import { EXAMPLE_15_REQUEST, PORTFOLIO, PortfolioFixtures } from './planning-core/portfolio-fixtures';
import { countStatements } from './support/statement-counter';
import { createTestApp, TestApp } from './support/test-app';

const PO = '/api/v1/purchase-order';
const FROM_PROPOSAL = `${PO}/from-proposal`;
const AS_OF = '2026-03-02';
const DIRECT = '/api/v1/planning/core/production-order/proposal';
const PROPOSALS = '/api/v1/planning/core/production-order/proposals';

interface RunLine {
  article_id: number;
  color_id: number;
  size_id: number;
  recommended_qty: number;
  source_reason: string;
}

interface StoredLineSeed {
  skuUnitId: number;
  qty: number;
  reasonCodes?: string[];
  /** The response line's `source_reason`; default: the codes joined with `|`; null: the response has no such line. */
  responseReason?: string | null;
}

interface RunSeed {
  articleId?: number;
  asOfDate?: string;
  status?: 'ok' | 'skipped';
  action?: string | null;
  portfolioRunId?: number | null;
  lines?: StoredLineSeed[];
}

interface Item {
  article_id: number;
  color_id: number;
  size_id: number;
  quantity: number;
  source: string;
  notes: string | null;
}

/** What an order made from a run must hold: the response's lines, in its (canonical) order. */
const runLineKeys = (lines: RunLine[]) => lines.map((line) => [line.article_id, line.color_id, line.size_id, line.recommended_qty]);
const itemKeys = (items: Item[]) => items.map((item) => [item.article_id, item.color_id, item.size_id, item.quantity]);

/** POST /purchase-order/from-proposal with a stored Planning Core run (05 §3.10, regression 16). */
describe('POST /purchase-order/from-proposal from a stored run (05 §3.10)', () => {
  let t: TestApp;
  let fixtures: PlanningCoreFixtures;

  beforeAll(async () => {
    t = await createTestApp();
    fixtures = new PlanningCoreFixtures(t.db);
  });
  afterAll(() => t.close());

  /** Article 1 (colours 1–3, sizes S/M) with SKUs C1-S, C1-M, C2-S, C2-M; returns their sku_unit ids in that order. */
  async function articleWithFourSkus(): Promise<number[]> {
    await fixtures.common();
    return [await fixtures.sku(1, 1, 40), await fixtures.sku(1, 2, 60), await fixtures.sku(2, 1, 100), await fixtures.sku(2, 2, 0)];
  }

  /**
   * A stored run written with SQL, for states the HTTP routes cannot produce on demand: an ordering
   * run whose quantities are all 0, a response without a line's `source_reason`, exact line counts.
   */
  async function seedRun(seed: RunSeed): Promise<number> {
    const lines = seed.lines ?? [];
    const status = seed.status ?? 'ok';
    const action = seed.action === undefined ? (status === 'ok' ? 'order_with_buffer' : null) : seed.action;
    const responseLines = lines
      .filter((line) => line.qty > 0 && line.responseReason !== null)
      .map((line) => ({ sku_unit_id: line.skuUnitId, recommended_qty: line.qty, source_reason: line.responseReason ?? (line.reasonCodes ?? ['net_requirement']).join('|') }));
    const response = { status, recommendation: status === 'ok' ? { action, lines: responseLines } : null };
    const [{ id }] = await t.db.query<{ id: number }>(
      `INSERT INTO production_order_proposal (article_id, portfolio_run_id, as_of_date, source, status, action, risk_level, lead_time_days_total,
                                              total_units, engine_version, input_snapshot, policy_snapshot, response)
       VALUES ($1, $2, $3, $4, $5, $6, 'critical', 10, $7, 'pc-v1', '{}', '{}', $8) RETURNING id`,
      [
        seed.articleId ?? 1,
        seed.portfolioRunId ?? null,
        seed.asOfDate ?? AS_OF,
        seed.portfolioRunId ? 'portfolio' : 'direct',
        status,
        action,
        lines.reduce((sum, line) => sum + line.qty, 0),
        JSON.stringify(response),
      ],
    );
    if (lines.length > 0) {
      await t.db.query(
        `INSERT INTO production_order_proposal_line (proposal_id, article_id, color_id, size_id, sku_unit_id, pantone_key, daily_demand, on_hand_now,
                                                     receipts_before_arrival, receipts_in_window, projected_on_hand_at_arrival, safety_stock_target,
                                                     net_requirement, safety_stock, recommended_qty, cover_days_now, cover_days_at_arrival, risk_level, reason_codes,
                                                     source_reason)
         SELECT $1, s.article_id, s.color_id, s.size_id, s.id, 'P', 1, 0, 0, 0, 0, 0, line.qty, 0, line.qty, 0, 0, 'critical',
                string_to_array(line.codes, '|'), line.source_reason
           FROM unnest($2::int[], $3::int[], $4::text[], $5::text[]) AS line(sku_unit_id, qty, codes, source_reason)
           JOIN sku_unit s ON s.id = line.sku_unit_id`,
        [
          id,
          lines.map((line) => line.skuUnitId),
          lines.map((line) => line.qty),
          lines.map((line) => (line.reasonCodes ?? ['net_requirement']).join('|')),
          // As the engine stores it: the answered line's reason, none for a line the answer does not list.
          lines.map((line) => responseLines.find((answered) => answered.sku_unit_id === line.skuUnitId)?.source_reason ?? null),
        ],
      );
    }
    return id;
  }

  async function seedPortfolioRun(asOfDate = AS_OF): Promise<number> {
    const [{ id }] = await t.db.query<{ id: number }>(
      `INSERT INTO production_order_portfolio_run (as_of_date, engine_version, article_count, request_snapshot, response)
       VALUES ($1, 'pc-v1', 0, '{}', '{}') RETURNING id`,
      [asOfDate],
    );
    return id;
  }

  /** Everything a conversion could write, to show that a failed one wrote nothing. */
  async function writtenState() {
    const [row] = await t.db.query<{ orders: number; items: number; converted_proposals: number; converted_portfolios: number }>(
      `SELECT (SELECT count(*)::int FROM purchase_order) AS orders,
              (SELECT count(*)::int FROM purchase_order_item) AS items,
              (SELECT count(*)::int FROM production_order_proposal WHERE purchase_order_id IS NOT NULL OR converted_at IS NOT NULL) AS converted_proposals,
              (SELECT count(*)::int FROM production_order_portfolio_run WHERE purchase_order_id IS NOT NULL OR converted_at IS NOT NULL) AS converted_portfolios`,
    );
    return row;
  }

  const convert = (body: Record<string, unknown>) => t.http.post(FROM_PROPOSAL).send(body);


  /** A stored run through POST …/proposal (persist defaults to true); its response body. */
  async function createRun(body: Record<string, unknown> = EXAMPLE_ONE_REQUEST) {
    const res = await t.http.post(DIRECT).send(body).expect(200);
    expect(Number.isInteger(res.body.proposal_id)).toBe(true);
    return res.body;
  }

  describe('a single-article run created over HTTP', () => {
    it('regression 16: the order holds the stored lines although stock changed; a second conversion is a 409; the run shows its order', async () => {
      await fixtures.exampleOne();
      const run = await createRun();
      expect(runLineKeys(run.recommendation.lines)).toEqual([
        [1, 1, 1, 100],
        [1, 1, 2, 90],
        [1, 2, 1, 50],
        [1, 2, 2, 100],
      ]);
      await t.db.query('UPDATE stock_balance SET quantity = quantity + 500');

      const order = (await convert({ proposal_id: run.proposal_id }).expect(201)).body;
      expect(order).toMatchObject({ status: 'draft', target_date: run.as_of_date, comment: null, external_ref: null });
      expect(run.as_of_date).toBe(AS_OF);
      expect(itemKeys(order.items)).toEqual(runLineKeys(run.recommendation.lines));
      expect(order.items.map((item: Item) => [item.source, item.notes])).toEqual(run.recommendation.lines.map((line: RunLine) => ['auto', line.source_reason]));
      expect((await t.http.get(`${PO}/${order.id}`).expect(200)).body).toEqual(order);

      const before = await writtenState();
      const again = await convert({ proposal_id: run.proposal_id }).expect(409);
      expect(again.body).toEqual({
        detail: { code: 'proposal_already_converted', message: expect.any(String), field: 'proposal_id', proposal_id: run.proposal_id, purchase_order_id: order.id },
      });
      expect(await writtenState()).toEqual(before);

      const stored = (await t.http.get(`${PROPOSALS}/${run.proposal_id}`).expect(200)).body;
      expect(stored.purchase_order_id).toBe(order.id);
      expect(stored.converted_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect({ ...stored, purchase_order_id: null, converted_at: null }).toEqual(run);
    });

    it('10 parallel conversions of one run: exactly one 201 and nine 409, one order in the table', async () => {
      await fixtures.exampleOne();
      const run = await createRun();
      const before = await writtenState();
      const results = await Promise.all(Array.from({ length: 10 }, () => convert({ proposal_id: run.proposal_id })));
      expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      const created = results.find((res) => res.status === 201)!.body;
      for (const res of results.filter((r) => r.status === 409)) {
        expect(res.body.detail).toMatchObject({ code: 'proposal_already_converted', proposal_id: run.proposal_id, purchase_order_id: created.id });
      }
      expect(await writtenState()).toEqual({ ...before, orders: before.orders + 1, items: before.items + 4, converted_proposals: before.converted_proposals + 1 });
    });

    it('explanation false: the same lines with null notes; an explicit target_date and the comment are honoured', async () => {
      await fixtures.exampleOne();
      const run = await createRun();
      const order = (await convert({ proposal_id: run.proposal_id, explanation: false, target_date: '2026-04-01', comment: 'planner' }).expect(201)).body;
      expect(order).toMatchObject({ target_date: '2026-04-01', comment: 'planner' });
      expect(itemKeys(order.items)).toEqual(runLineKeys(run.recommendation.lines));
      expect(order.items.map((item: Item) => item.notes)).toEqual([null, null, null, null]);
    });

    it('a wait run (ready bundles cover the demand) is a 409 proposal_has_no_lines, and nothing is written', async () => {
      await fixtures.common();
      for (const [color, size] of [[1, 1], [1, 2], [2, 1], [2, 2]]) await fixtures.sku(color, size, 0);
      await fixtures.bundleType(1, [1, 2]);
      const run = await createRun({ ...EXAMPLE_ONE_REQUEST, bundle_stock: [{ bundle_type_id: 1, wb_qty: 150, local_qty: 30, in_transit_to_wb_qty: 20 }] });
      expect(run.recommendation.action).toBe('wait');
      const before = await writtenState();
      const res = await convert({ proposal_id: run.proposal_id }).expect(409);
      expect(res.body).toEqual({ detail: { code: 'proposal_has_no_lines', message: expect.any(String), field: 'proposal_id', proposal_id: run.proposal_id } });
      expect(await writtenState()).toEqual(before);
    });

    it('a skipped run (article excluded from planning) is a 409 proposal_has_no_lines, and nothing is written', async () => {
      await fixtures.exampleOne();
      await t.db.query('INSERT INTO article_planning_settings (article_id, include_in_planning) VALUES (1, false)');
      const run = await createRun();
      expect(run.status).toBe('skipped');
      const before = await writtenState();
      const res = await convert({ proposal_id: run.proposal_id }).expect(409);
      expect(res.body).toEqual({ detail: { code: 'proposal_has_no_lines', message: expect.any(String), field: 'proposal_id', proposal_id: run.proposal_id } });
      expect(await writtenState()).toEqual(before);
    });

    it('an unknown proposal is a 404 proposal_not_found, and nothing is written', async () => {
      await fixtures.exampleOne();
      await createRun();
      const before = await writtenState();
      const res = await convert({ proposal_id: 987654 }).expect(404);
      expect(res.body).toEqual({ detail: { code: 'proposal_not_found', message: expect.any(String), field: 'proposal_id', proposal_id: 987654 } });
      expect(await writtenState()).toEqual(before);
    });
  });

  describe('a portfolio run created over HTTP (Example 15: two articles share a Pantone minimum)', () => {
    async function createPortfolio() {
      await new PortfolioFixtures(fixtures).example15();
      const res = await t.http.post(PORTFOLIO).send({ ...EXAMPLE_15_REQUEST, article_ids: [1, 2] }).expect(200);
      expect(Number.isInteger(res.body.portfolio_run_id)).toBe(true);
      const members = await Promise.all(
        res.body.items.map(async (item: { proposal_id: number }) => (await t.http.get(`${PROPOSALS}/${item.proposal_id}`).expect(200)).body),
      );
      return { portfolio: res.body, members };
    }

    it('one order with the lines of both member runs; the portfolio and both members show it; a second conversion is a 409', async () => {
      const { portfolio, members } = await createPortfolio();
      const expected = members.flatMap((member) => member.recommendation.lines as RunLine[]);
      expect(expected.reduce((sum, line) => sum + line.recommended_qty, 0)).toBe(300);
      expect(new Set(expected.map((line) => line.article_id))).toEqual(new Set([1, 2]));

      const order = (await convert({ portfolio_run_id: portfolio.portfolio_run_id }).expect(201)).body;
      expect(order.target_date).toBe(portfolio.as_of_date);
      expect(itemKeys(order.items)).toEqual(runLineKeys(expected));
      expect(order.items.map((item: Item) => item.notes)).toEqual(expected.map((line) => line.source_reason));

      for (const member of members) {
        expect((await t.http.get(`${PROPOSALS}/${member.proposal_id}`).expect(200)).body.purchase_order_id).toBe(order.id);
      }
      const stored = (await t.http.get(`${PORTFOLIO}/${portfolio.portfolio_run_id}`).expect(200)).body;
      expect(stored.purchase_order_id).toBe(order.id);

      const before = await writtenState();
      const again = await convert({ portfolio_run_id: portfolio.portfolio_run_id }).expect(409);
      expect(again.body).toEqual({
        detail: {
          code: 'portfolio_run_already_converted',
          message: expect.any(String),
          field: 'portfolio_run_id',
          portfolio_run_id: portfolio.portfolio_run_id,
          purchase_order_id: order.id,
        },
      });
      expect(await writtenState()).toEqual(before);
    });

    it('a member run alone is a 409 proposal_part_of_portfolio_run, and nothing is written', async () => {
      const { portfolio, members } = await createPortfolio();
      const before = await writtenState();
      const res = await convert({ proposal_id: members[1].proposal_id }).expect(409);
      expect(res.body).toEqual({
        detail: {
          code: 'proposal_part_of_portfolio_run',
          message: expect.any(String),
          field: 'proposal_id',
          proposal_id: members[1].proposal_id,
          portfolio_run_id: portfolio.portfolio_run_id,
        },
      });
      expect(await writtenState()).toEqual(before);
    });

    it('10 parallel conversions of one portfolio: one 201, nine 409, one order', async () => {
      const { portfolio } = await createPortfolio();
      const before = await writtenState();
      const results = await Promise.all(Array.from({ length: 10 }, () => convert({ portfolio_run_id: portfolio.portfolio_run_id })));
      expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      const created = results.find((res) => res.status === 201)!.body;
      expect(await writtenState()).toEqual({
        orders: before.orders + 1,
        items: before.items + created.items.length,
        converted_proposals: before.converted_proposals + 2,
        converted_portfolios: before.converted_portfolios + 1,
      });
    });

    it('an unknown portfolio run is a 404 portfolio_run_not_found, and nothing is written', async () => {
      await createPortfolio();
      const before = await writtenState();
      const res = await convert({ portfolio_run_id: 987654 }).expect(404);
      expect(res.body).toEqual({ detail: { code: 'portfolio_run_not_found', message: expect.any(String), field: 'portfolio_run_id', portfolio_run_id: 987654 } });
      expect(await writtenState()).toEqual(before);
    });
  });

  describe('stored states written with SQL', () => {
    /** Article 1 (colours 1–3, sizes S/M) with SKUs C1-S, C1-M, C2-S, C2-M; returns their sku_unit ids in that order. */
    async function articleWithFourSkus(): Promise<number[]> {
      await fixtures.common();
      return [await fixtures.sku(1, 1, 40), await fixtures.sku(1, 2, 60), await fixtures.sku(2, 1, 100), await fixtures.sku(2, 2, 0)];
    }

    it('only lines with a quantity, in canonical order: sizes by size.sort_order, then id (05 §4.0.3)', async () => {
      await fixtures.common();
      await t.db.query(`UPDATE size SET sort_order = 5 WHERE id = 1`);
      await t.db.query(`INSERT INTO size (label, sort_order) VALUES ('L', 2)`);
      const skus = [await fixtures.sku(2, 1, 0), await fixtures.sku(1, 1, 0), await fixtures.sku(1, 2, 0), await fixtures.sku(1, 3, 0), await fixtures.sku(2, 2, 0)];
      const proposalId = await seedRun({ lines: skus.map((skuUnitId, index) => ({ skuUnitId, qty: index === 4 ? 0 : 10 + index })) });
      const res = await convert({ proposal_id: proposalId }).expect(201);
      expect(itemKeys(res.body.items)).toEqual([
        [1, 1, 2, 12],
        [1, 1, 3, 13],
        [1, 1, 1, 11],
        [1, 2, 1, 10],
      ]);
    });

    it('notes take the response line’s source_reason, else the stored line’s reason codes joined with |', async () => {
      const [c1s, c1m] = await articleWithFourSkus();
      const proposalId = await seedRun({
        lines: [
          { skuUnitId: c1s, qty: 5, reasonCodes: ['net_requirement'], responseReason: 'net_requirement|fabric_min_uplift' },
          { skuUnitId: c1m, qty: 7, reasonCodes: ['safety_stock', 'order_multiple'], responseReason: null },
        ],
      });
      const res = await convert({ proposal_id: proposalId, explanation: true }).expect(201);
      expect(res.body.items.map((item: Item) => item.notes)).toEqual(['net_requirement|fabric_min_uplift', 'safety_stock|order_multiple']);
    });

    it('an ordering run whose quantities are all 0 is a 409 proposal_has_no_lines, and nothing is written', async () => {
      const skus = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: skus.map((skuUnitId) => ({ skuUnitId, qty: 0 })) });
      const before = await writtenState();
      const res = await convert({ proposal_id: proposalId }).expect(409);
      expect(res.body).toEqual({ detail: { code: 'proposal_has_no_lines', message: expect.any(String), field: 'proposal_id', proposal_id: proposalId } });
      expect(await writtenState()).toEqual(before);
    });

    it('a portfolio whose members recommend nothing (all 0, skipped, wait) is a 409 proposal_has_no_lines', async () => {
      const skus = await articleWithFourSkus();
      const portfolioRunId = await seedPortfolioRun();
      await seedRun({ portfolioRunId, lines: [{ skuUnitId: skus[0], qty: 0 }] });
      await seedRun({ portfolioRunId, status: 'skipped' });
      await seedRun({ portfolioRunId, action: 'wait', lines: [{ skuUnitId: skus[1], qty: 0 }] });
      const before = await writtenState();
      const res = await convert({ portfolio_run_id: portfolioRunId }).expect(409);
      expect(res.body).toEqual({
        detail: { code: 'proposal_has_no_lines', message: expect.any(String), field: 'portfolio_run_id', portfolio_run_id: portfolioRunId },
      });
      expect(await writtenState()).toEqual(before);
    });

    it('the number of statements does not grow with the number of lines or member runs', async () => {
      await fixtures.common();
      await t.db.query(`INSERT INTO size (label, sort_order) VALUES ('L', 3), ('XL', 4)`);
      const skus: number[] = [];
      for (const color of [1, 2, 3]) for (const size of [1, 2, 3, 4]) skus.push(await fixtures.sku(color, size, 0));
      const oneLine = await seedRun({ lines: [{ skuUnitId: skus[0], qty: 1 }] });
      const twelveLines = await seedRun({ lines: skus.map((skuUnitId) => ({ skuUnitId, qty: 3 })) });
      const smallPortfolio = await seedPortfolioRun();
      await seedRun({ portfolioRunId: smallPortfolio, lines: [{ skuUnitId: skus[0], qty: 2 }] });
      const largePortfolio = await seedPortfolioRun();
      for (const color of [0, 1, 2]) await seedRun({ portfolioRunId: largePortfolio, lines: skus.slice(color * 4, color * 4 + 4).map((skuUnitId) => ({ skuUnitId, qty: 4 })) });

      const single = [await countStatements(() => convert({ proposal_id: oneLine }).expect(201)), await countStatements(() => convert({ proposal_id: twelveLines }).expect(201))];
      const portfolio = [
        await countStatements(() => convert({ portfolio_run_id: smallPortfolio }).expect(201)),
        await countStatements(() => convert({ portfolio_run_id: largePortfolio }).expect(201)),
      ];
      expect(single[1].result.body.items).toHaveLength(12);
      expect(portfolio[1].result.body.items).toHaveLength(12);
      expect(single[1].statements).toBe(single[0].statements);
      expect(portfolio[1].statements).toBe(portfolio[0].statements);
    });

    it('a failed conversion stores no Idempotency-Key: the retry with the same key runs afresh', async () => {
      const [c1s] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 0 }] });
      await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-3').send({ proposal_id: proposalId }).expect(409);
      await t.db.query('UPDATE production_order_proposal_line SET recommended_qty = 4 WHERE proposal_id = $1', [proposalId]);
      const res = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-3').send({ proposal_id: proposalId }).expect(201);
      expect(itemKeys(res.body.items)).toEqual([[1, 1, 1, 4]]);
    });
  });

  describe('request validation', () => {
    it.each([
      ['both ids', { proposal_id: 1, portfolio_run_id: 1 }, [['body', 'portfolio_run_id']]],
      ['proposal_id 0', { proposal_id: 0 }, [['body', 'proposal_id']]],
      ['a string proposal_id', { proposal_id: '1' }, [['body', 'proposal_id']]],
      ['a fractional portfolio_run_id', { portfolio_run_id: 1.5 }, [['body', 'portfolio_run_id']]],
      ['a null proposal_id and no target_date', { proposal_id: null }, [['body', 'proposal_id']]],
      ['an impossible target_date with a run', { proposal_id: 1, target_date: '2026-02-30' }, [['body', 'target_date']]],
      ['no target_date and no run', { comment: 'x' }, [['body', 'target_date']]],
    ])('422 for %s, before any lookup, and nothing is written', async (_name, body, locs) => {
      const before = await writtenState();
      const res = await convert(body).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual(locs);
      expect(await writtenState()).toEqual(before);
    });
  });

  describe('Idempotency-Key', () => {
    it('the same key and body again: 200 with the same order, nothing created', async () => {
      await fixtures.exampleOne();
      const run = await createRun();
      const first = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-1').send({ proposal_id: run.proposal_id }).expect(201);
      const before = await writtenState();
      const repeat = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-1').send({ explanation: true, proposal_id: run.proposal_id }).expect(200);
      expect(repeat.body).toEqual(first.body);
      expect(await writtenState()).toEqual(before);
    });

    it('the same key with another body is a 422 on the header, and nothing is written', async () => {
      await fixtures.exampleOne();
      const run = await createRun();
      const other = await createRun();
      await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-2').send({ proposal_id: run.proposal_id }).expect(201);
      const before = await writtenState();
      const res = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-2').send({ proposal_id: other.proposal_id }).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['header', 'Idempotency-Key']]);
      expect(await writtenState()).toEqual(before);
    });
  });
});
