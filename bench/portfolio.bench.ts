/*
 * `npm run bench -- portfolio`: POST /production-order/portfolio end to end (HTTP, loading, the
 * joint engine, JSON and persistence) over 1,000 articles × 6 colours × 6 sizes, with a portfolio
 * budget of 70 % of the pre-budget capital so the budget step runs. Then the same run split into
 * its phases, to show where the time goes.
 */
import { Client } from 'pg';
import { TransactionHost } from '@supply-brain/database';
import { PlanningInputsRepository, ProposalRunsRepository, salesWindow } from '@supply-brain/planning-core';
import { planPortfolio, PortfolioRequest } from '../libs/planning-core/src/application/portfolio-planning';
import { freshProposalResponse, proposalRunRows } from '../libs/planning-core/src/application/proposal-run-record';
import { assemblePortfolioResponse } from '../libs/planning-core/src/domain/portfolio-response';
import { countStatements, peakRssMb, percentile, startBenchServer, timed } from './support/bench-harness';

const ARTICLES = 1_000;
const COLORS = 6; // per article, each with its own colour row
const SIZES = 6;
const PANTONE_KEYS = 400; // PT-((6·article + colour) mod 400): groups shared across articles (05 §7.3)
const HISTORY_DAYS = 35;
// Fewer runs for a quick look: PORTFOLIO_BENCH_RUNS=2 PORTFOLIO_BENCH_PHASE_RUNS=1.
const RUNS = Number(process.env.PORTFOLIO_BENCH_RUNS ?? 5);
const PHASE_RUNS = Number(process.env.PORTFOLIO_BENCH_PHASE_RUNS ?? 3);
const AS_OF = '2026-03-02';

/**
 * 1,000 articles × 36 SKUs with loose stock at NSC; per article a fixed 4-pack (colours 1–4), a
 * fixed 6-pack (1–6) and an assorti 4-pack (eligible 1–6); one WB listing per (article, type, size)
 * with WB stock, 35 days of sales and of daily stock history (some days out of stock); NSC bundles;
 * order multiple 10; unit cost 1.0 and a 7,000-piece fabric minimum from the global row.
 */
