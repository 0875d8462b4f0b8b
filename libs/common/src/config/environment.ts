import { plainToInstance, Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  Min,
  Validate,
  validateSync,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { CronTime } from 'cron';
import { parseBooleanText } from '../validation/text-parsers';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];
const AUTH_MODES = ['required', 'disabled'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];
const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

const BYTE_UNITS: Record<string, number> = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };

/** `1048576`, `512kb`, `1mb` → bytes; undefined when unreadable or below 1 KB. */
export function parseByteSize(value: unknown): number | undefined {
  const match = /^(\d+)\s*(b|kb|mb|gb)?$/i.exec(String(value).trim());
  if (!match) return undefined;
  const bytes = Number(match[1]) * BYTE_UNITS[(match[2] ?? 'b').toLowerCase()];
  return Number.isSafeInteger(bytes) && bytes >= 1024 ? bytes : undefined;
}

@ValidatorConstraint({ name: 'isByteSize' })
class IsByteSize implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return parseByteSize(value) !== undefined;
  }
  defaultMessage(): string {
    return '$property must be a size of at least 1kb, in bytes or with a unit (512kb, 1mb)';
  }
}

@ValidatorConstraint({ name: 'isSecretsKey' })
class IsSecretsKey implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && /^[A-Za-z0-9+/]{43}=$/.test(value.trim()) && Buffer.from(value.trim(), 'base64').length === 32;
  }
  defaultMessage(): string {
    return '$property must be the base64 of 32 random bytes (openssl rand -base64 32)';
  }
}

function toBoolean({ value }: { value: unknown }): unknown {
  if (typeof value !== 'string') return value;
  const parsed = parseBooleanText(value);
  return parsed === undefined ? value : parsed;
}

function toInteger({ value }: { value: unknown }): unknown {
  return typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()) ? Number(value) : value;
}

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Every environment variable the service reads, validated once at boot (see README, "Configuration"). */
export class Environment {
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 8000;

  @IsOptional()
  @IsString()
  DATABASE_URL?: string;

  @Transform(toBoolean)
  @IsIn([true, false], { message: 'DB_MIGRATIONS_RUN must be a boolean (true/false)' })
  DB_MIGRATIONS_RUN = true;

  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(500)
  DB_POOL_MAX = 10;

  /**
   * Helper connections per process (besides DB_POOL_MAX) that let one read-only request run its
   * independent reads side by side on the same snapshot; 0 runs them one after another.
   */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(64)
  DB_PARALLEL_READS = 2;

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevelName = 'log';

  @IsString()
  PLANNING_TIME_ZONE = 'UTC';

  /**
   * Monitoring snapshot scheduler (03 §3.1): on when unset or `1`/`true`/`yes`/`on` (any case);
   * anything else — an empty value included — switches it off.
   */
  @IsString()
  MONITORING_SCHEDULER_ENABLED = 'true';

  /** When the scheduler snapshots, in UTC: 6 fields with seconds, or 5. */
  @IsString()
  MONITORING_SNAPSHOT_CRON = '0 */15 * * * *';

  /** A scheduled snapshot still running after this long is abandoned (and each of its statements is cut at it). */
  @Transform(toInteger)
  @IsInt()
  @Min(1000)
  MONITORING_SNAPSHOT_TIMEOUT_MS = 120000;

  /** Direct PostgreSQL URL for the leader lock session (bypassing a transaction pooler); DATABASE_URL when unset. */
  @IsOptional()
  @IsString()
  LEADER_DATABASE_URL?: string;

  /** Advisory lock key of the scheduler leader (signed 64-bit); the original's by default. */
  @IsString()
  LEADER_LOCK_KEY = '9223372036854770001';

