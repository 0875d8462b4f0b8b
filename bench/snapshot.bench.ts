import { Client } from 'pg';
import { MonitoringSnapshotService } from '@supply-brain/monitoring';
import { PlanningPortfolioService } from '@supply-brain/planning';
import { countStatements, peakRssMb, percentile, startBenchServer, timed } from './support/bench-harness';

const SIZES_TO_MEASURE = [500, 2_000, 5_000];
const COLORS = 6;
const SIZES = 6; // 6 × 6 = 36 SKU units per article
const SALES_DAYS = 30;
const RUNS = 5;

/**
 * The planning benchmark's data shape (36 SKU units with NSC stock, 2–3 bundle types, one WB listing
 * per bundle type and size with WB stock), with sales over the last 30 days up to the database's
 * today so the snapshot's order totals (evaluated at the business today) are not all zero.
 * Articles (from, to] are added, so the sizes are measured on one growing database.
 */
async function addArticles(client: Client, from: number, to: number): Promise<void> {
  const range = `a.id > ${from} AND a.id <= ${to}`;
  const statements = [
    `INSERT INTO article (id, code) SELECT g, 'SA-' || g FROM generate_series(${from + 1}, ${to}) AS g`,
    `SELECT setval('article_id_seq', ${to})`,
    `INSERT INTO sku_unit (article_id, color_id, size_id)
       SELECT a.id, c.id, s.id FROM article a CROSS JOIN color c CROSS JOIN size s WHERE ${range} ORDER BY a.id, c.id, s.id`,
    `INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at)
       SELECT su.id, w.id, (hashtext(su.id::text) & 63), now() FROM sku_unit su CROSS JOIN warehouse w
        WHERE su.article_id > ${from} AND su.article_id <= ${to}`,
    `INSERT INTO bundle_recipe (article_id, bundle_type_id, color_id, position)
       SELECT a.id, bt.id, c.id, c.id
         FROM article a
         CROSS JOIN bundle_type bt
         JOIN color c ON c.id <= CASE bt.code WHEN 'DUO' THEN 2 WHEN 'TRIO' THEN 3 ELSE ${COLORS} END
        WHERE (bt.code <> 'SET6' OR a.id % 2 = 0) AND ${range}`,
    `INSERT INTO article_wb_mapping (article_id, wb_sku, bundle_type_id, size_id)
       SELECT r.article_id, 'WB-' || r.article_id || '-' || r.bundle_type_id || '-' || s.id, r.bundle_type_id, s.id
         FROM (SELECT DISTINCT article_id, bundle_type_id FROM bundle_recipe WHERE article_id > ${from} AND article_id <= ${to}) r CROSS JOIN size s`,
    `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT m.wb_sku, current_date - d, (hashtext(m.wb_sku || d) & 7)
         FROM article_wb_mapping m CROSS JOIN generate_series(0, ${SALES_DAYS - 1}) AS d
        WHERE m.article_id > ${from} AND m.article_id <= ${to}`,
    `INSERT INTO wb_stock (wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at)
       SELECT m.wb_sku, 1, 'WH-1', (hashtext(m.wb_sku) & 15), now() FROM article_wb_mapping m WHERE m.article_id > ${from} AND m.article_id <= ${to}`,
    `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days, safety_stock_days, strictness)
       SELECT id, true, CASE WHEN id % 3 = 0 THEN 500 ELSE 0 END, 0, 14, 7, CASE WHEN id % 5 = 0 THEN 1.2 ELSE 1.0 END
         FROM article a WHERE ${range}`,
    // Steady state, as autovacuum leaves a live database: no vacuum of the seed competing with the calls measured.
    'VACUUM (ANALYZE)',
  ];
  for (const sql of statements) await client.query(sql);
}

async function seedShared(client: Client): Promise<void> {
  const statements = [
    `INSERT INTO color (inner_code) SELECT 'SC-' || g FROM generate_series(1, ${COLORS}) AS g`,
    `INSERT INTO size (label, sort_order) SELECT 'SS-' || g, g FROM generate_series(1, ${SIZES}) AS g`,
    `INSERT INTO warehouse (code, name, type) VALUES ('NSK', 'NSK', 'internal')`,
    `INSERT INTO bundle_type (code, name) VALUES ('DUO', 'Duo'), ('TRIO', 'Trio'), ('SET6', 'Set of six')`,
    `INSERT INTO global_planning_settings (default_target_coverage_days, default_lead_time_days, default_service_level_percent,
       default_fabric_min_batch_qty, default_elastic_min_batch_qty) VALUES (60, 70, 90, 7000, 3000)`,
    `INSERT INTO wb_integration_accounts (name, api_token, is_active) VALUES ('WB', '', true)`,
    `INSERT INTO moysklad_integration_accounts (name, api_token, is_active) VALUES ('MS', '', true)`,
  ];
  for (const sql of statements) await client.query(sql);
}

/** `npm run bench -- snapshot`: build + persist one monitoring snapshot at 500, 2,000 and 5,000 active articles. */
export default async function benchSnapshot(): Promise<void> {
  // The scheduler's leader heartbeat would be counted with the statements of the request measured.
  process.env.MONITORING_SCHEDULER_ENABLED = 'false';
  const server = await startBenchServer();
  const client = new Client({ connectionString: server.databaseUrl });
  const snapshots = server.app.get(MonitoringSnapshotService);
  const portfolios = server.app.get(PlanningPortfolioService);
  try {
    await client.connect();
    await seedShared(client);
    let seeded = 0;
    for (const articles of SIZES_TO_MEASURE) {
      const { ms: seedMs } = await timed(() => addArticles(client, seeded, articles));
      seeded = articles;
      await snapshots.captureSnapshot({ source: 'manual' }); // warm-up: plans, pool connections
      const { result: first, statements } = await countStatements(() => snapshots.captureSnapshot({ source: 'manual' }));
      const buildMs = [first.buildMs];
      const totalMs: number[] = [];
      for (let run = 1; run < RUNS; run++) {
        const { result, ms } = await timed(() => snapshots.captureSnapshot({ source: 'manual' }));
        buildMs.push(result.buildMs);
        totalMs.push(ms);
      }
      const record = first.record!;
      const values = record.counters;
      console.log(
        `snapshot ${articles} articles (seeded in ${(seedMs / 1000).toFixed(1)} s): build_ms p50 ${percentile(buildMs, 50)} / max ${Math.max(...buildMs)}, ` +
          `build + insert p50 ${percentile(totalMs, 50).toFixed(0)} ms; ${statements} SQL statements per capture; peak RSS ${peakRssMb()} MB; ` +
          `risk c/w/ok/over/nd ${values.risk_critical}/${values.risk_warning}/${values.risk_ok}/${values.risk_overstock}/${values.risk_no_data}, ` +
          `orders ${values.articles_with_orders} articles / ${values.total_final_order_qty} units`,
      );
      // Where the build time goes: the planning load the snapshot consumes (risk and explanations from one load).
      const planning = await countStatements(() => timed(() => portfolios.riskAndExplanations(undefined, null, { explanation: false })));
      console.log(`  of which planning riskAndExplanations ${planning.result.ms.toFixed(0)} ms / ${planning.statements} statements`);
    }
  } finally {
    await client.end();
    await server.close();
  }
}
