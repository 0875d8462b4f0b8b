import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { BooleanField, DateField, IntField, IntFieldOptions, StringField } from './fields';
import { NO_SUCH_ID } from './id-param.pipe';
import { isInt32, parseBooleanText, parseIntegerText } from './text-parsers';

/*
 * Query parameters arrive as text. These decorators parse them per the conventions (integers as
 * sign + digits, booleans as true/false/1/0/yes/no/on/off/t/f/y/n, dates as YYYY-MM-DD); a value
 * that does not parse is left as text so the typed rule below reports it as a 422 with its `loc`.
 */

const single = (value: unknown): unknown => (Array.isArray(value) ? value[value.length - 1] : value);

export function QueryInt(options: IntFieldOptions & { default?: number } = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      const text = single(value);
      return typeof text === 'string' ? parseIntegerText(text) ?? text : text;
    }),
    IntField({ ...options, required: false }),
    ApiPropertyOptional({ type: 'integer', format: 'int32', default: options.default, minimum: options.min, maximum: options.max }),
  );
}

/**
 * An id filter: parsed like `QueryInt`, but an integer outside the 32-bit range names no row, so it
 * becomes `NO_SUCH_ID` and is answered like any unknown id (conventions §2), as `IdParamPipe` does.
 */
export function QueryId(options: { description?: string } = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      const text = single(value);
      const parsed = typeof text === 'string' ? parseIntegerText(text) : undefined;
      if (parsed === undefined) return text;
      return isInt32(parsed) ? parsed : NO_SUCH_ID;
    }),
    IntField({ description: options.description }),
    ApiPropertyOptional({ type: 'integer', format: 'int32', description: options.description }),
  );
}

export function QueryBool(options: { description?: string; default?: boolean } = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => {
      const text = single(value);
      return typeof text === 'string' ? parseBooleanText(text) ?? text : text;
    }),
    BooleanField({ description: options.description }),
    ApiPropertyOptional({ type: Boolean, default: options.default, description: options.description }),
  );
}

export function QueryDate(options: { description?: string } = {}): PropertyDecorator {
  return applyDecorators(Transform(({ value }) => single(value)), DateField({ description: options.description }));
}

export function QueryString(options: { description?: string; maxLength?: number } = {}): PropertyDecorator {
  return applyDecorators(Transform(({ value }) => single(value)), StringField({ ...options }));
}
