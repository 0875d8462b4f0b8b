import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { registerDecorator, ValidateIf, ValidateNested } from 'class-validator';

/*
 * List, object and map fields of the Planning Core bodies, in the style of the shared field
 * decorators (one decorator = validation + OpenAPI schema; issue types as in the 422 wire format).
 */

type Check = (value: unknown, object: Record<string, unknown>) => boolean;

function rule(name: string, type: string, message: string, check: Check): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: propertyKey as string,
      options: { message, context: { type } },
      validator: { validate: (value: unknown, args) => check(value, args?.object as Record<string, unknown>) },
    });
}

function presence(required: boolean, nullable: boolean): PropertyDecorator {
  return (target, propertyKey) => {
    const key = propertyKey as string;
    if (required) rule('isPresent', 'missing', 'Field required', (value) => value !== undefined)(target, key);
    else if (nullable) ValidateIf((object: Record<string, unknown>) => object[key] !== undefined && object[key] !== null)(target, key);
    else ValidateIf((object: Record<string, unknown>) => object[key] !== undefined)(target, key);
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ListFieldOptions {
  required?: boolean;
  nullable?: boolean;
  minItems?: number;
  maxItems?: number;
  /** Item properties whose combined value must not repeat (e.g. `['bundle_type_id']`). */
  uniqueBy?: string[];
  description?: string;
}

/** A JSON array of objects, each validated as `item`. */
export function ObjectListField(item: ClassType<object>, options: ListFieldOptions = {}): PropertyDecorator {
  const checks: PropertyDecorator[] = [
    presence(Boolean(options.required), Boolean(options.nullable)),
    rule('isList', 'list_type', 'Input should be a valid list', (v) => Array.isArray(v)),
    rule('itemsAreObjects', 'model_attributes_type', 'Every item should be a valid dictionary or object', (v) => Array.isArray(v) && v.every(isObject)),
  ];
  if (options.minItems !== undefined) {
    const min = options.minItems;
    checks.push(rule('minItems', 'too_short', `List should have at least ${min} item${min === 1 ? '' : 's'}`, (v) => Array.isArray(v) && v.length >= min));
  }
  if (options.maxItems !== undefined) {
    const max = options.maxItems;
    checks.push(rule('maxItems', 'too_long', `List should have at most ${max} items`, (v) => Array.isArray(v) && v.length <= max));
  }
  if (options.uniqueBy) {
    const keys = options.uniqueBy;
    checks.push(
      rule('uniqueItems', 'value_error', `Value error, duplicate ${keys.join(' + ')}`, (v) => {
        if (!Array.isArray(v) || !v.every(isObject)) return false;
        const seen = new Set((v as Record<string, unknown>[]).map((entry) => JSON.stringify(keys.map((key) => entry[key] ?? null))));
        return seen.size === (v as unknown[]).length;
      }),
    );
  }
  return applyDecorators(
    ...checks,
    Type(() => item),
    ValidateNested({ each: true }),
    ApiProperty({ type: [item], required: Boolean(options.required), nullable: Boolean(options.nullable), minItems: options.minItems, maxItems: options.maxItems, description: options.description }),
  );
}

/** A JSON object validated as `type` (or null when `nullable`). */
export function ObjectField(type: ClassType<object>, options: { required?: boolean; nullable?: boolean; description?: string } = {}): PropertyDecorator {
  return applyDecorators(
    presence(Boolean(options.required), Boolean(options.nullable)),
    rule('isObject', 'model_attributes_type', 'Input should be a valid dictionary or object', isObject),
    Type(() => type),
    ValidateNested(),
    ApiProperty({ type, required: Boolean(options.required), nullable: Boolean(options.nullable), description: options.description }),
  );
}

export interface MapFieldOptions {
  nullable?: boolean;
  maxKeys?: number;
  /** Keys must be decimal integers ≥ 1 (ids). */
  idKeys?: boolean;
  /** Values are integers (else any number). */
  integerValues?: boolean;
  minValue?: number;
  /** Exclusive lower bound of the values. */
  greaterThan?: number;
  maxValue?: number;
  description?: string;
}

/** A JSON object used as a map (`{"12": 0.5}`): keys and values checked as a whole. */
export function NumberMapField(options: MapFieldOptions): PropertyDecorator {
  const checks: PropertyDecorator[] = [
    presence(false, Boolean(options.nullable)),
    rule('isObject', 'dict_type', 'Input should be a valid dictionary', isObject),
  ];
  if (options.maxKeys !== undefined) {
    const max = options.maxKeys;
    checks.push(rule('maxKeys', 'too_long', `Dictionary should have at most ${max} items`, (v) => isObject(v) && Object.keys(v).length <= max));
  }
  if (options.idKeys) {
    checks.push(rule('idKeys', 'int_parsing', 'Keys should be decimal ids ≥ 1', (v) => isObject(v) && Object.keys(v).every((key) => /^[1-9]\d{0,9}$/.test(key) && Number(key) <= 2147483647)));
  }
  const valueOk = (value: unknown): boolean => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return false;
    if (options.integerValues && !Number.isInteger(value)) return false;
    if (options.minValue !== undefined && value < options.minValue) return false;
    if (options.greaterThan !== undefined && value <= options.greaterThan) return false;
    return options.maxValue === undefined || value <= options.maxValue;
  };
  const bound =
    options.greaterThan !== undefined ? `greater than ${options.greaterThan}` : options.minValue !== undefined ? `at least ${options.minValue}` : 'finite';
  checks.push(
    rule('mapValues', options.integerValues ? 'int_type' : 'float_type', `Every value should be ${options.integerValues ? 'an integer' : 'a number'} ${bound}`, (v) =>
      isObject(v) && Object.values(v).every(valueOk),
    ),
  );
  return applyDecorators(
    ...checks,
    ApiPropertyOptional({
      type: 'object',
      additionalProperties: { type: options.integerValues ? 'integer' : 'number' },
      nullable: Boolean(options.nullable),
      description: options.description,
    }),
  );
}

/** A list of distinct 32-bit ids ≥ 1. */
export function IdListField(options: { maxItems?: number; description?: string } = {}): PropertyDecorator {
  const checks: PropertyDecorator[] = [
    presence(false, false),
    rule('isList', 'list_type', 'Input should be a valid list', (v) => Array.isArray(v)),
    rule('ids', 'int_type', 'Every item should be an integer ≥ 1', (v) => Array.isArray(v) && v.every((id) => typeof id === 'number' && Number.isInteger(id) && id >= 1 && id <= 2147483647)),
    rule('unique', 'value_error', 'Value error, duplicate ids', (v) => Array.isArray(v) && new Set(v).size === v.length),
  ];
  if (options.maxItems !== undefined) {
    const max = options.maxItems;
    checks.push(rule('maxItems', 'too_long', `List should have at most ${max} items`, (v) => Array.isArray(v) && v.length <= max));
  }
  return applyDecorators(...checks, ApiProperty({ type: 'integer', format: 'int32', isArray: true, required: false, maxItems: options.maxItems, description: options.description }));
}

/** A cross-field rule of the object, reported on the property it decorates. */
export function FieldRule(name: string, message: string, check: (value: unknown, object: Record<string, unknown>) => boolean): PropertyDecorator {
  return rule(name, 'value_error', `Value error, ${message}`, check);
}
