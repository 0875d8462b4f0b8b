import { toIsoInstant } from '@supply-brain/common';
import { ApiKeyRecord, IssuedApiKey } from '../domain/api-key';
import { ApiKeyResponse, CreatedApiKeyResponse } from './dto/api-key.response';

export function toApiKeyResponse(record: ApiKeyRecord): ApiKeyResponse {
  return {
    id: record.id,
    name: record.name,
    role: record.role,
    prefix: record.keyPrefix,
    created_at: toIsoInstant(record.createdAt),
    last_used_at: record.lastUsedAt ? toIsoInstant(record.lastUsedAt) : null,
    revoked_at: record.revokedAt ? toIsoInstant(record.revokedAt) : null,
  };
}

export function toCreatedApiKeyResponse(issued: IssuedApiKey): CreatedApiKeyResponse {
  return { ...toApiKeyResponse(issued.record), key: issued.secret };
}
