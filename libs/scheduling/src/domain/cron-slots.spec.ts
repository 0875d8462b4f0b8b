import { isValidCronExpression, SlotSchedule } from './cron-slots';

const at = (iso: string) => new Date(iso);

describe('SlotSchedule', () => {
  const quarterHours = new SlotSchedule('0 */15 * * * *');

  it('a run at a slot boundary belongs to that slot', () => {
    expect(quarterHours.slotAt(at('2026-03-01T10:15:00.000Z'))).toEqual(at('2026-03-01T10:15:00.000Z'));
  });

  it('a late run (or a new leader catching up) belongs to the slot that was due', () => {
    expect(quarterHours.slotAt(at('2026-03-01T10:29:59.999Z'))).toEqual(at('2026-03-01T10:15:00.000Z'));
    expect(quarterHours.slotAt(at('2026-03-01T10:00:00.001Z'))).toEqual(at('2026-03-01T10:00:00.000Z'));
  });

  it('slots cross midnight and month ends in UTC', () => {
    expect(quarterHours.slotAt(at('2026-03-01T00:07:00.000Z'))).toEqual(at('2026-03-01T00:00:00.000Z'));
    expect(quarterHours.slotAt(at('2026-02-28T23:59:59.000Z'))).toEqual(at('2026-02-28T23:45:00.000Z'));
  });

  it('the next slot is strictly after the instant', () => {
    expect(quarterHours.nextSlotAfter(at('2026-03-01T10:15:00.000Z'))).toEqual(at('2026-03-01T10:30:00.000Z'));
    expect(quarterHours.nextSlotAfter(at('2026-03-01T10:14:59.999Z'))).toEqual(at('2026-03-01T10:15:00.000Z'));
  });

  it('a 2-second test cron has a slot every even second', () => {
    const everyTwoSeconds = new SlotSchedule('*/2 * * * * *');
    expect(everyTwoSeconds.slotAt(at('2026-03-01T10:00:03.500Z'))).toEqual(at('2026-03-01T10:00:02.000Z'));
    expect(everyTwoSeconds.nextSlotAfter(at('2026-03-01T10:00:03.500Z'))).toEqual(at('2026-03-01T10:00:04.000Z'));
  });

  it('a sparse schedule finds its slot far back (daily at 03:00, weekdays only)', () => {
    const weekdays = new SlotSchedule('0 0 3 * * 1-5');
    // 2026-03-01 is a Sunday: the last slot was Friday 2026-02-27 03:00.
    expect(weekdays.slotAt(at('2026-03-01T12:00:00.000Z'))).toEqual(at('2026-02-27T03:00:00.000Z'));
  });

  it('five-field expressions (no seconds) are minutes', () => {
    expect(new SlotSchedule('*/5 * * * *').slotAt(at('2026-03-01T10:12:30.000Z'))).toEqual(at('2026-03-01T10:10:00.000Z'));
  });

  it('consecutive slots of a random instant bracket it', () => {
    for (let i = 0; i < 50; i++) {
      const instant = new Date(Date.UTC(2026, 0, 1) + Math.floor(Math.random() * 365 * 24 * 3600 * 1000));
      const slot = quarterHours.slotAt(instant)!;
      expect(slot.getTime()).toBeLessThanOrEqual(instant.getTime());
      expect(quarterHours.nextSlotAfter(slot)!.getTime()).toBeGreaterThan(instant.getTime());
      expect(slot.getUTCMinutes() % 15).toBe(0);
      expect(slot.getUTCSeconds()).toBe(0);
    }
  });

  it('validates expressions', () => {
    expect(isValidCronExpression('0 */15 * * * *')).toBe(true);
    expect(isValidCronExpression('*/2 * * * * *')).toBe(true);
    expect(isValidCronExpression('every 15 minutes')).toBe(false);
    expect(isValidCronExpression('0 */15 * * * * * *')).toBe(false);
  });
});
