import { CronTime } from 'cron';

const SECOND_MS = 1000;
/** The furthest back a previous slot is looked for; a schedule firing less often has no current slot. */
const LONGEST_LOOKBACK_MS = 400 * 24 * 3600 * SECOND_MS;

/** Whether `expression` is a cron expression the scheduler accepts (5 fields, or 6 with seconds). */
export function isValidCronExpression(expression: string): boolean {
  return CronTime.validateCronExpression(expression).valid;
}

/**
 * The slots of a cron schedule, in UTC. A slot is named by the instant its cron time fires; every
 * run belongs to one slot, the latest cron time at or before the run — so a run that starts late
 * (or a new leader catching up) still fills the slot that was due.
 */
export class SlotSchedule {
  private readonly time: CronTime;

  constructor(readonly expression: string) {
    this.time = new CronTime(expression, 'UTC');
  }

  /** The first cron time strictly after `instant`, or null when the schedule never fires again. */
  nextSlotAfter(instant: Date): Date | null {
    try {
      return this.time.getNextDateFrom(instant, 'UTC').toJSDate();
    } catch {
      return null;
    }
  }

  /** The slot `instant` belongs to: the latest cron time at or before it (null if none in ~13 months). */
  slotAt(instant: Date): Date | null {
    const at = instant.getTime();
    // Widen the window until it holds a cron time, then walk forward to the last one not after `instant`.
    for (let windowMs = SECOND_MS; ; windowMs = Math.min(windowMs * 2, LONGEST_LOOKBACK_MS)) {
      let slot = this.nextSlotAfter(new Date(at - windowMs - 1));
      if (slot !== null && slot.getTime() <= at) {
        for (let next = this.nextSlotAfter(slot); next !== null && next.getTime() <= at; next = this.nextSlotAfter(next)) slot = next;
        return slot;
      }
      if (windowMs === LONGEST_LOOKBACK_MS) break;
    }
    return null;
  }
}
