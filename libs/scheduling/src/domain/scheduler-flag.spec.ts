import { isSchedulerEnabled } from './scheduler-flag';

describe('MONITORING_SCHEDULER_ENABLED (03 §3.1)', () => {
  it('unset means on', () => expect(isSchedulerEnabled(undefined)).toBe(true));

  it.each(['1', 'true', 'yes', 'on', 'TRUE', 'Yes', 'On', ' true', 'true\n'])('%j switches it on', (value) => {
    expect(isSchedulerEnabled(value)).toBe(true);
  });

  it.each(['', ' ', 'false', '0', 'off', 'no', 'y', 't', 'enabled', 'truee', '2'])('%j switches it off', (value) => {
    expect(isSchedulerEnabled(value)).toBe(false);
  });
});