async function seed(client: Client): Promise<void> {
  const statements = [
    `INSERT INTO article (code) SELECT 'PF-' || g FROM generate_series(1, ${ARTICLES}) AS g`,
    `INSERT INTO color (inner_code, pantone_code)
       SELECT 'PFC-' || a || '-' || c, 'PT-' || ((${COLORS} * a + c) % ${PANTONE_KEYS})
         FROM generate_series(1, ${ARTICLES}) AS a CROSS JOIN generate_series(1, ${COLORS}) AS c ORDER BY a, c`,
    `INSERT INTO size (label, sort_order) SELECT 'PFS-' || g, g FROM generate_series(1, ${SIZES}) AS g`,
    // Colour k of article a is the row inserted as 'PFC-a-k'.
    `INSERT INTO sku_unit (article_id, color_id, size_id)
       SELECT a.id, c.id, s.id FROM article a JOIN color c ON c.inner_code LIKE 'PFC-' || substr(a.code, 4) || '-%' CROSS JOIN size s ORDER BY a.id, c.id, s.id`,
    `INSERT INTO warehouse (code, name, type) VALUES ('NSC', 'NSC', 'internal')`,
    `INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at) SELECT su.id, 1, (hashtext(su.id::text) & 511), now() FROM sku_unit su`,
    `INSERT INTO bundle_type (code, name, is_assorti, pieces) VALUES ('FOUR', 'Four-pack', false, NULL), ('SIX', 'Six-pack', false, NULL), ('ASSORTI4', 'Assorti 4', true, 4)`,
    `INSERT INTO bundle_recipe (article_id, bundle_type_id, color_id, position)
       SELECT a.id, bt.id, c.id, k FROM article a CROSS JOIN bundle_type bt CROSS JOIN generate_series(1, ${COLORS}) AS k
         JOIN color c ON c.inner_code = 'PFC-' || substr(a.code, 4) || '-' || k
        WHERE k <= CASE bt.code WHEN 'FOUR' THEN 4 ELSE ${COLORS} END`,
    `INSERT INTO article_wb_mapping (article_id, wb_sku, bundle_type_id, size_id)
       SELECT a.id, 'PWB-' || a.id || '-' || bt.id || '-' || s.id, bt.id, s.id FROM article a CROSS JOIN bundle_type bt CROSS JOIN size s`,
    `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT m.wb_sku, '${AS_OF}'::date - 1 - d, (hashtext(m.wb_sku || d) & 3) FROM article_wb_mapping m CROSS JOIN generate_series(0, ${HISTORY_DAYS - 1}) AS d`,
    `INSERT INTO wb_stock (wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at)
       SELECT m.wb_sku, 1, 'WH-1', (hashtext(m.wb_sku) & 31), '${AS_OF}'::date - interval '6 hours' FROM article_wb_mapping m`,
    `INSERT INTO wb_stock_daily (wb_sku, date, stock_qty)
       SELECT m.wb_sku, '${AS_OF}'::date - 1 - d, greatest((hashtext(m.wb_sku || 's' || d) & 31) - 3, 0) FROM article_wb_mapping m CROSS JOIN generate_series(0, ${HISTORY_DAYS - 1}) AS d`,
    `INSERT INTO bundle_stock_balance (article_id, bundle_type_id, size_id, warehouse_id, quantity)
       SELECT a.id, bt.id, s.id, 1, (hashtext(a.id || '-' || bt.id || '-' || s.id) & 15) FROM article a CROSS JOIN bundle_type bt CROSS JOIN size s`,
    `INSERT INTO article_planning_settings (article_id, target_coverage_days, production_order_order_multiple) SELECT id, 60, 10 FROM article`,
    `INSERT INTO global_planning_settings (default_target_coverage_days, default_lead_time_days, default_service_level_percent,
       default_fabric_min_batch_qty, default_elastic_min_batch_qty, default_production_order_production_cost_per_unit)
     VALUES (60, 70, 95, 7000, 3000, 1.0)`,
    // Steady state, as autovacuum leaves a live database: no vacuum of the seed competing with the calls measured.
    'VACUUM (ANALYZE)',
  ];
  for (const sql of statements) await client.query(sql);
}

interface PortfolioBody {
  portfolio_run_id: number | null;
  totals: { articles_ok: number; articles_ordering: number; total_units: number; capital_required: number | null };
  budget: { status: string; capital_before: number | null; capital_after: number | null; groups: unknown[] };
}

export default async function benchPortfolio(): Promise<void> {
  // The scheduler's own statements would be counted with the request's.
  process.env.MONITORING_SCHEDULER_ENABLED = 'false';
  const server = await startBenchServer();
  const client = new Client({ connectionString: server.databaseUrl });
  try {
    await client.connect();
    const { ms: seedMs } = await timed(() => seed(client));
    console.log(
      `portfolio seed: ${ARTICLES} articles × ${COLORS * SIZES} SKUs, ${PANTONE_KEYS} shared Pantone keys, 3 bundle types, ` +
        `${ARTICLES * 3 * SIZES} WB listings × ${HISTORY_DAYS} days in ${(seedMs / 1000).toFixed(1)} s`,
    );
    const post = async (request: PortfolioRequest): Promise<{ body: PortfolioBody; bytes: number }> => {
      const res = await fetch(`${server.baseUrl}/api/v1/planning/core/production-order/portfolio`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      });
      const text = await res.text();
      if (res.status !== 200) throw new Error(`portfolio answered ${res.status}: ${text.slice(0, 500)}`);
      return { body: JSON.parse(text) as PortfolioBody, bytes: text.length };
    };

    // The pre-budget capital of the same portfolio fixes a budget of 70 % of it.
    const base: PortfolioRequest = { as_of_date: AS_OF, observation_window_days: 30 };
    const unconstrained = await post({ ...base, persist: false });
    const budget = Math.round((unconstrained.body.budget.capital_before ?? 0) * 0.7);
    const request: PortfolioRequest = { ...base, overrides: { available_capital: budget } };

    await post(request); // warm-up: plans, pool connections, JIT
    const { result: counted, statements } = await countStatements(() => post(request));
    const latencies: number[] = [];
    for (let i = 0; i < RUNS; i++) latencies.push((await timed(() => post(request))).ms);
    const { body, bytes } = counted;
    console.log(
      `portfolio POST /production-order/portfolio (${ARTICLES} articles, persist): ${statements} SQL statements per call ` +
        `(transaction control included); latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms ` +
        `over ${RUNS} runs (target < 3000 ms); peak RSS ${peakRssMb()} MB; answer ${(bytes / 1024).toFixed(0)} KB`,
    );
    console.log(
      `  budget ${budget} (70 % of ${unconstrained.body.budget.capital_before}): status ${body.budget.status}, capital after ${body.budget.capital_after}, ` +
        `${body.budget.groups.length} Pantone groups ranked; ${body.totals.articles_ordering} of ${body.totals.articles_ok} articles ordering, ${body.totals.total_units} pieces`,
    );
    await measurePhases(server.app.get(TransactionHost), server.app.get(PlanningInputsRepository), server.app.get(ProposalRunsRepository), request);
  } finally {
    await client.end();
    await server.close();
  }
}

