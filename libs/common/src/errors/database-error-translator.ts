import { ConflictError, DomainError, UnprocessableError } from './domain-errors';
import { asPgError, PgErrorCode, PgErrorFields } from './postgres-errors';

/**
 * Maps PostgreSQL integrity errors to the answers of the conventions (§4), so a race or a missed
 * pre-check is still a 4xx. Unique-constraint messages are registered by the schema owner.
 */
const conflictMessages = new Map<string, string>();

export function registerConflictMessages(messages: Record<string, string>): void {
  for (const [constraint, message] of Object.entries(messages)) conflictMessages.set(constraint, message);
}

/** `sku_unit` → `SkuUnit`: the entity name used in the original's messages. */
export function entityNameOfTable(table: string): string {
  return table
    .split('_')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function keyColumnOf(detail: string | undefined): string | undefined {
  return detail ? /Key \(([^)]+)\)/.exec(detail)?.[1] : undefined;
}

function translateForeignKeyViolation(error: PgErrorFields, message: string): DomainError | UnprocessableError {
  // "update or delete on table "article" violates … on table "sku_unit"" → the row is still referenced.
  const deleted = /^update or delete on table "([^"]+)"/.exec(message)?.[1];
  if (deleted) return new ConflictError(`${entityNameOfTable(deleted)} is still referenced`);
  const field = keyColumnOf(error.detail) ?? 'body';
  const referenced = /is not present in table "([^"]+)"/.exec(error.detail ?? '')?.[1] ?? 'entity';
  return UnprocessableError.single(
    ['body', field],
    `${field} refers to a non-existent ${referenced.replace(/_/g, ' ')}`,
    'foreign_key',
  );
}

export function translateDatabaseError(error: unknown): DomainError | UnprocessableError | undefined {
  const pg = asPgError(error);
  if (!pg) return undefined;
  const message = error instanceof Error ? error.message : '';
  switch (pg.code) {
    case PgErrorCode.uniqueViolation:
      return new ConflictError(
        (pg.constraint && conflictMessages.get(pg.constraint)) ?? 'Conflict with an existing record',
      );
    case PgErrorCode.foreignKeyViolation:
      return translateForeignKeyViolation(pg, message);
    case PgErrorCode.notNullViolation:
      return UnprocessableError.single(['body', pg.column ?? 'body'], `${pg.column ?? 'value'} must not be null`, 'missing');
    case PgErrorCode.checkViolation:
      return UnprocessableError.single(['body', keyColumnOf(pg.detail) ?? 'body'], 'Value violates a check constraint', 'value_error');
    case PgErrorCode.stringTooLong:
      return UnprocessableError.single(['body'], 'A string value is too long', 'string_too_long');
    case PgErrorCode.numericOutOfRange:
      return UnprocessableError.single(['body'], 'A numeric value is out of range', 'value_error');
    case PgErrorCode.invalidTextRepresentation:
    case PgErrorCode.invalidDatetimeFormat:
    case PgErrorCode.datetimeFieldOverflow:
      return UnprocessableError.single(['body'], 'A value has an invalid format', 'value_error');
    case PgErrorCode.characterNotInRepertoire:
    case PgErrorCode.untranslatableCharacter:
      // e.g. a NUL character, which PostgreSQL text cannot hold.
      return UnprocessableError.single(['body'], 'A string contains a character that cannot be stored', 'string_type');
    default:
      return undefined;
  }
}
