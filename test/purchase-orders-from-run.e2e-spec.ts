import { PlanningCoreFixtures } from './planning-core/planning-core-fixtures';
import { countStatements } from './support/statement-counter';
import { createTestApp, TestApp } from './support/test-app';

const PO = '/api/v1/purchase-order';
const FROM_PROPOSAL = `${PO}/from-proposal`;
const AS_OF = '2026-03-02';

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
   * A stored run written with SQL, for states the HTTP routes cannot produce on demand (all-zero
   * lines, a response without a line's reason, a size order that differs from the id order).
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
                                                     net_requirement, safety_stock, recommended_qty, cover_days_now, cover_days_at_arrival, risk_level, reason_codes)
         SELECT $1, s.article_id, s.color_id, s.size_id, s.id, 'P', 1, 0, 0, 0, 0, 0, line.qty, 0, line.qty, 0, 0, 'critical',
                string_to_array(line.codes, '|')
           FROM unnest($2::int[], $3::int[], $4::text[]) AS line(sku_unit_id, qty, codes)
           JOIN sku_unit s ON s.id = line.sku_unit_id`,
        [id, lines.map((line) => line.skuUnitId), lines.map((line) => line.qty), lines.map((line) => (line.reasonCodes ?? ['net_requirement']).join('|'))],
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

  describe('a single-article run', () => {
    it('the order holds exactly the stored lines with a quantity, canonical order, source auto, target_date = the run’s as_of_date', async () => {
      const [c1s, c1m, c2s, c2m] = await articleWithFourSkus();
      const proposalId = await seedRun({
        lines: [
          { skuUnitId: c2m, qty: 100 },
          { skuUnitId: c1m, qty: 90, reasonCodes: ['net_requirement', 'safety_stock'] },
          { skuUnitId: c2s, qty: 0 },
          { skuUnitId: c1s, qty: 100 },
        ],
      });
      const res = await convert({ proposal_id: proposalId, comment: 'from run' }).expect(201);
      expect(res.body).toMatchObject({ status: 'draft', target_date: AS_OF, comment: 'from run', external_ref: null });
      expect(itemKeys(res.body.items)).toEqual([
        [1, 1, 1, 100],
        [1, 1, 2, 90],
        [1, 2, 2, 100],
      ]);
      expect(res.body.items.map((item: Item) => [item.source, item.notes])).toEqual([
        ['auto', 'net_requirement'],
        ['auto', 'net_requirement|safety_stock'],
        ['auto', 'net_requirement'],
      ]);
      const [run] = await t.db.query<{ purchase_order_id: number; converted: boolean }>(
        'SELECT purchase_order_id, converted_at IS NOT NULL AS converted FROM production_order_proposal WHERE id = $1',
        [proposalId],
      );
      expect(run).toEqual({ purchase_order_id: res.body.id, converted: true });
      expect((await t.http.get(`${PO}/${res.body.id}`).expect(200)).body).toEqual(res.body);
    });

    it('quantities are copied from the stored lines even after stock_balance changed (regression 16)', async () => {
      const [c1s, c1m] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 100 }, { skuUnitId: c1m, qty: 90 }] });
      await t.db.query('UPDATE stock_balance SET quantity = quantity + 500');
      const res = await convert({ proposal_id: proposalId }).expect(201);
      expect(itemKeys(res.body.items)).toEqual([
        [1, 1, 1, 100],
        [1, 1, 2, 90],
      ]);
    });

    it('sizes follow size.sort_order, then id, not the size id alone (05 §4.0.3)', async () => {
      await fixtures.common();
      await t.db.query(`UPDATE size SET sort_order = 5 WHERE id = 1`);
      await t.db.query(`INSERT INTO size (label, sort_order) VALUES ('L', 2)`);
      const skus = [await fixtures.sku(1, 1, 0), await fixtures.sku(1, 2, 0), await fixtures.sku(1, 3, 0), await fixtures.sku(2, 1, 0)];
      const proposalId = await seedRun({ lines: skus.map((skuUnitId, index) => ({ skuUnitId, qty: 10 + index })) });
      const res = await convert({ proposal_id: proposalId }).expect(201);
      expect(itemKeys(res.body.items)).toEqual([
        [1, 1, 2, 11],
        [1, 1, 3, 12],
        [1, 1, 1, 10],
        [1, 2, 1, 13],
      ]);
    });

    it('an explicit target_date is honoured', async () => {
      const [c1s] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 5 }] });
      const res = await convert({ proposal_id: proposalId, target_date: '2026-04-15' }).expect(201);
      expect(res.body.target_date).toBe('2026-04-15');
    });

    it('explanation false leaves the notes null', async () => {
      const [c1s, c1m] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 5 }, { skuUnitId: c1m, qty: 7, reasonCodes: ['net_requirement', 'order_multiple'] }] });
      const res = await convert({ proposal_id: proposalId, explanation: false }).expect(201);
      expect(res.body.items.map((item: Item) => [item.quantity, item.notes])).toEqual([
        [5, null],
        [7, null],
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

    it('a second conversion is a 409 proposal_already_converted naming the order, and writes nothing', async () => {
      const [c1s] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 5 }] });
      const first = await convert({ proposal_id: proposalId }).expect(201);
      const before = await writtenState();
      const second = await convert({ proposal_id: proposalId, target_date: '2026-05-01' }).expect(409);
      expect(second.body).toEqual({
        detail: { code: 'proposal_already_converted', message: expect.any(String), field: 'proposal_id', proposal_id: proposalId, purchase_order_id: first.body.id },
      });
      expect(await writtenState()).toEqual(before);
    });

    it('10 parallel conversions of one run: exactly one 201 and nine 409, one order', async () => {
      const [c1s, c1m] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 5 }, { skuUnitId: c1m, qty: 6 }] });
      const before = await writtenState();
      const results = await Promise.all(Array.from({ length: 10 }, () => convert({ proposal_id: proposalId })));
      expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      const created = results.find((res) => res.status === 201)!.body;
      for (const res of results.filter((r) => r.status === 409)) {
        expect(res.body.detail).toMatchObject({ code: 'proposal_already_converted', proposal_id: proposalId, purchase_order_id: created.id });
      }
      expect(await writtenState()).toEqual({ ...before, orders: before.orders + 1, items: before.items + 2, converted_proposals: before.converted_proposals + 1 });
      const orders = await t.db.query('SELECT id FROM production_order_proposal WHERE purchase_order_id = $1', [created.id]);
      expect(orders).toHaveLength(1);
    });

    it.each([
      ['a skipped run', { status: 'skipped' as const, lines: [] }],
      ['a wait run', { action: 'wait', lines: [{ qty: 0 }, { qty: 0 }] }],
      ['a run whose quantities are all 0', { lines: [{ qty: 0 }, { qty: 0 }] }],
    ])('%s is a 409 proposal_has_no_lines, and nothing is written', async (_name, seed) => {
      const skus = await articleWithFourSkus();
      const proposalId = await seedRun({ ...seed, lines: seed.lines.map((line, index) => ({ skuUnitId: skus[index], qty: line.qty })) });
      const before = await writtenState();
      const res = await convert({ proposal_id: proposalId }).expect(409);
      expect(res.body).toEqual({ detail: { code: 'proposal_has_no_lines', message: expect.any(String), field: 'proposal_id', proposal_id: proposalId } });
      expect(await writtenState()).toEqual(before);
    });

    it('an unknown proposal is a 404 proposal_not_found, and nothing is written', async () => {
      await articleWithFourSkus();
      const before = await writtenState();
      const res = await convert({ proposal_id: 987654 }).expect(404);
      expect(res.body).toEqual({ detail: { code: 'proposal_not_found', message: expect.any(String), field: 'proposal_id', proposal_id: 987654 } });
      expect(await writtenState()).toEqual(before);
    });

    it('the number of statements does not grow with the number of lines', async () => {
      await fixtures.common();
      const small = await seedRun({ lines: [{ skuUnitId: await fixtures.sku(1, 1, 0), qty: 1 }] });
      const skus: number[] = [];
      for (const color of [2, 3]) for (const size of [1, 2]) skus.push(await fixtures.sku(color, size, 0));
      const large = await seedRun({ lines: skus.map((skuUnitId) => ({ skuUnitId, qty: 3 })) });
      const one = await countStatements(() => convert({ proposal_id: small }).expect(201));
      const four = await countStatements(() => convert({ proposal_id: large }).expect(201));
      expect(four.result.body.items).toHaveLength(4);
      expect(four.statements).toBe(one.statements);
    });
  });

  describe('a portfolio run', () => {
    /** Article 1 and article 2 share colours and sizes; a portfolio with one member run each. */
    async function portfolioOfTwo() {
      const [c1s, c1m] = await articleWithFourSkus();
      await t.db.query(`INSERT INTO article (code) VALUES ('ART-2')`);
      const a2c3s = await fixtures.sku(3, 1, 0, 2);
      const a2c1m = await fixtures.sku(1, 2, 0, 2);
      const portfolioRunId = await seedPortfolioRun('2026-03-05');
      const first = await seedRun({ portfolioRunId, lines: [{ skuUnitId: c1m, qty: 8 }, { skuUnitId: c1s, qty: 4 }] });
      const second = await seedRun({ articleId: 2, portfolioRunId, lines: [{ skuUnitId: a2c3s, qty: 3, reasonCodes: ['fabric_min_uplift'] }, { skuUnitId: a2c1m, qty: 9 }] });
      const waiting = await seedRun({ articleId: 2, portfolioRunId, action: 'wait', lines: [] });
      return { portfolioRunId, members: [first, second], waiting };
    }

    it('one order with the lines of all member runs; the portfolio and every contributing member are marked', async () => {
      const { portfolioRunId, members, waiting } = await portfolioOfTwo();
      const res = await convert({ portfolio_run_id: portfolioRunId }).expect(201);
      expect(res.body.target_date).toBe('2026-03-05');
      expect(itemKeys(res.body.items)).toEqual([
        [1, 1, 1, 4],
        [1, 1, 2, 8],
        [2, 1, 2, 9],
        [2, 3, 1, 3],
      ]);
      expect(res.body.items[3].notes).toBe('fabric_min_uplift');
      const marked = await t.db.query<{ id: number; purchase_order_id: number | null }>(
        'SELECT id, purchase_order_id FROM production_order_proposal WHERE portfolio_run_id = $1 ORDER BY id',
        [portfolioRunId],
      );
      expect(marked).toEqual([
        { id: members[0], purchase_order_id: res.body.id },
        { id: members[1], purchase_order_id: res.body.id },
        { id: waiting, purchase_order_id: null },
      ]);
      const [portfolio] = await t.db.query('SELECT purchase_order_id, converted_at IS NOT NULL AS converted FROM production_order_portfolio_run WHERE id = $1', [
        portfolioRunId,
      ]);
      expect(portfolio).toEqual({ purchase_order_id: res.body.id, converted: true });
    });

    it('a second conversion is a 409 portfolio_run_already_converted, and writes nothing', async () => {
      const { portfolioRunId } = await portfolioOfTwo();
      const first = await convert({ portfolio_run_id: portfolioRunId }).expect(201);
      const before = await writtenState();
      const res = await convert({ portfolio_run_id: portfolioRunId }).expect(409);
      expect(res.body).toEqual({
        detail: {
          code: 'portfolio_run_already_converted',
          message: expect.any(String),
          field: 'portfolio_run_id',
          portfolio_run_id: portfolioRunId,
          purchase_order_id: first.body.id,
        },
      });
      expect(await writtenState()).toEqual(before);
    });

    it('a member run cannot be converted alone: 409 proposal_part_of_portfolio_run', async () => {
      const { portfolioRunId, members } = await portfolioOfTwo();
      const before = await writtenState();
      const res = await convert({ proposal_id: members[0] }).expect(409);
      expect(res.body).toEqual({
        detail: { code: 'proposal_part_of_portfolio_run', message: expect.any(String), field: 'proposal_id', proposal_id: members[0], portfolio_run_id: portfolioRunId },
      });
      expect(await writtenState()).toEqual(before);
    });

    it('10 parallel conversions of one portfolio: one 201, nine 409', async () => {
      const { portfolioRunId } = await portfolioOfTwo();
      const before = await writtenState();
      const results = await Promise.all(Array.from({ length: 10 }, () => convert({ portfolio_run_id: portfolioRunId })));
      expect(results.map((res) => res.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
      expect(await writtenState()).toEqual({
        orders: before.orders + 1,
        items: before.items + 4,
        converted_proposals: before.converted_proposals + 2,
        converted_portfolios: before.converted_portfolios + 1,
      });
    });

    it('a portfolio whose members recommend nothing is a 409 proposal_has_no_lines', async () => {
      const skus = await articleWithFourSkus();
      const portfolioRunId = await seedPortfolioRun();
      await seedRun({ portfolioRunId, lines: [{ skuUnitId: skus[0], qty: 0 }] });
      await seedRun({ portfolioRunId, status: 'skipped' });
      const before = await writtenState();
      const res = await convert({ portfolio_run_id: portfolioRunId }).expect(409);
      expect(res.body).toEqual({
        detail: { code: 'proposal_has_no_lines', message: expect.any(String), field: 'portfolio_run_id', portfolio_run_id: portfolioRunId },
      });
      expect(await writtenState()).toEqual(before);
    });

    it('an unknown portfolio run is a 404 portfolio_run_not_found', async () => {
      await articleWithFourSkus();
      const before = await writtenState();
      const res = await convert({ portfolio_run_id: 987654 }).expect(404);
      expect(res.body).toEqual({ detail: { code: 'portfolio_run_not_found', message: expect.any(String), field: 'portfolio_run_id', portfolio_run_id: 987654 } });
      expect(await writtenState()).toEqual(before);
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
      const [c1s] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 5 }] });
      const first = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-1').send({ proposal_id: proposalId }).expect(201);
      const before = await writtenState();
      const repeat = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-1').send({ explanation: true, proposal_id: proposalId }).expect(200);
      expect(repeat.body).toEqual(first.body);
      expect(await writtenState()).toEqual(before);
    });

    it('the same key with another body is a 422 on the header', async () => {
      const [c1s, c1m] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 5 }] });
      const other = await seedRun({ lines: [{ skuUnitId: c1m, qty: 5 }] });
      await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-2').send({ proposal_id: proposalId }).expect(201);
      const before = await writtenState();
      const res = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-2').send({ proposal_id: other }).expect(422);
      expect(res.body.detail.map((issue: { loc: unknown[] }) => issue.loc)).toEqual([['header', 'Idempotency-Key']]);
      expect(await writtenState()).toEqual(before);
    });

    it('a failed conversion stores no key: the retry with the same key runs afresh', async () => {
      const [c1s] = await articleWithFourSkus();
      const proposalId = await seedRun({ lines: [{ skuUnitId: c1s, qty: 0 }] });
      await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-3').send({ proposal_id: proposalId }).expect(409);
      await t.db.query('UPDATE production_order_proposal_line SET recommended_qty = 4 WHERE proposal_id = $1', [proposalId]);
      const res = await t.http.post(FROM_PROPOSAL).set('Idempotency-Key', 'run-key-3').send({ proposal_id: proposalId }).expect(201);
      expect(itemKeys(res.body.items)).toEqual([[1, 1, 1, 4]]);
    });
  });
});
