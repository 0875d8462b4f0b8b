import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { INT32_MAX, INT32_MIN, isIsoDate, parseIsoDateTime } from './text-parsers';

/**
 * One decorator per field declares both its validation and its OpenAPI schema, so the two never
 * drift. Presence rules:
 *  - `required`: absent → 422 `missing`; `null` → 422 (type error);
 *  - optional and not `nullable` (PATCH of a NOT NULL column): absent is fine, `null` → 422;
 *  - `nullable`: absent and `null` are both fine.
 */
export interface FieldOptions {
  required?: boolean;
  nullable?: boolean;
  description?: string;
  example?: unknown;
}

type Check = (value: unknown) => boolean;

function rule(name: string, type: string, message: string, check: Check, secret = false): PropertyDecorator {
  return (target, propertyKey) => {
    const options: ValidationOptions = { message, context: { type, secret } };
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyKey as string,
      options,
      validator: { validate: (value: unknown) => check(value) },
    });
  };
}

function presence(options: FieldOptions): PropertyDecorator {
  return (target, propertyKey) => {
    const key = propertyKey as string;
    if (options.required) {
      rule('isPresent', 'missing', 'Field required', (value) => value !== undefined)(target, key);
    } else if (options.nullable) {
      ValidateIf((object: Record<string, unknown>) => object[key] !== undefined && object[key] !== null)(target, key);
    } else {
      ValidateIf((object: Record<string, unknown>) => object[key] !== undefined)(target, key);
    }
  };
}

function apiProperty(options: FieldOptions, schema: ApiPropertyOptions): PropertyDecorator {
  return ApiProperty({
    required: Boolean(options.required),
    nullable: Boolean(options.nullable),
    description: options.description,
    example: options.example,
    ...schema,
  } as ApiPropertyOptions);
}

export interface StringFieldOptions extends FieldOptions {
  maxLength?: number;
  /** Identifying strings (codes, labels, names) must not be empty or whitespace-only. */
  notBlank?: boolean;
  /** Write-only secret (API tokens): documented `writeOnly`, and a 422 never echoes its input. */
  secret?: boolean;
}

export function StringField(options: StringFieldOptions = {}): PropertyDecorator {
  const secret = Boolean(options.secret);
  const checks: PropertyDecorator[] = [
    presence(options),
    rule('isString', 'string_type', 'Input should be a valid string', (v) => typeof v === 'string', secret),
  ];
  if (options.notBlank) {
    checks.push(rule('notBlank', 'string_too_short', 'String should not be blank', (v) => typeof v === 'string' && v.trim().length > 0, secret));
  }
  if (options.maxLength !== undefined) {
    const max = options.maxLength;
    checks.push(
      rule('maxLength', 'string_too_long', `String should have at most ${max} characters`, (v) => typeof v === 'string' && v.length <= max, secret),
    );
  }
  return applyDecorators(
    ...checks,
    apiProperty(options, {
      type: String,
      maxLength: options.maxLength,
      minLength: options.notBlank ? 1 : undefined,
      writeOnly: secret || undefined,
    }),
  );
}

export interface IntFieldOptions extends FieldOptions {
  min?: number;
  max?: number;
}

/** A JSON integer within the 32-bit column range (and the business range when given). */
export function IntField(options: IntFieldOptions = {}): PropertyDecorator {
  const min = options.min ?? INT32_MIN;
  const max = options.max ?? INT32_MAX;
  return applyDecorators(
    presence(options),
    rule('isInt', 'int_type', 'Input should be a valid integer', (v) => typeof v === 'number' && Number.isInteger(v)),
    rule('min', 'greater_than_equal', `Input should be greater than or equal to ${min}`, (v) => (v as number) >= min),
    rule('max', 'less_than_equal', `Input should be less than or equal to ${max}`, (v) => (v as number) <= max),
    apiProperty(options, { type: 'integer', format: 'int32', minimum: options.min, maximum: options.max }),
  );
}

export interface NumberFieldOptions extends FieldOptions {
  /** Exclusive lower bound. */
  greaterThan?: number;
}

export function NumberField(options: NumberFieldOptions = {}): PropertyDecorator {
  const checks: PropertyDecorator[] = [
    presence(options),
    rule('isNumber', 'float_type', 'Input should be a valid number', (v) => typeof v === 'number' && Number.isFinite(v)),
  ];
  if (options.greaterThan !== undefined) {
    const bound = options.greaterThan;
    checks.push(rule('greaterThan', 'greater_than', `Input should be greater than ${bound}`, (v) => (v as number) > bound));
  }
  return applyDecorators(
    ...checks,
    apiProperty(options, { type: 'number', format: 'double', exclusiveMinimum: options.greaterThan !== undefined, minimum: options.greaterThan }),
  );
}

export function BooleanField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    presence(options),
    rule('isBoolean', 'bool_type', 'Input should be a valid boolean', (v) => typeof v === 'boolean'),
    apiProperty(options, { type: Boolean }),
  );
}

/** A calendar date `YYYY-MM-DD`, kept as that string. */
export function DateField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    presence(options),
    rule('isDate', 'date_from_datetime_parsing', 'Input should be a valid date in the format YYYY-MM-DD', (v) => isIsoDate(v)),
    apiProperty(options, { type: String, format: 'date', example: options.example ?? '2025-01-31' }),
  );
}

/** An ISO-8601 instant (no offset = UTC), delivered to the handler as a `Date`. */
export function DateTimeField(options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    Transform(({ value }) => (typeof value === 'string' ? parseIsoDateTime(value) ?? value : value), { toClassOnly: true }),
    presence(options),
    rule('isDateTime', 'datetime_parsing', 'Input should be a valid ISO-8601 datetime', (v) => v instanceof Date),
    apiProperty(options, { type: String, format: 'date-time', example: options.example ?? '2025-01-01T07:00:00.000Z' }),
  );
}

/** One of a fixed set of strings; `enumName` gives the OpenAPI schema a name. */
export function EnumField(values: readonly string[], enumName: string, options: FieldOptions = {}): PropertyDecorator {
  return applyDecorators(
    presence(options),
    rule('isEnum', 'enum', `Input should be one of: ${values.map((v) => `'${v}'`).join(', ')}`, (v) => typeof v === 'string' && values.includes(v)),
    apiProperty(options, { enum: values as string[], enumName }),
  );
}
