import { Injectable } from '@nestjs/common';
import { ConflictError, NotFoundError, Role } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { ApiKeyRecord, AuthenticatedKey, IssuedApiKey } from '../domain/api-key';
import { apiKeyPrefix, generateApiKeySecret, hashApiKeySecret } from '../domain/api-key-secret';
import { ApiKeyRepository } from '../persistence/api-key.repository';

export const API_KEY_NAME_TAKEN = 'An active API key with this name already exists';

/** Issuing, listing, revoking and checking API keys; shared by the admin routes, the CLI and the guard. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly keys: ApiKeyRepository,
  ) {}

  /** A new key; its secret is returned this once and only its hash is stored. */
  create(name: string, role: Role): Promise<IssuedApiKey> {
    return this.tx.write(async () => {
      if (await this.keys.activeNameTaken(name)) throw new ConflictError(API_KEY_NAME_TAKEN);
      return this.issue(name, role);
    });
  }

  list(): Promise<ApiKeyRecord[]> {
    return this.keys.list();
  }

  /** Takes effect on the next request: the guard reads the table every time. */
  async revoke(id: number): Promise<ApiKeyRecord> {
    const revoked = await this.tx.write(() => this.keys.revoke(id));
    if (!revoked) throw new NotFoundError('ApiKey not found');
    return revoked;
  }

  /** The caller a presented key identifies, or null for an unknown or revoked key. */
  async authenticate(secret: string): Promise<AuthenticatedKey | null> {
    const key = await this.keys.findActiveByHash(hashApiKeySecret(secret));
    if (!key) return null;
    if (key.usageStale) await this.keys.touch(key.id);
    return { id: key.id, name: key.name, role: key.role };
  }

  /**
   * The first admin key, when no active key exists. Replicas starting together serialise on an
   * advisory lock, so exactly one creates it. Null when a key already exists.
   */
  bootstrapAdminKey(name: string): Promise<IssuedApiKey | null> {
    return this.tx.write(async () => ((await this.keys.lockBootstrapAndHasActiveKey()) ? null : this.issue(name, Role.Admin)));
  }

  private async issue(name: string, role: Role): Promise<IssuedApiKey> {
    const secret = generateApiKeySecret();
    const record = await this.keys.insert({ name, role, keyPrefix: apiKeyPrefix(secret), keyHash: hashApiKeySecret(secret) });
    return { record, secret };
  }
}
