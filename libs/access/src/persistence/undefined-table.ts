import { asPgError } from '@supply-brain/common';

/** 42P01: the table does not exist yet (migrations not applied with DB_MIGRATIONS_RUN=false). */
export function isUndefinedTableError(error: unknown): boolean {
  return asPgError(error)?.code === '42P01';
}
