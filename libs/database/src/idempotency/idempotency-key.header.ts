import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { UnprocessableError } from '@supply-brain/common';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** 1–255 visible ASCII characters (0x21–0x7E), conventions §7. */
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * The `Idempotency-Key` header: undefined when absent, else the key; anything else is a 422 at
 * `["header","Idempotency-Key"]`. A repeated header arrives joined with ", " and so fails too.
 */
export function parseIdempotencyKey(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && VALID_KEY.test(value)) return value;
  throw UnprocessableError.single(
    ['header', IDEMPOTENCY_KEY_HEADER],
    'Idempotency-Key must be 1 to 255 visible ASCII characters',
    'value_error',
    value,
  );
}

/** Handler parameter: the validated `Idempotency-Key` of the request, or undefined. */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
  return parseIdempotencyKey(request.headers[IDEMPOTENCY_KEY_HEADER.toLowerCase()]);
});

/** Documents the optional header on a create-from-proposal operation. */
export function ApiIdempotencyKeyHeader(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        'Optional, 1–255 visible ASCII characters. Repeating a successful call with the same key and body within 24 hours ' +
        'creates nothing and answers 200 with the record created first; the same key with another body is a 422.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    }),
  );
}
