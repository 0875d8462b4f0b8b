import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppMetrics, PoolUsage } from '@supply-brain/common';

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** Reports the pg pool behind TypeORM (in use / idle / waiting) at each scrape. */
@Injectable()
export class DatabasePoolMetrics implements OnModuleInit {
  constructor(
    private readonly metrics: AppMetrics,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.metrics.trackDatabasePool((): PoolUsage | undefined => {
      const pool = (this.dataSource.driver as unknown as { master?: PgPool }).master;
      return pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : undefined;
    });
  }
}
