import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { UnprocessableError } from '@supply-brain/common';
import { parseUnmodifiedSince, UnmodifiedSince } from '../domain/if-unmodified-since';

const HEADER = 'If-Unmodified-Since';

/** Handler parameter: the parsed precondition, undefined without the header, 422 when unparsable. */
export const IfUnmodifiedSince = createParamDecorator((_data: unknown, context: ExecutionContext): UnmodifiedSince | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers[HEADER.toLowerCase()];
  if (value === undefined) return undefined;
  const parsed = parseUnmodifiedSince(value);
  if (parsed) return parsed;
  throw UnprocessableError.single(['header', HEADER], 'Input should be an ISO-8601 datetime or an HTTP-date', 'datetime_parsing', value);
});

export function ApiIfUnmodifiedSinceHeader(): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: HEADER,
      required: false,
      description:
        'The `updated_at` the client last read (ISO-8601, compared at milliseconds; an HTTP-date is compared at seconds). ' +
        'If the order changed since, 409 and nothing changes.',
      schema: { type: 'string' },
    }),
  );
}
