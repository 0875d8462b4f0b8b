import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccessCoreModule, runAccessCli } from '@supply-brain/access';
import { AppConfigModule } from '@supply-brain/common';
import { DatabaseModule } from '@supply-brain/database';

/** Configuration, the database (migrated like the server does) and the key and secret services; no HTTP. */
@Module({ imports: [AppConfigModule, DatabaseModule, AccessCoreModule] })
class CliModule {}

/** `npm run cli -- api-key create --role reader --name partner-x` (see CLI_USAGE for every command). */
async function main(): Promise<void> {
  const context = await NestFactory.createApplicationContext(CliModule, { logger: ['fatal', 'error', 'warn'] });
  let code = 1;
  try {
    code = await runAccessCli(process.argv.slice(2), context, {
      log: (line) => process.stdout.write(`${line}\n`),
      error: (line) => process.stderr.write(`${line}\n`),
    });
  } finally {
    await context.close();
  }
  process.exit(code);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
