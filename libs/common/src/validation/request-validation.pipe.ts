import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { UnprocessableError } from '../errors/domain-errors';
import { toValidationIssues } from './validation-issues';

const PRIMITIVES: unknown[] = [String, Boolean, Number, Array, Object];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The one validation step for bodies and query objects: strict JSON types, unknown properties
 * dropped, and every failure reported together as a 422 with `loc` (conventions §2–3).
 * Only properties present in the input end up on the DTO, so PATCH can tell "absent" from `null`.
 */
@Injectable()
export class RequestValidationPipe implements PipeTransform {
  async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const { metatype, type } = metadata;
    if (!metatype || PRIMITIVES.includes(metatype) || (type !== 'body' && type !== 'query')) return value;

    if (type === 'body') {
      if (value === undefined) {
        throw UnprocessableError.single(['body'], 'Field required', 'missing', null);
      }
      if (!isPlainObject(value)) {
        throw UnprocessableError.single(['body'], 'Input should be a valid dictionary or object', 'model_attributes_type', value);
      }
    }

    const instance = plainToInstance(metatype, value ?? {}) as object;
    const errors = await validate(instance, {
      whitelist: true,
      forbidNonWhitelisted: false,
      forbidUnknownValues: false,
      stopAtFirstError: true,
      validationError: { target: false, value: true },
    });
    if (errors.length > 0) throw new UnprocessableError(toValidationIssues(errors, type));
    return instance;
  }
}
