import { apiKeyPrefix, generateApiKeySecret, hashApiKeySecret, presentedApiKey } from './api-key-secret';

describe('API key secrets', () => {
  it('a new key carries 32 random bytes after its sb_ mark, and two keys differ', () => {
    const [a, b] = [generateApiKeySecret(), generateApiKeySecret()];
    expect(a).toMatch(/^sb_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.slice(3), 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('the stored hash is the SHA-256 of the key and the prefix its first 11 characters', () => {
    expect(hashApiKeySecret('sb_abc')).toBe('1c8f7d4c23d934e17b3158e3754f9a81fe2dafa6d86bcd238cf9f6cf50322e96');
    expect(hashApiKeySecret('sb_abc')).not.toBe(hashApiKeySecret('sb_abd'));
    expect(apiKeyPrefix('sb_0123456789abcdef')).toBe('sb_01234567');
  });

  it.each([
    [{ authorization: 'Bearer sb_key' }, 'sb_key'],
    [{ authorization: 'bearer   sb_key ' }, 'sb_key'],
    [{ 'x-api-key': 'sb_key' }, 'sb_key'],
    [{ 'x-api-key': ' sb_key ' }, 'sb_key'],
    [{ authorization: 'Bearer sb_a', 'x-api-key': 'sb_b' }, 'sb_a'],
    [{ authorization: 'Basic dXNlcjpwYXNz' }, undefined],
    [{ authorization: 'Bearer' }, undefined],
    [{ 'x-api-key': '' }, undefined],
    [{}, undefined],
  ])('headers %j present the key %p', (headers, expected) => {
    expect(presentedApiKey(headers)).toBe(expected);
  });
});
