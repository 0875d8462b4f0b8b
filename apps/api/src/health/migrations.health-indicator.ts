import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { allMigrationsApplied } from '@supply-brain/database';
import { failureMessage, withTimeout } from './with-timeout';

/** Up when every migration the code knows is recorded in the database. */
@Injectable()
export class MigrationsHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async isHealthy<Key extends string>(key: Key, timeoutMs: number): Promise<HealthIndicatorResult<Key>> {
    const check = this.indicators.check(key);
    try {
      if (await withTimeout(allMigrationsApplied(this.dataSource), timeoutMs)) return check.up();
      return check.down({ message: 'Pending migrations: start with DB_MIGRATIONS_RUN=true or run npm run migration:run' });
    } catch (error) {
      return check.down({ message: `Could not read the applied migrations: ${failureMessage(error)}` });
    }
  }
}
