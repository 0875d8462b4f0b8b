import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@supply-brain/database';
import { DashboardRow } from '../domain/online-dashboard';
import { DashboardRowsReader } from './dashboard-rows.reader';

/** The WB manager's online dashboard (§5.1): one row per SKU unit, by ascending SKU unit id. */
@Injectable()
export class OnlineDashboardService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rows: DashboardRowsReader,
  ) {}

  /** Read in one snapshot, so an import running meanwhile is seen entirely or not at all. */
  online(targetDate: string, articleIds: number[] | null): Promise<DashboardRow[]> {
    return this.tx.read(() => this.rows.dashboardRows(targetDate, articleIds));
  }
}
