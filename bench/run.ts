import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `npm run bench -- <name>` runs `bench/<name>.bench.ts`, whose default export is an async
 * function. Benchmarks print figures; they are never part of the test suite.
 */
async function main(): Promise<void> {
  const available = readdirSync(__dirname)
    .filter((file) => file.endsWith('.bench.ts'))
    .map((file) => file.replace('.bench.ts', ''));
  const name = process.argv[2];
  if (!name || !available.includes(name)) {
    console.error(`Usage: npm run bench -- <name>   (available: ${available.join(', ') || 'none'})`);
    process.exit(2);
  }
  const bench = (await import(join(__dirname, `${name}.bench.ts`))) as { default: () => Promise<void> };
  await bench.default();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
