import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildOpenApiDocumentOffline } from '../apps/api/src/openapi/offline-document';
import { serializeOpenApiDocument } from '../apps/api/src/openapi/setup-openapi';

/** `npm run openapi`: writes openapi.json at the repository root from the code; no database needed. */
async function main(): Promise<void> {
  const file = join(__dirname, '..', 'openapi.json');
  const document = await buildOpenApiDocumentOffline();
  writeFileSync(file, serializeOpenApiDocument(document));
  const operations = Object.values(document.paths).reduce((count, item) => count + Object.keys(item).length, 0);
  console.log(`Wrote ${file}: ${Object.keys(document.paths).length} paths, ${operations} operations`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
