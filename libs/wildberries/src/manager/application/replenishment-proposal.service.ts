import { Injectable } from '@nestjs/common';
import { BusinessRuleError } from '@supply-brain/common';
import { TransactionHost } from '@supply-brain/database';
import { daysBetween } from '../domain/calendar';
import { computeReplenishment, ReplenishmentItem, ReplenishmentStrategy, ZeroSalesPolicy } from '../domain/replenishment';
import { DashboardRowsReader } from './dashboard-rows.reader';

/** A proposal request (§3.5) with its defaults applied. */
export interface ReplenishmentRequest {
  targetDate: string;
  wbArrivalDate: string;
  targetCoverageDays: number;
  minCoverageDays: number;
  strategy: ReplenishmentStrategy;
  zeroSalesPolicy: ZeroSalesPolicy;
  maxCoverageDaysAfter: number;
  maxReplenishmentPerArticle: number | null;
  articleIds: number[] | null;
  explanation: boolean;
}

export interface ReplenishmentProposal {
  targetDate: string;
  wbArrivalDate: string;
  items: ReplenishmentItem[];
}

export const ARRIVAL_BEFORE_TARGET = 'wb_arrival_date cannot be earlier than target_date';

/** The replenishment proposal (§5.3): computed on demand, never stored. Shipment creation reuses it. */
@Injectable()
export class ReplenishmentProposalService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly rows: DashboardRowsReader,
  ) {}

  /** Rejects an arrival before the target date (400), before any database access. */
  static checkDates(request: Pick<ReplenishmentRequest, 'targetDate' | 'wbArrivalDate'>): void {
    if (request.wbArrivalDate < request.targetDate) throw new BusinessRuleError(ARRIVAL_BEFORE_TARGET);
  }

  /** One consistent snapshot read; inside an open transaction (shipment creation) it joins it. */
  propose(request: ReplenishmentRequest): Promise<ReplenishmentProposal> {
    ReplenishmentProposalService.checkDates(request);
    return this.tx.read(async () => {
      const inputs = await this.rows.replenishmentInputs(request.targetDate, request.articleIds);
      const items = computeReplenishment(inputs, {
        targetCoverageDays: request.targetCoverageDays,
        minCoverageDays: request.minCoverageDays,
        strategy: request.strategy,
        zeroSalesPolicy: request.zeroSalesPolicy,
        maxCoverageDaysAfter: request.maxCoverageDaysAfter,
        maxReplenishmentPerArticle: request.maxReplenishmentPerArticle,
        daysUntilArrival: Math.max(daysBetween(request.targetDate, request.wbArrivalDate), 0),
        explanation: request.explanation,
      });
      return { targetDate: request.targetDate, wbArrivalDate: request.wbArrivalDate, items };
    });
  }
}
