import { isEncryptedSecret, parseSecretsKey, SecretDecryptionError, SecretsCipher, SecretsKeyError } from './secrets-cipher';

const keyA = Buffer.alloc(32, 1).toString('base64');
const keyB = Buffer.alloc(32, 2).toString('base64');

describe('SecretsCipher (AES-256-GCM)', () => {
  const cipher = SecretsCipher.fromBase64(keyA);

  it('round-trips a token, unicode included, and never stores it readable', () => {
    for (const token of ['wb-token-123', 'токен ✓ 🔑', 'x'.repeat(5000)]) {
      const stored = cipher.encrypt(token);
      expect(stored).toMatch(new RegExp(`^enc:v1:${cipher.keyId}:[A-Za-z0-9+/=]+$`));
      expect(stored).not.toContain(token.slice(0, 6));
      expect(cipher.decrypt(stored)).toBe(token);
    }
  });

  it('encrypting the same token twice gives two different values (fresh IV each time)', () => {
    expect(cipher.encrypt('same')).not.toBe(cipher.encrypt('same'));
  });

  it('another key, or an altered value, fails loudly without revealing the value', () => {
    const stored = cipher.encrypt('secret-value');
    expect(() => SecretsCipher.fromBase64(keyB).decrypt(stored)).toThrow(SecretDecryptionError);
    const payload = Buffer.from(stored.split(':')[3], 'base64');
    payload[payload.length - 1] ^= 1;
    const tampered = `enc:v1:${cipher.keyId}:${payload.toString('base64')}`;
    expect(() => cipher.decrypt(tampered)).toThrow(SecretDecryptionError);
    try {
      cipher.decrypt(tampered);
    } catch (error) {
      expect((error as Error).message).not.toContain('secret-value');
    }
  });

  it('seal keeps "no token" empty; plain text passes through decrypt (adopted rows before the sweep)', () => {
    expect(cipher.seal('')).toBe('');
    expect(isEncryptedSecret(cipher.seal('t'))).toBe(true);
    expect(cipher.decrypt('legacy-plain')).toBe('legacy-plain');
    expect(isEncryptedSecret('legacy-plain')).toBe(false);
  });

  it('matches tells whether a stored value holds a token, false under another key', () => {
    const stored = cipher.encrypt('tok');
    expect(cipher.matches(stored, 'tok')).toBe(true);
    expect(cipher.matches(stored, 'other')).toBe(false);
    expect(SecretsCipher.fromBase64(keyB).matches(stored, 'tok')).toBe(false);
    expect(cipher.encryptedWithThisKey(stored)).toBe(true);
    expect(SecretsCipher.fromBase64(keyB).encryptedWithThisKey(stored)).toBe(false);
  });

  it.each(['', 'c2hvcnQ=', Buffer.alloc(31).toString('base64'), Buffer.alloc(33).toString('base64'), 'not base64 at all!!!!!!!!!!!!!!!!!!!!!!!!!!'])(
    'a SECRETS_KEY that is not base64 of 32 bytes is refused: %p',
    (value) => {
      expect(() => parseSecretsKey(value)).toThrow(SecretsKeyError);
    },
  );
});
