import { applyDecorators, createParamDecorator, ExecutionContext } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { parseUnmodifiedSince, UnmodifiedSince } from '../concurrency/unmodified-since';
import { UnprocessableError } from '../errors/domain-errors';

export const IF_UNMODIFIED_SINCE = 'If-Unmodified-Since';
const HEADER = IF_UNMODIFIED_SINCE;

/** Handler parameter: the parsed precondition, undefined without the header, 422 when unparsable. */
export const IfUnmodifiedSince = createParamDecorator((_data: unknown, context: ExecutionContext): UnmodifiedSince | undefined => {
  const value = context.switchToHttp().getRequest<{ headers: Record<string, string | undefined> }>().headers[HEADER.toLowerCase()];
  if (value === undefined) return undefined;
  const parsed = parseUnmodifiedSince(value);
  if (parsed) return parsed;
  throw UnprocessableError.single(['header', HEADER], 'Input should be an ISO-8601 datetime or an HTTP-date', 'datetime_parsing', value);
});

/** Documents the optional precondition header; `documentNoun` names what is guarded ("order", "shipment"). */
export function ApiIfUnmodifiedSinceHeader(documentNoun: string): MethodDecorator {
  return applyDecorators(
    ApiHeader({
      name: HEADER,
      required: false,
      description:
        'The `updated_at` the client last read (ISO-8601, compared at milliseconds; an HTTP-date is compared at seconds). ' +
        `If the ${documentNoun} changed since, 409 and nothing changes.`,
      schema: { type: 'string' },
    }),
  );
}
