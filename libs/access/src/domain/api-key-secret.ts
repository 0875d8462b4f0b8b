import { createHash, randomBytes } from 'node:crypto';

/** Every key starts with this, so a leaked one is easy to recognise in code or logs. */
const KEY_MARK = 'sb_';
const PREFIX_LENGTH = 11;

/** A new key: `sb_` + 32 random bytes in base64url (256 bits of entropy). */
export function generateApiKeySecret(): string {
  return `${KEY_MARK}${randomBytes(32).toString('base64url')}`;
}

/**
 * What is stored instead of the key. A fast hash is enough: the key is 256 random bits, so
 * there is nothing to brute-force, and each request can be checked with one indexed lookup.
 */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The first characters, shown in lists so an operator can tell keys apart. */
export function apiKeyPrefix(secret: string): string {
  return secret.slice(0, PREFIX_LENGTH);
}

/** The key a request presents: `Authorization: Bearer <key>` or `X-API-Key: <key>`; undefined when neither. */
export function presentedApiKey(headers: { authorization?: string; 'x-api-key'?: string | string[] }): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '')?.[1];
  if (bearer) return bearer;
  const header = headers['x-api-key'];
  const value = (Array.isArray(header) ? header[0] : header)?.trim();
  return value ? value : undefined;
}
