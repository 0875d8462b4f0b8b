/*
 * Deterministic number rules of spec 05 §4.0.2: derived reals are compared at 6 decimals, integer
 * quantities come only from ceil6 / floor6 / the largest-remainder distribution, and output is
 * rounded half away from zero through integer micro-units so that 2.675 → 2.68 on every platform.
 */

const MICRO = 1e6;

/** x rounded to 6 decimals, half away from zero. */
export function r6(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x === 0 ? 0 : x;
  const rounded = Math.floor(Math.abs(x) * MICRO + 0.5) / MICRO;
  return x < 0 ? -rounded : rounded;
}

/** Requirements always round up: max(0, ⌈r6(x)⌉). */
export function ceil6(x: number): number {
  return Math.max(0, Math.ceil(r6(x)));
}

export function floor6(x: number): number {
  return Math.floor(r6(x));
}

/** r6(x) > 0. */
export function positive6(x: number): boolean {
  return r6(x) > 0;
}

export function lt6(a: number, b: number): boolean {
  return r6(a) < r6(b);
}

export function gt6(a: number, b: number): boolean {
  return r6(a) > r6(b);
}

export function le6(a: number, b: number): boolean {
  return r6(a) <= r6(b);
}

/** Output rounding (§3.0): `digits` decimals, half away from zero, decided on integer micro-units. */
export function roundOut(x: number, digits: number): number {
  if (!Number.isFinite(x)) return x;
  const micro = Math.round(Math.abs(x) * MICRO);
  const step = 10 ** (6 - digits);
  const units = Math.floor((micro + step / 2) / step);
  const value = units / 10 ** digits;
  return x < 0 && value !== 0 ? -value : value;
}

export const rate4 = (x: number): number => roundOut(x, 4);
export const stock2 = (x: number): number => roundOut(x, 2);
export const days1 = (x: number): number => roundOut(x, 1);
export const money2 = (x: number): number => roundOut(x, 2);

/** m · ⌊r6(x) / m⌋ in integer micro-units (no 0.3 / 3 artefacts). */
export function floorToMultiple(x: number, multiple: number): number {
  const micro = Math.round(r6(x) * MICRO);
  const unit = multiple * MICRO;
  return multiple * Math.floor(micro / unit);
}

/** m · ⌈r6(x) / m⌉ in integer micro-units. */
export function ceilToMultiple(x: number, multiple: number): number {
  const micro = Math.round(r6(x) * MICRO);
  const unit = multiple * MICRO;
  return multiple * Math.ceil(micro / unit);
}

/**
 * Largest-remainder distribution LR(Δ, weight, keys) of §4.0.2: integer shares summing to exactly
 * Δ, remainders to the largest fractional parts, ties by position in `weights` (canonical order).
 */
export function largestRemainder(delta: number, weights: readonly number[]): number[] {
  const n = weights.length;
  if (n === 0 || delta <= 0) return new Array<number>(n).fill(0);
  let total = 0;
  for (const w of weights) total += w;
  const effective = r6(total) > 0 ? weights : weights.map(() => 1);
  const sum = effective === weights ? total : n;
  const base = new Array<number>(n);
  const fraction = new Array<number>(n);
  let assigned = 0;
  for (let k = 0; k < n; k++) {
    const raw = r6((delta * effective[k]) / sum);
    base[k] = Math.floor(raw);
    fraction[k] = r6(raw - base[k]);
    assigned += base[k];
  }
  const order = [...base.keys()].sort((a, b) => fraction[b] - fraction[a] || a - b);
  for (let k = 0; assigned < delta; k = (k + 1) % n) {
    base[order[k]]++;
    assigned++;
  }
  return base;
}

// ----- calendar dates ("YYYY-MM-DD", no time zone) -----

const DAY_MS = 86_400_000;

/*
 * A run converts the same few hundred dates to day numbers and back hundreds of thousands of
 * times (per SKU, per article), so both directions are remembered; the caches are pure (same
 * answer as the computation) and dropped when they grow past a bound.
 */
const CALENDAR_CACHE_LIMIT = 20_000;
const dayNumbers = new Map<string, number>();
const isoDates = new Map<number, string>();

function dayNumber(date: string): number {
  let day = dayNumbers.get(date);
  if (day === undefined) {
    day = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
    if (dayNumbers.size >= CALENDAR_CACHE_LIMIT) dayNumbers.clear();
    dayNumbers.set(date, day);
  }
  return day;
}

function isoDate(day: number): string {
  let date = isoDates.get(day);
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDates.size >= CALENDAR_CACHE_LIMIT) isoDates.clear();
    isoDates.set(day, date);
  }
  return date;
}

export function addDays(date: string, days: number): string {
  return isoDate(dayNumber(date) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
