/** The values that switch the monitoring scheduler on (03 §3.1); anything else switches it off. */
const ENABLING_VALUES = new Set(['1', 'true', 'yes', 'on']);

/**
 * `MONITORING_SCHEDULER_ENABLED` as the original read it: unset means on; the value is lower-cased
 * and must be one of `1`, `true`, `yes`, `on`. Surrounding whitespace is ignored (03 §5.1 calls
 * trimming a harmless improvement); an empty value, `false`, `0`, `off` or a typo mean off.
 */
export function isSchedulerEnabled(raw: string | undefined): boolean {
  if (raw === undefined) return true;
  return ENABLING_VALUES.has(raw.trim().toLowerCase());
}
