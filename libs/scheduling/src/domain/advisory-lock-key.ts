const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** How PostgreSQL shows one advisory lock key, and the companion key that fences writes against it. */
export interface AdvisoryLockTag {
  /** The single-argument bigint key, as decimal text (bigints are passed as `$1::bigint` text). */
  key: string;
  /** `pg_locks.classid` / `objid` of the bigint form (`objsubid = 1`): its high and low 32 bits, unsigned. */
  classId: number;
  objId: number;
  /**
   * The same 64 bits as the two-int4 form (`objsubid = 2`), a different lock: term changes take it
   * exclusively, fenced job writes share it, so a new term cannot begin while a write is checking the old one.
   */
  fenceKeys: [number, number];
}

export function isInt64Text(text: string): boolean {
  if (!/^-?\d{1,19}$/.test(text)) return false;
  const value = BigInt(text);
  return value >= INT64_MIN && value <= INT64_MAX;
}

export function advisoryLockTag(key: string): AdvisoryLockTag {
  if (!isInt64Text(key)) throw new Error(`Not a signed 64-bit advisory lock key: ${key}`);
  const value = BigInt(key);
  return {
    key: value.toString(),
    classId: Number(BigInt.asUintN(32, value >> 32n)),
    objId: Number(BigInt.asUintN(32, value)),
    fenceKeys: [Number(BigInt.asIntN(32, value >> 32n)), Number(BigInt.asIntN(32, value))],
  };
}
