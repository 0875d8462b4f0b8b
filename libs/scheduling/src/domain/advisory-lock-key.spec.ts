import { advisoryLockTag, isInt64Text } from './advisory-lock-key';

describe('advisoryLockTag', () => {
  it("splits the original's key as pg_locks shows it", () => {
    // Checked against PostgreSQL: pg_try_advisory_lock(9223372036854770001) → classid 2147483647, objid 4294961489.
    expect(advisoryLockTag('9223372036854770001')).toEqual({
      key: '9223372036854770001',
      classId: 2147483647,
      objId: 4294961489,
      fenceKeys: [2147483647, -5807],
    });
  });

  it('negative keys use two-complement halves', () => {
    expect(advisoryLockTag('-1')).toEqual({ key: '-1', classId: 4294967295, objId: 4294967295, fenceKeys: [-1, -1] });
  });

  it('accepts exactly the signed 64-bit range', () => {
    expect(isInt64Text('9223372036854775807')).toBe(true);
    expect(isInt64Text('-9223372036854775808')).toBe(true);
    expect(isInt64Text('9223372036854775808')).toBe(false);
    expect(isInt64Text('1.5')).toBe(false);
    expect(isInt64Text('')).toBe(false);
    expect(() => advisoryLockTag('x')).toThrow('Not a signed 64-bit');
  });
});
