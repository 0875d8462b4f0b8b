import type { MigrationInterface, QueryRunner } from 'typeorm';
import { SecretsCipher } from '../libs/access/src/secrets/secrets-cipher';
import { encryptPlaintextTokens, rewriteStoredTokens } from '../libs/access/src/secrets/token-tables';

/**
 * An adopted database keeps the original's integration tokens in plain text. With SECRETS_KEY
 * set they are encrypted here; without it (embedded database, key generated into .data/) the
 * server encrypts them at its first start instead. Down restores plain text when the key is set.
 */
export class EncryptIntegrationTokens1700000000061 implements MigrationInterface {
  name = 'EncryptIntegrationTokens1700000000061';

  async up(queryRunner: QueryRunner): Promise<void> {
    const cipher = cipherFromEnvironment();
    if (cipher) await encryptPlaintextTokens(queryRunner, cipher);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const cipher = cipherFromEnvironment();
    if (cipher) await rewriteStoredTokens(queryRunner, 'encrypted', (stored) => cipher.decrypt(stored));
  }
}

function cipherFromEnvironment(): SecretsCipher | undefined {
  const key = process.env.SECRETS_KEY?.trim();
  return key ? SecretsCipher.fromBase64(key) : undefined;
}
