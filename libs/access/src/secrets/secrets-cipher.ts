import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Marks an encrypted value: `enc:v1:<key id>:<base64 of iv | tag | ciphertext>`. */
export const ENCRYPTED_PREFIX = 'enc:v1:';
const PREFIX = ENCRYPTED_PREFIX;
const IV_BYTES = 12;
const TAG_BYTES = 16;

export class SecretsKeyError extends Error {}

/** The value cannot be decrypted with this key (another key, or tampered). Never carries the value. */
export class SecretDecryptionError extends Error {
  constructor(keyId: string) {
    super(`A stored secret cannot be decrypted with SECRETS_KEY ${keyId} (wrong key, or the value was altered)`);
  }
}

/** Reads `SECRETS_KEY`: base64 of exactly 32 bytes. */
export function parseSecretsKey(base64: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32 || !/^[A-Za-z0-9+/]{43}=$/.test(base64.trim())) {
    throw new SecretsKeyError('SECRETS_KEY must be the base64 of 32 random bytes (openssl rand -base64 32)');
  }
  return key;
}

export function generateSecretsKey(): string {
  return randomBytes(32).toString('base64');
}

/** True for a value this cipher wrote (of any key); false for plaintext and for ''. */
export function isEncryptedSecret(value: string): boolean {
  return value.startsWith(PREFIX);
}

/**
 * AES-256-GCM for secrets at rest (integration tokens). Each value gets a fresh IV; the auth tag
 * makes a wrong key or an altered value fail loudly instead of decrypting to garbage.
 */
export class SecretsCipher {
  /** A short fingerprint of the key (not the key), stored with each value so a mismatch is named. */
  readonly keyId: string;

  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new SecretsKeyError('An AES-256 key has 32 bytes');
    this.keyId = createHash('sha256').update(key).digest('hex').slice(0, 8);
  }

  static fromBase64(base64: string): SecretsCipher {
    return new SecretsCipher(parseSecretsKey(base64));
  }

  encrypt(plaintext: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return `${PREFIX}${this.keyId}:${Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64')}`;
  }

  decrypt(stored: string): string {
    if (!isEncryptedSecret(stored)) return stored;
    const [keyId, payload] = stored.slice(PREFIX.length).split(':');
    if (keyId !== this.keyId || payload === undefined) throw new SecretDecryptionError(this.keyId);
    const bytes = Buffer.from(payload, 'base64');
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretDecryptionError(this.keyId);
    }
  }

  /** True for a value this very key encrypted (judged by the key id it carries). */
  encryptedWithThisKey(stored: string): boolean {
    return stored.startsWith(`${PREFIX}${this.keyId}:`);
  }

  /** Whether `stored` holds `plaintext`; false when it cannot be decrypted with this key. */
  matches(stored: string, plaintext: string): boolean {
    try {
      return this.decrypt(stored) === plaintext;
    } catch (error) {
      if (error instanceof SecretDecryptionError) return false;
      throw error;
    }
  }

  /** Stored form of a token: '' (no token) stays ''; anything else is encrypted. */
  seal(token: string): string {
    return token === '' ? '' : this.encrypt(token);
  }
}
