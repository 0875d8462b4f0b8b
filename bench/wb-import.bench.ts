import { Client } from 'pg';
import { peakRssMb, percentile, startBenchServer, timed } from './support/bench-harness';

const TOTAL_ROWS = 100_000;
const CALLS = 10;
const TARGET_ROWS_PER_SECOND = 50_000;

/** One call's payload: distinct (wb_sku, date) keys, 1,000 SKUs × 10 days per call. */
function salesPayload(call: number, rows: number): string {
  const items = Array.from({ length: rows }, (_, i) => {
    const row = call * rows + i;
    const day = String(1 + (row % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(row / 28) % 12)).padStart(2, '0');
    return { wb_sku: `WB-${Math.floor(row / 336)}`, date: `2025-${month}-${day}`, sales_qty: row % 17, revenue: (row % 1000) / 4 };
  });
  return JSON.stringify({ items });
}

async function post(url: string, body: string): Promise<{ inserted: number; updated: number }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { inserted: number; updated: number };
}

/**
 * `npm run bench -- wb-import`: 100,000 new sales rows in 10 HTTP calls of 10,000, then the same
 * payloads again (all updates). Payloads are serialised before the clock starts.
 */
export default async function benchWbImport(): Promise<void> {
  const server = await startBenchServer();
  try {
    const url = `${server.baseUrl}/api/v1/wb/sales-daily/import`;
    const rowsPerCall = TOTAL_ROWS / CALLS;
    const payloads = Array.from({ length: CALLS }, (_, call) => salesPayload(call, rowsPerCall));
    await post(url, JSON.stringify({ items: [{ wb_sku: 'warm-up', date: '2024-01-01' }] }));

    for (const phase of ['insert', 'update'] as const) {
      const latencies: number[] = [];
      let inserted = 0;
      let updated = 0;
      const { ms } = await timed(async () => {
        for (const payload of payloads) {
          const { result, ms: callMs } = await timed(() => post(url, payload));
          latencies.push(callMs);
          inserted += result.inserted;
          updated += result.updated;
        }
      });
      const rowsPerSecond = Math.round((TOTAL_ROWS / ms) * 1000);
      console.log(
        `wb-import ${phase}: ${TOTAL_ROWS} rows in ${CALLS} calls, ${ms.toFixed(0)} ms → ${rowsPerSecond} rows/s ` +
          `(target ≥ ${TARGET_ROWS_PER_SECOND}: ${rowsPerSecond >= TARGET_ROWS_PER_SECOND ? 'met' : 'NOT met'}); ` +
          `per call p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms; ` +
          `inserted ${inserted}, updated ${updated}`,
      );
    }

    const check = new Client({ connectionString: server.databaseUrl });
    await check.connect();
    const { rows } = await check.query<{ count: number }>('SELECT count(*)::int AS count FROM wb_sales_daily');
    await check.end();
    console.log(`wb-import: ${rows[0].count} rows stored; peak RSS ${peakRssMb()} MB (server and client in one process)`);
  } finally {
    await server.close();
  }
}
