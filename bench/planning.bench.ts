import { Client } from 'pg';
import { countStatements, peakRssMb, percentile, startBenchServer, timed } from './support/bench-harness';

const ARTICLES = 2_000;
const COLORS = 6;
const SIZES = 6; // 6 × 6 = 36 SKU units per article
const SALES_DAYS = 60;
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const TARGET_DATE = '2025-03-01';

/**
 * Set-based seed: 2,000 active articles × 36 SKU units with NSC stock in one internal warehouse;
 * three bundle types (every article has recipes for the first two, even articles also the third);
 * one WB listing per (article, bundle type, size) with WB stock and 60 days of sales; planning
 * settings for every article and one global settings row.
 */
async function seed(client: Client): Promise<void> {
  const statements = [
    `INSERT INTO article (code) SELECT 'PA-' || g FROM generate_series(1, ${ARTICLES}) AS g`,
    `INSERT INTO color (inner_code) SELECT 'PC-' || g FROM generate_series(1, ${COLORS}) AS g`,
    `INSERT INTO size (label, sort_order) SELECT 'PS-' || g, g FROM generate_series(1, ${SIZES}) AS g`,
    `INSERT INTO sku_unit (article_id, color_id, size_id)
       SELECT a.id, c.id, s.id FROM article a CROSS JOIN color c CROSS JOIN size s ORDER BY a.id, c.id, s.id`,
    `INSERT INTO warehouse (code, name, type) VALUES ('NSK', 'NSK', 'internal')`,
    `INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at)
       SELECT su.id, w.id, (hashtext(su.id::text) & 63), now() FROM sku_unit su CROSS JOIN warehouse w`,
    `INSERT INTO bundle_type (code, name) VALUES ('DUO', 'Duo'), ('TRIO', 'Trio'), ('SET6', 'Set of six')`,
    // DUO = colours 1-2, TRIO = colours 1-3, SET6 = all six colours (even articles only).
    `INSERT INTO bundle_recipe (article_id, bundle_type_id, color_id, position)
       SELECT a.id, bt.id, c.id, c.id
         FROM article a
         CROSS JOIN bundle_type bt
         JOIN color c ON c.id <= CASE bt.code WHEN 'DUO' THEN 2 WHEN 'TRIO' THEN 3 ELSE ${COLORS} END
        WHERE bt.code <> 'SET6' OR a.id % 2 = 0`,
    `INSERT INTO article_wb_mapping (article_id, wb_sku, bundle_type_id, size_id)
       SELECT r.article_id, 'WB-' || r.article_id || '-' || r.bundle_type_id || '-' || s.id, r.bundle_type_id, s.id
         FROM (SELECT DISTINCT article_id, bundle_type_id FROM bundle_recipe) r CROSS JOIN size s`,
    `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT m.wb_sku, '${TARGET_DATE}'::date - d, (hashtext(m.wb_sku || d) & 7)
         FROM article_wb_mapping m CROSS JOIN generate_series(0, ${SALES_DAYS - 1}) AS d`,
    `INSERT INTO wb_stock (wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at)
       SELECT m.wb_sku, 1, 'WH-1', (hashtext(m.wb_sku) & 15), now() FROM article_wb_mapping m`,
    `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days, safety_stock_days, strictness)
       SELECT id, true, CASE WHEN id % 3 = 0 THEN 500 ELSE 0 END, 0, 14, 7, CASE WHEN id % 5 = 0 THEN 1.2 ELSE 1.0 END FROM article`,
    `INSERT INTO global_planning_settings (default_target_coverage_days, default_lead_time_days, default_service_level_percent,
       default_fabric_min_batch_qty, default_elastic_min_batch_qty) VALUES (60, 70, 90, 7000, 3000)`,
    // Steady state, as autovacuum leaves a live database: no vacuum of the seed competing with the calls measured.
    'VACUUM (ANALYZE)',
  ];
  for (const sql of statements) await client.query(sql);
}

interface Scenario {
  name: string;
  path: string;
}

async function measure(baseUrl: string, scenario: Scenario): Promise<void> {
  const call = async () => {
    const res = await fetch(`${baseUrl}${scenario.path}`);
    const body = (await res.json()) as { items?: unknown[] };
    if (res.status !== 200) throw new Error(`${scenario.name} answered ${res.status}: ${JSON.stringify(body)}`);
    return body.items?.length ?? 0;
  };
  await call(); // warm-up: plans, pool connections, JIT
  const { result: items, statements } = await countStatements(call);
  const latencies: number[] = [];
  for (let i = 0; i < RUNS; i++) latencies.push((await timed(call)).ms);
  console.log(
    `planning ${scenario.name}: ${items} items, ${statements} SQL statements per request; ` +
      `latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms over ${RUNS} runs; peak RSS ${peakRssMb()} MB`,
  );
}

/** `npm run bench -- planning`: the three planning portfolios over 2,000 active articles. */
export default async function benchPlanning(): Promise<void> {
  // The scheduler's leader heartbeat would be counted with the statements of the request measured.
  process.env.MONITORING_SCHEDULER_ENABLED = 'false';
  const server = await startBenchServer();
  const client = new Client({ connectionString: server.databaseUrl });
  try {
    await client.connect();
    const { ms: seedMs } = await timed(() => seed(client));
    const [{ mappings, sales }] = (
      await client.query<{ mappings: number; sales: number }>(
        'SELECT (SELECT count(*)::int FROM article_wb_mapping) AS mappings, (SELECT count(*)::int FROM wb_sales_daily) AS sales',
      )
    ).rows;
    console.log(
      `planning seed: ${ARTICLES} articles × ${COLORS * SIZES} SKU units, 2-3 bundle types each, ${mappings} WB listings, ` +
        `${sales} sales rows in ${(seedMs / 1000).toFixed(1)} s`,
    );
    const scenarios: Scenario[] = [
      { name: 'GET /bundle-risk-portfolio', path: '/api/v1/planning/bundle-risk-portfolio' },
      { name: 'GET /order-explanation-portfolio', path: `/api/v1/planning/order-explanation-portfolio?target_date=${TARGET_DATE}` },
      { name: 'GET /health-portfolio', path: `/api/v1/planning/health-portfolio?target_date=${TARGET_DATE}` },
    ];
    for (const scenario of scenarios) await measure(server.baseUrl, scenario);
  } finally {
    await client.end();
    await server.close();
  }
}
