import { Client } from 'pg';
import { peakRssMb, percentile, startBenchServer, timed } from './support/bench-harness';

const TOTAL_ROWS = 100_000;
const CALLS = 10;
const ROWS_PER_CALL = TOTAL_ROWS / CALLS;
const TARGET_ROWS_PER_SECOND = 50_000;

/** One call's payload: distinct (wb_sku, date) keys; `keySpace` separates the key sets of phases. */
function salesPayload(keySpace: number, call: number, qtyShift: number): string {
  const items = Array.from({ length: ROWS_PER_CALL }, (_, i) => {
    const row = call * ROWS_PER_CALL + i;
    const day = String(1 + (row % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(row / 28) % 12)).padStart(2, '0');
    return {
      wb_sku: `WB-${keySpace}-${Math.floor(row / 336)}`,
      date: `2025-${month}-${day}`,
      sales_qty: (row + qtyShift) % 17,
      revenue: ((row + qtyShift) % 1000) / 4,
    };
  });
  return JSON.stringify({ items });
}

async function post(url: string, body: string): Promise<{ inserted: number; updated: number }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  if (res.status !== 200) throw new Error(`import answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { inserted: number; updated: number };
}

/** Sends the payloads with at most `inFlight` calls open at once and prints the figures of the phase. */
async function phase(name: string, url: string, payloads: string[], inFlight: number): Promise<void> {
  const latencies: number[] = [];
  let inserted = 0;
  let updated = 0;
  const queue = [...payloads];
  const { ms } = await timed(() =>
    Promise.all(
      Array.from({ length: inFlight }, async () => {
        for (let payload = queue.shift(); payload; payload = queue.shift()) {
          const { result, ms: callMs } = await timed(() => post(url, payload as string));
          latencies.push(callMs);
          inserted += result.inserted;
          updated += result.updated;
        }
      }),
    ),
  );
  const rowsPerSecond = Math.round((TOTAL_ROWS / ms) * 1000);
  console.log(
    `${name.padEnd(31)} ${TOTAL_ROWS} rows / ${CALLS} calls: ${ms.toFixed(0)} ms → ${rowsPerSecond} rows/s ` +
      `(target ≥ ${TARGET_ROWS_PER_SECOND} ${rowsPerSecond >= TARGET_ROWS_PER_SECOND ? 'met' : 'NOT met'}); ` +
      `call p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms; ` +
      `inserted ${inserted}, updated ${updated}`,
  );
}

/**
 * `npm run bench -- wb-import`: 100,000 sales rows in 10 HTTP calls of 10,000 — new keys, the same
 * keys with changed values, the identical payloads re-sent, and new keys with two calls in flight.
 * Payloads are serialised before the clock starts; server and client share this process.
 */
export default async function benchWbImport(): Promise<void> {
  const server = await startBenchServer();
  try {
    const url = `${server.baseUrl}/api/v1/wb/sales-daily/import`;
    const calls = Array.from({ length: CALLS }, (_, call) => call);
    await post(url, salesPayload(9, 0, 0));

    const fresh = calls.map((call) => salesPayload(1, call, 0));
    await phase('insert (sequential)', url, fresh, 1);
    await phase('update (sequential)', url, calls.map((call) => salesPayload(1, call, 5)), 1);
    await phase('re-send unchanged (sequential)', url, calls.map((call) => salesPayload(1, call, 5)), 1);
    await phase('insert (2 calls in flight)', url, calls.map((call) => salesPayload(2, call, 0)), 2);

    const check = new Client({ connectionString: server.databaseUrl });
    await check.connect();
    const { rows } = await check.query<{ count: number }>('SELECT count(*)::int AS count FROM wb_sales_daily');
    await check.end();
    console.log(`wb-import: ${rows[0].count} rows stored; peak RSS ${peakRssMb()} MB`);
  } finally {
    await server.close();
  }
}
