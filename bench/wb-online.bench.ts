import { Client } from 'pg';
import { countStatements, peakRssMb, percentile, startBenchServer, timed } from './support/bench-harness';

const ARTICLES = 2_000;
const COLORS = 3;
const SIZES = 4; // 3 × 4 = 12 SKU units per article, each with its own WB SKU
const SALES_DAYS = 60;
const TARGET_DATE = '2025-03-01';

/**
 * Set-based seed: 2,000 articles × 12 SKU units, one WB SKU per SKU unit, 60 days of sales per
 * WB SKU (1.44 M rows), stock in two WB warehouses, and NSC stock in one internal warehouse.
 */
async function seed(client: Client): Promise<void> {
  const statements = [
    `INSERT INTO article (code) SELECT 'BA-' || g FROM generate_series(1, ${ARTICLES}) AS g`,
    `INSERT INTO color (inner_code) SELECT 'BC-' || g FROM generate_series(1, ${COLORS}) AS g`,
    `INSERT INTO size (label, sort_order) SELECT 'BS-' || g, g FROM generate_series(1, ${SIZES}) AS g`,
    `INSERT INTO sku_unit (article_id, color_id, size_id)
       SELECT a.id, c.id, s.id FROM article a CROSS JOIN color c CROSS JOIN size s ORDER BY a.id, c.id, s.id`,
    `INSERT INTO article_wb_mapping (article_id, wb_sku) SELECT article_id, 'WB-' || id FROM sku_unit`,
    `INSERT INTO wb_sales_daily (wb_sku, date, sales_qty)
       SELECT m.wb_sku, '${TARGET_DATE}'::date - d, (hashtext(m.wb_sku || d) & 7)
         FROM article_wb_mapping m CROSS JOIN generate_series(0, ${SALES_DAYS - 1}) AS d`,
    `INSERT INTO wb_stock (wb_sku, warehouse_id, warehouse_name, stock_qty, updated_at)
       SELECT m.wb_sku, w, 'WH-' || w, (hashtext(m.wb_sku) & 31), now()
         FROM article_wb_mapping m CROSS JOIN generate_series(1, 2) AS w`,
    `INSERT INTO warehouse (code, name, type) VALUES ('NSK', 'NSK', 'internal')`,
    `INSERT INTO stock_balance (sku_unit_id, warehouse_id, quantity, updated_at)
       SELECT su.id, w.id, (hashtext(su.id::text) & 63), now() FROM sku_unit su CROSS JOIN warehouse w`,
    // Steady state, as autovacuum leaves a live database: no vacuum of the seed competing with the calls measured.
    'VACUUM (ANALYZE)',
  ];
  for (const sql of statements) await client.query(sql);
}

interface Scenario {
  name: string;
  runs: number;
  send(baseUrl: string): Promise<Response>;
}

async function measure(baseUrl: string, scenario: Scenario): Promise<void> {
  const call = async () => {
    const res = await scenario.send(baseUrl);
    const body = (await res.json()) as { items?: unknown[] };
    if (res.status !== 200) throw new Error(`${scenario.name} answered ${res.status}: ${JSON.stringify(body)}`);
    return body.items?.length ?? 0;
  };
  await call(); // warm-up: plans, pool connections, JIT
  const { result: items, statements } = await countStatements(call);
  const latencies: number[] = [];
  for (let i = 0; i < scenario.runs; i++) latencies.push((await timed(call)).ms);
  console.log(
    `wb-online ${scenario.name}: ${items} items, ${statements} SQL statements per request; ` +
      `latency p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms over ${scenario.runs} runs`,
  );
}

/** `npm run bench -- wb-online`: dashboard and proposal over the whole portfolio and over 20 articles. */
export default async function benchWbOnline(): Promise<void> {
  const server = await startBenchServer();
  const client = new Client({ connectionString: server.databaseUrl });
  try {
    await client.connect();
    const { ms: seedMs } = await timed(() => seed(client));
    const [{ sales }] = (await client.query<{ sales: number }>('SELECT count(*)::int AS sales FROM wb_sales_daily')).rows;
    console.log(`wb-online seed: ${ARTICLES} articles × ${COLORS * SIZES} SKU units, ${sales} sales rows in ${(seedMs / 1000).toFixed(1)} s`);

    const twentyArticles = Array.from({ length: 20 }, (_, i) => `article_ids=${1 + i * 97}`).join('&');
    const proposalBody = JSON.stringify({ target_date: TARGET_DATE, wb_arrival_date: '2025-03-08', replenishment_strategy: 'normal' });
    const scenarios: Scenario[] = [
      { name: 'GET /online, all articles', runs: 10, send: (url) => fetch(`${url}/api/v1/wb/manager/online?target_date=${TARGET_DATE}`) },
      {
        name: 'GET /online, 20 articles',
        runs: 50,
        send: (url) => fetch(`${url}/api/v1/wb/manager/online?target_date=${TARGET_DATE}&${twentyArticles}`),
      },
      {
        name: 'POST /proposal, all articles',
        runs: 10,
        send: (url) => fetch(`${url}/api/v1/wb/manager/proposal`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: proposalBody }),
      },
    ];
    for (const scenario of scenarios) await measure(server.baseUrl, scenario);
    console.log(`wb-online peak RSS ${peakRssMb()} MB`);
  } finally {
    await client.end();
    await server.close();
  }
}
