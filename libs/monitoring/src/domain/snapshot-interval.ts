import { CronTime } from 'cron';

/** The scheduler's default cadence: every 15 minutes on :00/:15/:30/:45 UTC (03 §5.1). */
export const DEFAULT_SNAPSHOT_CRON = '0 */15 * * * *';

/**
 * The snapshot interval a cron expression implies: the longest gap among its next few firings
 * (so an irregular schedule is judged by its sparsest stretch). Unparsable → the default cadence.
 */
export function snapshotIntervalMs(cronExpression: string | undefined, from: Date = new Date()): number {
  try {
    const cron = new CronTime(cronExpression || DEFAULT_SNAPSHOT_CRON, 'UTC');
    let previous = cron.getNextDateFrom(from).toMillis();
    let longest = 0;
    for (let i = 0; i < 4; i++) {
      const next = cron.getNextDateFrom(new Date(previous)).toMillis();
      longest = Math.max(longest, next - previous);
      previous = next;
    }
    return longest;
  } catch {
    return 15 * 60 * 1000;
  }
}
