/** SQLSTATE codes the service reacts to. */
export const PgErrorCode = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  notNullViolation: '23502',
  checkViolation: '23514',
  stringTooLong: '22001',
  numericOutOfRange: '22003',
  invalidTextRepresentation: '22P02',
  characterNotInRepertoire: '22021',
  untranslatableCharacter: '22P05',
  invalidDatetimeFormat: '22007',
  datetimeFieldOverflow: '22008',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
  queryCanceled: '57014',
  adminShutdown: '57P01',
  cannotConnectNow: '57P03',
} as const;

/** The fields of a node-postgres error that matter here; TypeORM wraps it as `driverError`. */
export interface PgErrorFields {
  code: string;
  constraint?: string;
  table?: string;
  column?: string;
  detail?: string;
}

export function asPgError(error: unknown): PgErrorFields | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { driverError?: unknown }).driverError ?? error;
  const code = (candidate as { code?: unknown }).code;
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return undefined;
  return candidate as PgErrorFields;
}

export function isRetryableTransactionError(error: unknown): boolean {
  const code = asPgError(error)?.code;
  return code === PgErrorCode.serializationFailure || code === PgErrorCode.deadlockDetected;
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE']);

export function isDatabaseUnavailableError(error: unknown): boolean {
  const pg = asPgError(error);
  if (pg && ([PgErrorCode.queryCanceled, PgErrorCode.adminShutdown, PgErrorCode.cannotConnectNow] as string[]).includes(pg.code)) {
    return true;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && CONNECTION_ERROR_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(message);
}
