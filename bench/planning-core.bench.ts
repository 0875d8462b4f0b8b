import { Client } from 'pg';
import { TransactionHost } from '@supply-brain/database';
import { planFromWbProposal, PlanningInputsRepository, salesWindow } from '@supply-brain/planning-core';
import { countStatements, peakRssMb, percentile, startBenchServer, timed } from './support/bench-harness';

const ARTICLES = 2_000;
const COLORS = 6;
const SIZES = 6; // 36 SKU units per article
const SALES_DAYS = 60;
const RUNS = 50;
const AS_OF = '2025-03-01';

/**
 * 2,000 articles × 36 SKUs with NSC stock; fixed 2- and 3-colour types and an assorti type per
 * article; one WB listing per (article, type, size) with WB stock, 60 days of sales and of daily
 * stock history; NSC bundle stock; planning settings and the global row.
 */
async function seed(client: Client): Promise<void> {
  const statements = [
    `INSERT INTO article (code) SELECT 'PC-' || g FROM generate_series(1, ${ARTICLES}) AS g`,
    `INSERT INTO color (inner_code, pantone_code) SELECT 'PCC-' || g, 'PT-' || (g % 4) FROM generate_series(1, ${COLORS}) AS g`,
    `INSERT INTO size (label, sort_order) SELECT 'PCS-' || g, g FROM generate_series(1, ${SIZES}) AS g`,
    `INSERT INTO sku_unit (article_id, color_id, size_id) SELECT a.id, c.id, s.id FROM article a CROSS JOIN color c CROSS JOIN size s ORDER BY a.id, c.id, s.id`,
    `INSERT INTO warehouse (code, name, type) VALUES ('NSC', 'NSC', 'internal'), ('OUT', 'Outside', 'external')`,
    `INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at)
       SELECT su.id, w.id, (hashtext(su.id::text || w.id) & 255), now() FROM sku_unit su CROSS JOIN warehouse w`,
    `INSERT INTO bundle_type (code, name, is_assorti, pieces) VALUES ('DUO', 'Duo', false, NULL), ('TRIO', 'Trio', false, NULL), ('ASSORTI4', 'Assorti 4', true, 4)`,
    `INSERT INTO bundle_recipe (article_id, bundle_type_id, color_id, position)
       SELECT a.id, bt.id, c.id, c.id FROM article a CROSS JOIN bundle_type bt
         JOIN color c ON c.id <= CASE bt.code WHEN 'DUO' THEN 2 WHEN 'TRIO' THEN 3 ELSE ${COLORS} END`,
    `INSERT INTO article_wb_mapping (article_id, wb_sku, bundle_type_id, size_id)
       SELECT a.id, 'WB-' || a.id || '-' || bt.id || '-' || s.id, bt.id, s.id FROM article a CROSS JOIN bundle_type bt CROSS JOIN size s`,
    `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT m.wb_sku, '${AS_OF}'::date - d, (hashtext(m.wb_sku || d) & 7) FROM article_wb_mapping m CROSS JOIN generate_series(0, ${SALES_DAYS - 1}) AS d`,
    `INSERT INTO wb_stock (wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at)
       SELECT m.wb_sku, 1, 'WH-1', (hashtext(m.wb_sku) & 15), '${AS_OF}'::date - interval '6 hours' FROM article_wb_mapping m`,
    `INSERT INTO wb_stock_daily (wb_sku, date, stock_qty)
       SELECT m.wb_sku, '${AS_OF}'::date - d, (hashtext(m.wb_sku || 's' || d) & 15) FROM article_wb_mapping m CROSS JOIN generate_series(0, ${SALES_DAYS - 1}) AS d`,
    `INSERT INTO bundle_stock_balance (article_id, bundle_type_id, size_id, warehouse_id, quantity)
       SELECT a.id, bt.id, s.id, 1, (hashtext(a.id || '-' || bt.id || '-' || s.id) & 31) FROM article a CROSS JOIN bundle_type bt CROSS JOIN size s`,
    `INSERT INTO planning_settings (article_id, is_active, min_fabric_batch, min_elastic_batch, alert_threshold_days, safety_stock_days, strictness)
       SELECT id, true, 0, 0, 14, 7, 1.0 FROM article`,
    `INSERT INTO article_planning_settings (article_id, target_coverage_days, production_order_order_multiple) SELECT id, 60, 10 FROM article`,
    `INSERT INTO global_planning_settings (default_target_coverage_days, default_lead_time_days, default_service_level_percent,
       default_fabric_min_batch_qty, default_elastic_min_batch_qty) VALUES (60, 70, 90, 7000, 3000)`,
    // Steady state, as autovacuum leaves a live database: no vacuum of the seed competing with the calls measured.
    'VACUUM (ANALYZE)',
  ];
  for (const sql of statements) await client.query(sql);
}

/** `npm run bench -- planning-core`: the from-WB proposal of one article on a 2,000-article database. */
export default async function benchPlanningCore(): Promise<void> {
  const server = await startBenchServer();
  const client = new Client({ connectionString: server.databaseUrl });
  try {
    await client.connect();
    const { ms: seedMs } = await timed(() => seed(client));
    console.log(`planning-core seed: ${ARTICLES} articles × ${COLORS * SIZES} SKUs, 3 bundle types, ${ARTICLES * 3 * SIZES} WB listings in ${(seedMs / 1000).toFixed(1)} s`);
    let article = 0;
    const call = async () => {
      article = (article % ARTICLES) + 1;
      const res = await fetch(`${server.baseUrl}/api/v1/planning/core/production-order/proposal/from-wb`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ article_id: article, as_of_date: AS_OF, observation_window_days: 30 }),
      });
      const body = (await res.json()) as { recommendation?: { total_units: number } };
      if (res.status !== 200) throw new Error(`from-wb answered ${res.status}: ${JSON.stringify(body)}`);
      return body.recommendation?.total_units ?? 0;
    };
    for (let i = 0; i < 5; i++) await call(); // warm-up: plans, pool connections, JIT
    const { statements } = await countStatements(call);
    const latencies: number[] = [];
    for (let i = 0; i < RUNS; i++) latencies.push((await timed(call)).ms);
    console.log(
      `planning-core POST /production-order/proposal/from-wb (one article of ${ARTICLES}): ${statements} SQL statements per request ` +
        `(transaction control included); latency p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms ` +
        `over ${RUNS} runs; peak RSS ${peakRssMb()} MB`,
    );
    await measureEngineAlone(server.app.get(TransactionHost), server.app.get(PlanningInputsRepository));
  } finally {
    await client.end();
    await server.close();
  }
}

/** The same proposal without HTTP and SQL: the pure engine on one article's loaded data. */
async function measureEngineAlone(tx: TransactionHost, inputs: PlanningInputsRepository): Promise<void> {
  const request = { article_id: 1, as_of_date: AS_OF, observation_window_days: 30 };
  const data = await tx.read(async () => {
    const watermarks = await inputs.loadImportWatermarks(AS_OF);
    const window = salesWindow(watermarks.importWatermark, AS_OF, 30);
    return (await inputs.loadArticleData(await inputs.findArticles([1]), 'UTC', { window, watermarks })).get(1);
  });
  if (!data) throw new Error('article 1 not loaded');
  const samples: number[] = [];
  for (let i = 0; i < RUNS + 5; i++) {
    const start = process.hrtime.bigint();
    planFromWbProposal(data, request, { today: AS_OF });
    if (i >= 5) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  console.log(`planning-core engine alone (same article, no HTTP/SQL): p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms`);
}
