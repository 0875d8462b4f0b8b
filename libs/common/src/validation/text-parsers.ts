/** Parsers for text inputs (query, path, headers, environment), per the wire conventions. */

const TRUE_WORDS = new Set(['true', '1', 'yes', 'on', 't', 'y']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'off', 'f', 'n']);

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;

export function parseBooleanText(text: string): boolean | undefined {
  const word = text.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return undefined;
}

/** An optional sign and decimal digits; anything else is undefined. */
export function parseIntegerText(text: string): number | undefined {
  return /^[+-]?\d+$/.test(text) ? Number(text) : undefined;
}

export function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= INT32_MIN && value <= INT32_MAX;
}

/** A real calendar date written as YYYY-MM-DD (2025-02-30 is not one). */
export function isIsoDate(text: unknown): text is string {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00.000Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

const ISO_DATETIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|z|[+-]\d{2}:?\d{2})?$/;

/** ISO-8601 instant; without an offset it is read as UTC. Returns undefined when unparsable. */
export function parseIsoDateTime(text: unknown): Date | undefined {
  if (typeof text !== 'string') return undefined;
  const match = ISO_DATETIME.exec(text.trim());
  if (!match || !isIsoDate(match[1])) return undefined;
  const [, date, hours, minutes, seconds = '00', fraction = '', offset = 'Z'] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds) > 59) return undefined;
  const millis = fraction ? fraction.slice(0, 4).padEnd(4, '0') : '.000';
  const zone = offset === 'z' ? 'Z' : offset.length === 5 ? `${offset.slice(0, 3)}:${offset.slice(3)}` : offset;
  const parsed = new Date(`${date}T${hours}:${minutes}:${seconds}${millis}${zone}`);
  return Number.isNaN(parsed.getTime()) ? undefined : parsed;
}
