import { registerDecorator } from 'class-validator';

/*
 * Values the field decorators accept but PostgreSQL cannot store; without these rules the whole
 * batch would fail in the database with an error that cannot name the row.
 */

function columnRule(name: string, type: string, message: string, check: (value: unknown) => boolean): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyKey as string,
      options: { message, context: { type } },
      validator: { validate: (value: unknown) => check(value) },
    });
}

/** TEXT cannot hold U+0000. */
export const NoNulCharacter = (): PropertyDecorator =>
  columnRule('noNulCharacter', 'string_pattern_mismatch', 'String should not contain the NUL character', (value) => typeof value !== 'string' || !value.includes('\u0000'));

/** PostgreSQL has no year 0: dates start at 0001-01-01. */
export const FromYearOne = (): PropertyDecorator =>
  columnRule('fromYearOne', 'date_too_early', 'Date should be 0001-01-01 or later', (value) =>
    value instanceof Date ? value.getUTCFullYear() >= 1 : typeof value !== 'string' || !value.startsWith('0000'),
  );

/**
 * `wb_sku` is TEXT but part of unique btree keys, whose entries are limited to about 2,700 bytes;
 * 500 characters (at most 2,000 bytes of UTF-8) leaves room, far above real WB SKUs and barcodes.
 */
export const WB_SKU_MAX_LENGTH = 500;
