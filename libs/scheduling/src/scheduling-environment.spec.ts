import { EnvironmentError, validateEnvironment } from '@supply-brain/common';

describe('scheduling variables of the environment', () => {
  it('defaults: scheduler on every quarter hour, the original lock key, 2 s retry and heartbeat', () => {
    expect(validateEnvironment({})).toMatchObject({
      MONITORING_SCHEDULER_ENABLED: 'true',
      MONITORING_SNAPSHOT_CRON: '0 */15 * * * *',
      MONITORING_SNAPSHOT_TIMEOUT_MS: 120000,
      LEADER_LOCK_KEY: '9223372036854770001',
      LEADER_RETRY_MS: 2000,
      LEADER_HEARTBEAT_MS: 2000,
      SCHEDULER_SHUTDOWN_GRACE_MS: 30000,
    });
  });

  it('an empty MONITORING_SCHEDULER_ENABLED is kept (it means off), unlike other empty variables', () => {
    expect(validateEnvironment({ MONITORING_SCHEDULER_ENABLED: '' }).MONITORING_SCHEDULER_ENABLED).toBe('');
  });

  it('an unknown flag value is not a start-up error (the scheduler is just off)', () => {
    expect(validateEnvironment({ MONITORING_SCHEDULER_ENABLED: 'maybe' }).MONITORING_SCHEDULER_ENABLED).toBe('maybe');
  });

  it.each([
    ['MONITORING_SNAPSHOT_CRON', 'every 15 minutes'],
    ['LEADER_LOCK_KEY', '9223372036854775808'],
    ['LEADER_LOCK_KEY', 'abc'],
    ['LEADER_RETRY_MS', '50'],
    ['LEADER_HEARTBEAT_MS', 'fast'],
    ['SCHEDULER_SHUTDOWN_GRACE_MS', '-1'],
    ['MONITORING_SNAPSHOT_TIMEOUT_MS', '10'],
  ])('%s=%j stops start-up with a message naming it', (name, value) => {
    expect(() => validateEnvironment({ [name]: value })).toThrow(EnvironmentError);
    expect(() => validateEnvironment({ [name]: value })).toThrow(name);
  });

  it('a 6-field cron with seconds is accepted (the 2-second test cadence)', () => {
    expect(validateEnvironment({ MONITORING_SNAPSHOT_CRON: '*/2 * * * * *' }).MONITORING_SNAPSHOT_CRON).toBe('*/2 * * * * *');
  });
});
