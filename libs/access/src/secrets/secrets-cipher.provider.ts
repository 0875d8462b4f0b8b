import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Logger, Provider } from '@nestjs/common';
import { AppConfig } from '@supply-brain/common';
import { generateSecretsKey, SecretsCipher, SecretsKeyError } from './secrets-cipher';

/** Where the embedded database's generated key lives: beside its data directory (`.data/secrets.key`). */
export function embeddedSecretsKeyFile(embeddedDbDir: string): string {
  return join(dirname(embeddedDbDir), 'secrets.key');
}

/**
 * SECRETS_KEY when set. With the embedded database and no key, one is generated once into
 * `.data/secrets.key` (mode 600) and reused. With DATABASE_URL and no key, start-up stops:
 * replicas must share one key, so none may invent its own.
 */
export function resolveSecretsCipher(config: AppConfig, logger = new Logger('Secrets')): SecretsCipher {
  const configured = config.get('SECRETS_KEY');
  if (configured) return SecretsCipher.fromBase64(configured);
  if (config.get('DATABASE_URL')) {
    throw new SecretsKeyError(
      'SECRETS_KEY is required when DATABASE_URL is set (integration tokens are encrypted with it). Generate one with: openssl rand -base64 32',
    );
  }
  const file = embeddedSecretsKeyFile(config.get('EMBEDDED_DB_DIR'));
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    try {
      // 'wx': of two processes starting together, one writes and the other reads what it wrote.
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, `${generateSecretsKey()}\n`);
      closeSync(fd);
      logger.warn(`SECRETS_KEY is not set: generated one into ${file}. Back it up with the database; set SECRETS_KEY to use your own.`);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return SecretsCipher.fromBase64(readFileSync(file, 'utf8').trim());
}

export const SECRETS_CIPHER_PROVIDER: Provider = {
  provide: SecretsCipher,
  inject: [AppConfig],
  useFactory: (config: AppConfig) => resolveSecretsCipher(config),
};
