import { Role } from '@supply-brain/common';

/** An API key as the use cases see it; the secret itself is never part of it. */
export interface ApiKeyRecord {
  id: number;
  name: string;
  role: Role;
  keyPrefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

/** A key just created: the only moment its secret exists outside the client. */
export interface IssuedApiKey {
  record: ApiKeyRecord;
  secret: string;
}

/** The caller a valid key identifies. */
export interface AuthenticatedKey {
  id: number;
  name: string;
  role: Role;
}
