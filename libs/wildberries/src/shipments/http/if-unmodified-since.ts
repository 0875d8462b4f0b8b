import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { parseIsoDateTime, UnprocessableError } from '@supply-brain/common';
import { UnmodifiedSince } from '../application/shipment';

export const IF_UNMODIFIED_SINCE = 'If-Unmodified-Since';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IMF_FIXDATE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) ([A-Z][a-z]{2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;

/** RFC 9110 IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the form HTTP dates are sent in. */
function parseHttpDate(text: string): Date | undefined {
  const match = IMF_FIXDATE.exec(text);
  if (!match) return undefined;
  const [, day, monthName, year, hours, minutes, seconds] = match;
  const month = MONTHS.indexOf(monthName);
  if (month < 0 || Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 60) return undefined;
  const instant = new Date(Date.UTC(Number(year), month, Number(day), Number(hours), Number(minutes), Number(seconds)));
  return instant.getUTCDate() === Number(day) ? instant : undefined;
}

/**
 * The API's own ISO-8601 `updated_at` (compared at milliseconds) or an HTTP-date (compared at
 * whole seconds); undefined when the header is absent. Anything else is a 422 on the header
 * (conventions §7).
 */
export function parseIfUnmodifiedSince(raw: string | string[] | undefined): UnmodifiedSince | undefined {
  if (raw === undefined) return undefined;
  const text = Array.isArray(raw) ? raw[raw.length - 1] : raw;
  const iso = parseIsoDateTime(text);
  if (iso) return { instant: iso, precision: 'millisecond' };
  const httpDate = parseHttpDate(text.trim());
  if (httpDate) return { instant: httpDate, precision: 'second' };
  throw UnprocessableError.single(
    ['header', IF_UNMODIFIED_SINCE],
    'Input should be an ISO-8601 datetime or an HTTP-date',
    'datetime_parsing',
    text,
  );
}

/** Injects the parsed `If-Unmodified-Since` header of the request. */
export const IfUnmodifiedSince = createParamDecorator((_: unknown, context: ExecutionContext): UnmodifiedSince | undefined => {
  const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>();
  return parseIfUnmodifiedSince(request.headers['if-unmodified-since']);
});