  /** How often a follower tries to take the leader lock (with jitter, never later than this). */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600000)
  LEADER_RETRY_MS = 2000;

  /** How often the leader proves it still holds the lock; it steps down at the first failure. */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  @Max(600000)
  LEADER_HEARTBEAT_MS = 2000;

  /** On shutdown, how long the leader waits for a running job before it gives up the lock. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(600000)
  SCHEDULER_SHUTDOWN_GRACE_MS = 30000;

  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset. */
  @IsString()
  EMBEDDED_DB_DIR = '.data/postgres';

  /** Port of the embedded PostgreSQL; 0 picks a free one. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_DB_PORT = 0;

  /** Older name of BODY_LIMIT (bytes); used only when BODY_LIMIT is unset. */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES?: number = undefined;

  /** Largest accepted JSON body: bytes or a size such as `512kb`, `1mb`. */
  @Validate(IsByteSize)
  BODY_LIMIT = '1mb';

  /** Largest accepted JSON body on the import routes, which carry whole exports. */
  @Validate(IsByteSize)
  IMPORT_BODY_LIMIT = '20mb';

  /** `required`: every non-public route needs an API key; `disabled`: behind a trusted gateway only. */
  @IsIn(AUTH_MODES)
  AUTH_MODE: AuthMode = 'required';

  /** base64 of 32 random bytes; encrypts integration tokens at rest (AES-256-GCM). */
  @IsOptional()
  @Validate(IsSecretsKey)
  SECRETS_KEY?: string = undefined;

  /** Comma-separated origins allowed to call the API from a browser; unset allows none. */
  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string = undefined;

  /** A read still running after this long answers 503. */
  @Transform(toInteger)
  @IsInt()
  @Min(100)
  REQUEST_TIMEOUT_MS = 30000;

  /** `json`: one JSON object per line; `pretty`: coloured lines for a terminal. */
  @IsIn(LOG_FORMATS)
  LOG_FORMAT: LogFormat = 'json';

  /** When set, GET /metrics is also served without a key on this port (keep it off the public network). */
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(65535)
  METRICS_PORT?: number = undefined;
}

/** A validated size variable in bytes (BODY_LIMIT, IMPORT_BODY_LIMIT). */
export function byteSizeOf(value: string): number {
  return parseByteSize(value)!;
}

export class EnvironmentError extends Error {}

/** Never echoed in a configuration error, even when malformed. */
const SECRET_VARIABLES = new Set(['SECRETS_KEY']);

/** Variables whose empty value means something (the original read an empty scheduler flag as "off"). */
const EMPTY_IS_A_VALUE = new Set(['MONITORING_SCHEDULER_ENABLED']);

function isInt64Text(text: string): boolean {
  return /^-?\d{1,19}$/.test(text) && BigInt(text) >= -(2n ** 63n) && BigInt(text) < 2n ** 63n;
}

/** Used by ConfigModule: returns the typed environment or throws a message naming each bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(
    Object.entries(raw).filter(([name, value]) => value !== undefined && (value !== '' || EMPTY_IS_A_VALUE.has(name))),
  );
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false, skipMissingProperties: false });
  const problems = errors.map((error) => {
    const shown = SECRET_VARIABLES.has(error.property) ? '"<hidden>"' : JSON.stringify(error.value);
    return `${error.property}=${shown}: ${Object.values(error.constraints ?? {}).join('; ')}`;
  });
  // The older BODY_LIMIT_BYTES still works when BODY_LIMIT itself is not set.
  if (defined.BODY_LIMIT === undefined && environment.BODY_LIMIT_BYTES !== undefined) environment.BODY_LIMIT = String(environment.BODY_LIMIT_BYTES);
  if (!CronTime.validateCronExpression(environment.MONITORING_SNAPSHOT_CRON).valid) {
    problems.push(`MONITORING_SNAPSHOT_CRON=${JSON.stringify(environment.MONITORING_SNAPSHOT_CRON)}: not a cron expression (6 fields with seconds, or 5)`);
  }
  if (!isInt64Text(environment.LEADER_LOCK_KEY)) {
    problems.push(`LEADER_LOCK_KEY=${JSON.stringify(environment.LEADER_LOCK_KEY)}: must be a signed 64-bit integer`);
  }
  if (!isKnownTimeZone(environment.PLANNING_TIME_ZONE)) {
    problems.push(`PLANNING_TIME_ZONE=${JSON.stringify(environment.PLANNING_TIME_ZONE)}: unknown IANA time zone`);
  }
  if (problems.length > 0) {
    throw new EnvironmentError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return environment;
}
