import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { SecretsCipher } from './secrets-cipher';
import { reencryptTokens } from './token-tables';

/** Moves every stored secret from the configured SECRETS_KEY to a new one, in one transaction. */
@Injectable()
export class SecretsRotationService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly current: SecretsCipher,
  ) {}

  /** How many stored tokens now sit under `next`. */
  rotate(next: SecretsCipher): Promise<number> {
    return this.tx.write(() => reencryptTokens(this.tx.manager, this.current, next));
  }
}