/** The same run split into loading, the engine, JSON serialisation and the writes (median of PHASE_RUNS). */
async function measurePhases(tx: TransactionHost, inputs: PlanningInputsRepository, runs: ProposalRunsRepository, request: PortfolioRequest): Promise<void> {
  const phases: Record<'load' | 'engine' | 'json' | 'write', number[]> = { load: [], engine: [], json: [], write: [] };
  const ids = Array.from({ length: ARTICLES }, (_, k) => k + 1);
  for (let i = 0; i < PHASE_RUNS; i++) {
    const load = await timed(() =>
      tx.read(async () => {
        const watermarks = await inputs.loadImportWatermarks(AS_OF);
        const window = salesWindow(watermarks.importWatermark, AS_OF, 30);
        return inputs.loadArticleData(await inputs.findArticles(ids), 'UTC', { window, watermarks }, { sideBySide: true });
      }),
    );
    const engine = await timed(async () => planPortfolio(ids, load.result, request, { today: AS_OF }, request.overrides?.available_capital ?? null));
    const generatedAt = new Date().toISOString();
    const json = await timed(async () => {
      const rows = engine.result.map((m, k) => proposalRunRows(m.outcome!, JSON.stringify(freshProposalResponse(m.outcome!, { proposalId: k + 1, portfolioRunId: 1, generatedAt })), { proposalId: k + 1, portfolioRunId: 1, generatedAt }));
      const answer = JSON.stringify(assemblePortfolioResponse(engine.result, { portfolioRunId: 1, generatedAt, asOfDate: AS_OF, budget: null, governanceMode: 'unconstrained', proposalIds: null }));
      return { rows, answer };
    });
    const write = await timed(() =>
      // Rolled back on purpose: only the statements' cost is measured.
      tx
        .write(async () => {
          const reserved = await runs.reserveIds(json.result.rows.length, true);
          const proposals = json.result.rows.map((r, k) => ({ ...r.proposal, id: reserved.proposalIds[k], portfolioRunId: null }));
          const lines = json.result.rows.flatMap((r, k) => r.lines.map((line) => ({ ...line, proposalId: reserved.proposalIds[k] })));
          await runs.insertProposalsWithLines(proposals, lines);
          throw new RollbackSignal();
        })
        .catch((error: unknown) => {
          if (!(error instanceof RollbackSignal)) throw error;
        }),
    );
    phases.load.push(load.ms);
    phases.engine.push(engine.ms);
    phases.json.push(json.ms);
    phases.write.push(write.ms);
  }
  const median = (samples: number[]) => percentile(samples, 50).toFixed(0);
  console.log(`  phases (median ms): load ${median(phases.load)}, engine ${median(phases.engine)}, JSON ${median(phases.json)}, writes ${median(phases.write)}`);
}

class RollbackSignal extends Error {}
