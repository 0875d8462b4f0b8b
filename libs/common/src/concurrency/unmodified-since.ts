import { parseIsoDateTime } from '../validation/text-parsers';

/**
 * An `If-Unmodified-Since` precondition (conventions §7): the API's own ISO-8601 string compared at
 * millisecond precision, or an RFC 9110 HTTP-date compared at whole seconds.
 */
export interface UnmodifiedSince {
  instant: Date;
  precision: 'millisecond' | 'second';
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)';
const LONG_DAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const MONTH = `(${MONTHS.join('|')})`;
const TIME = '(\\d{2}):(\\d{2}):(\\d{2})';
/** IMF-fixdate, then the two obsolete forms recipients must still accept (RFC 9110 §5.6.7). */
const IMF_FIXDATE = new RegExp(`^${DAY}, (\\d{2}) ${MONTH} (\\d{4}) ${TIME} GMT$`);
const RFC_850 = new RegExp(`^${LONG_DAY}, (\\d{2})-${MONTH}-(\\d{2}) ${TIME} GMT$`);
const ASCTIME = new RegExp(`^${DAY} ${MONTH} ([ \\d]\\d) ${TIME} (\\d{4})$`);

function utc(year: number, month: string, day: number, hours: string, minutes: string, seconds: string): Date | undefined {
  const [h, m, s] = [Number(hours), Number(minutes), Number(seconds)];
  if (h > 23 || m > 59 || s > 60) return undefined;
  const monthIndex = MONTHS.indexOf(month);
  const date = new Date(Date.UTC(year, monthIndex, day, h, m, Math.min(s, 59)));
  return date.getUTCDate() === day && date.getUTCMonth() === monthIndex ? date : undefined;
}

function parseHttpDate(text: string): Date | undefined {
  let match = IMF_FIXDATE.exec(text);
  if (match) return utc(Number(match[3]), match[2], Number(match[1]), match[4], match[5], match[6]);
  match = RFC_850.exec(text);
  if (match) {
    // Two-digit years: the RFC's "more than 50 years in the future" rule, simplified to a pivot.
    const twoDigit = Number(match[3]);
    return utc(twoDigit < 70 ? 2000 + twoDigit : 1900 + twoDigit, match[2], Number(match[1]), match[4], match[5], match[6]);
  }
  match = ASCTIME.exec(text);
  if (match) return utc(Number(match[6]), match[1], Number(match[2].trim()), match[3], match[4], match[5]);
  return undefined;
}

/** Undefined when the text is neither form. */
export function parseUnmodifiedSince(text: string): UnmodifiedSince | undefined {
  const httpDate = parseHttpDate(text.trim());
  if (httpDate) return { instant: httpDate, precision: 'second' };
  const instant = parseIsoDateTime(text);
  return instant ? { instant, precision: 'millisecond' } : undefined;
}

/** True when the document changed after the client's copy. */
export function modifiedSince(updatedAt: Date, condition: UnmodifiedSince): boolean {
  const stored = condition.precision === 'second' ? Math.floor(updatedAt.getTime() / 1000) * 1000 : updatedAt.getTime();
  return stored > condition.instant.getTime();
}
