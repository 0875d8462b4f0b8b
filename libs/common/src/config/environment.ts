import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, Min, validateSync } from 'class-validator';
import { parseBooleanText } from '../validation/text-parsers';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevelName = (typeof LOG_LEVELS)[number];

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

  @IsIn(LOG_LEVELS)
  LOG_LEVEL: LogLevelName = 'log';

  @IsString()
  PLANNING_TIME_ZONE = 'UTC';

  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is unset. */
  @IsString()
  EMBEDDED_DB_DIR = '.data/postgres';

  /** Port of the embedded PostgreSQL; 0 picks a free one. */
  @Transform(toInteger)
  @IsInt()
  @Min(0)
  @Max(65535)
  EMBEDDED_DB_PORT = 0;

  /** Largest accepted JSON body, in bytes. */
  @Transform(toInteger)
  @IsInt()
  @Min(1024)
  BODY_LIMIT_BYTES = 10 * 1024 * 1024;
}

export class EnvironmentError extends Error {}

/** Used by ConfigModule: returns the typed environment or throws a message naming each bad variable. */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false, skipMissingProperties: false });
  const problems = errors.map(
    (error) => `${error.property}=${JSON.stringify(error.value)}: ${Object.values(error.constraints ?? {}).join('; ')}`,
  );
  if (!isKnownTimeZone(environment.PLANNING_TIME_ZONE)) {
    problems.push(`PLANNING_TIME_ZONE=${JSON.stringify(environment.PLANNING_TIME_ZONE)}: unknown IANA time zone`);
  }
  if (problems.length > 0) {
    throw new EnvironmentError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return environment;
}
