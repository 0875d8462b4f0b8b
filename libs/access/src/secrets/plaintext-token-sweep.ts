import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { isUndefinedTableError } from '../persistence/undefined-table';
import { TransactionHost } from '@supply-brain/database';
import { SecretsCipher } from './secrets-cipher';
import { encryptPlaintextTokens } from './token-tables';

/**
 * At start-up, encrypts integration tokens still stored in plain text (a database adopted from the
 * original, migrated without SECRETS_KEY). Concurrent replicas lock the rows, so each is encrypted once.
 */
@Injectable()
export class PlaintextTokenSweep implements OnApplicationBootstrap {
  private readonly logger = new Logger('Secrets');

  constructor(
    private readonly tx: TransactionHost,
    private readonly cipher: SecretsCipher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    try {
      const encrypted = await this.tx.write(() => encryptPlaintextTokens(this.tx.manager, this.cipher));
      if (encrypted > 0) this.logger.log(`Encrypted ${encrypted} integration token(s) stored in plain text`);
    } catch (error) {
      // Migrations not applied yet (DB_MIGRATIONS_RUN=false): readiness reports it; the next start sweeps.
      if (!isUndefinedTableError(error)) throw error;
    }
  }
}
