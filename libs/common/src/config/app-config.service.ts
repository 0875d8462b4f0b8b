import { Inject, Injectable } from '@nestjs/common';
import { registerAs } from '@nestjs/config';
import { Environment, validateEnvironment } from './environment';

/**
 * The environment, read and validated when an app is created rather than when this file is
 * imported: a bad value stops that start-up, and each app (or test app) sees the variables set
 * before it was created.
 */
export const environmentConfig = registerAs('environment', (): Environment => validateEnvironment(process.env));

/** Typed, read-only access to the validated environment. */
@Injectable()
export class AppConfig {
  constructor(@Inject(environmentConfig.KEY) private readonly environment: Environment) {}

  get<K extends keyof Environment>(key: K): Environment[K] {
    return this.environment[key];
  }
}
