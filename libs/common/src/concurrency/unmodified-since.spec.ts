import { modifiedSince, parseUnmodifiedSince } from './unmodified-since';

describe('If-Unmodified-Since (conventions §7)', () => {
  const stored = new Date('2025-01-01T07:00:00.123Z');

  it('an ISO-8601 value is compared at milliseconds', () => {
    const same = parseUnmodifiedSince('2025-01-01T07:00:00.123Z')!;
    expect(same.precision).toBe('millisecond');
    expect(modifiedSince(stored, same)).toBe(false);
    expect(modifiedSince(stored, parseUnmodifiedSince('2025-01-01T07:00:00.122Z')!)).toBe(true);
    expect(modifiedSince(stored, parseUnmodifiedSince('2025-01-01T10:00:00.123+03:00')!)).toBe(false);
  });

  it.each(['Wed, 01 Jan 2025 07:00:00 GMT', 'Wednesday, 01-Jan-25 07:00:00 GMT', 'Wed Jan  1 07:00:00 2025'])(
    'the HTTP-date %p is compared at whole seconds',
    (text) => {
      const condition = parseUnmodifiedSince(text)!;
      expect(condition).toEqual({ instant: new Date('2025-01-01T07:00:00.000Z'), precision: 'second' });
      expect(modifiedSince(stored, condition)).toBe(false);
      expect(modifiedSince(new Date('2025-01-01T07:00:01.000Z'), condition)).toBe(true);
    },
  );

  it.each(['yesterday', '', '2025-02-30T00:00:00Z', 'Wed, 32 Jan 2025 07:00:00 GMT', 'Wed, 01 Jan 2025 25:00:00 GMT', '1735714800'])(
    'rejects %p',
    (text) => {
      expect(parseUnmodifiedSince(text)).toBeUndefined();
    },
  );
});
