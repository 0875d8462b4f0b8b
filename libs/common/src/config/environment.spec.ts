import { EnvironmentError, validateEnvironment } from './environment';

function rejectionOf(raw: Record<string, string>): string {
  try {
    validateEnvironment(raw);
  } catch (error) {
    expect(error).toBeInstanceOf(EnvironmentError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${JSON.stringify(raw)}`);
}

describe('validateEnvironment', () => {
  it('an empty environment gets every documented default', () => {
    const environment = validateEnvironment({});
    expect({ ...environment }).toEqual({
      PORT: 8000,
      DB_MIGRATIONS_RUN: true,
      DB_POOL_MAX: 10,
      DB_PARALLEL_READS: 2,
      LOG_LEVEL: 'log',
      PLANNING_TIME_ZONE: 'UTC',
      EMBEDDED_DB_DIR: '.data/postgres',
      EMBEDDED_DB_PORT: 0,
      MONITORING_SCHEDULER_ENABLED: 'true',
      MONITORING_SNAPSHOT_CRON: '0 */15 * * * *',
      MONITORING_SNAPSHOT_TIMEOUT_MS: 120000,
      LEADER_LOCK_KEY: '9223372036854770001',
      LEADER_RETRY_MS: 2000,
      LEADER_HEARTBEAT_MS: 2000,
      SCHEDULER_SHUTDOWN_GRACE_MS: 30000,
      BODY_LIMIT: '1mb',
      IMPORT_BODY_LIMIT: '20mb',
      AUTH_MODE: 'required',
      REQUEST_TIMEOUT_MS: 30000,
      LOG_FORMAT: 'json',
    });
    expect(environment.DATABASE_URL).toBeUndefined();
    expect(environment.SECRETS_KEY).toBeUndefined();
  });

  it('text values become typed settings', () => {
    const environment = validateEnvironment({
      PORT: '8001',
      DATABASE_URL: 'postgres://maconly:secret@db:5432/maconly_db',
      DB_MIGRATIONS_RUN: 'false',
      DB_POOL_MAX: ' 25 ',
      LOG_LEVEL: 'debug',
      PLANNING_TIME_ZONE: 'Asia/Novosibirsk',
      EMBEDDED_DB_PORT: '5433',
      BODY_LIMIT_BYTES: '2048',
    });
    expect(environment).toMatchObject({
      PORT: 8001,
      DATABASE_URL: 'postgres://maconly:secret@db:5432/maconly_db',
      DB_MIGRATIONS_RUN: false,
      DB_POOL_MAX: 25,
      LOG_LEVEL: 'debug',
      PLANNING_TIME_ZONE: 'Asia/Novosibirsk',
      EMBEDDED_DB_PORT: 5433,
      BODY_LIMIT_BYTES: 2048,
      BODY_LIMIT: '2048',
    });
  });

  it('BODY_LIMIT wins over the older BODY_LIMIT_BYTES, which still applies alone', () => {
    expect(validateEnvironment({ BODY_LIMIT: '2mb', BODY_LIMIT_BYTES: '4096' }).BODY_LIMIT).toBe('2mb');
    expect(validateEnvironment({ BODY_LIMIT_BYTES: '4096' }).BODY_LIMIT).toBe('4096');
  });

  it.each([
    ['true', true],
    ['1', true],
    ['YES', true],
    ['on', true],
    ['false', false],
    ['0', false],
    ['no', false],
    ['Off', false],
  ])('DB_MIGRATIONS_RUN=%s reads as %s', (text, expected) => {
    expect(validateEnvironment({ DB_MIGRATIONS_RUN: text }).DB_MIGRATIONS_RUN).toBe(expected);
  });

  it('an empty value counts as unset and gets the default', () => {
    expect(validateEnvironment({ PORT: '', DB_POOL_MAX: '', LOG_LEVEL: '' })).toMatchObject({ PORT: 8000, DB_POOL_MAX: 10, LOG_LEVEL: 'log' });
  });

  it('variables the service does not read are ignored', () => {
    expect(() => validateEnvironment({ PATH: '/usr/bin', HOME: '/root', NODE_ENV: 'anything' })).not.toThrow();
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['DB_POOL_MAX', '0'],
    ['DB_POOL_MAX', '501'],
    ['DB_POOL_MAX', 'ten'],
    ['DB_PARALLEL_READS', '-1'],
    ['DB_PARALLEL_READS', '65'],
    ['LOG_LEVEL', 'loud'],
    ['LOG_LEVEL', 'info'],
    ['PLANNING_TIME_ZONE', 'Mars/Olympus_Mons'],
    ['PLANNING_TIME_ZONE', 'UTC+25'],
    ['DB_MIGRATIONS_RUN', 'maybe'],
    ['DB_MIGRATIONS_RUN', '2'],
    ['EMBEDDED_DB_PORT', 'auto'],
    ['BODY_LIMIT_BYTES', '100'],
    ['BODY_LIMIT', '10 parsecs'],
    ['BODY_LIMIT', '100'],
    ['AUTH_MODE', 'off'],
    ['LOG_FORMAT', 'xml'],
    ['METRICS_PORT', '70000'],
  ])('%s=%s is rejected with a message naming the variable and the value', (name, value) => {
    const [heading, problem, ...others] = rejectionOf({ [name]: value }).split('\n');
    expect(heading).toBe('Invalid configuration:');
    expect(problem.trim().startsWith(`${name}=`)).toBe(true);
    expect(problem).toContain(value);
    expect(others).toEqual([]);
  });

  it('a malformed SECRETS_KEY is rejected without echoing its value', () => {
    const message = rejectionOf({ SECRETS_KEY: 'c2hvcnQtYnV0LXNlY3JldA==' });
    expect(message).toContain('SECRETS_KEY=');
    expect(message).not.toContain('c2hvcnQtYnV0LXNlY3JldA');
    expect(validateEnvironment({ SECRETS_KEY: Buffer.alloc(32, 7).toString('base64') }).SECRETS_KEY).toHaveLength(44);
  });

  it('every bad variable is reported at once, one line each', () => {
    const message = rejectionOf({ PORT: 'abc', LOG_LEVEL: 'loud', PLANNING_TIME_ZONE: 'Nowhere/City', DB_POOL_MAX: '8' });
    const lines = message.split('\n').slice(1).map((line) => line.trim());
    expect(lines.map((line) => line.slice(0, line.indexOf('=')))).toEqual(['PORT', 'LOG_LEVEL', 'PLANNING_TIME_ZONE']);
  });
});
