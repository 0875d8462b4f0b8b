/** What the manager chooses for a proposal (§3.5), validated at the HTTP edge (W5). */

export const REPLENISHMENT_STRATEGIES = ['aggressive', 'normal', 'conservative'] as const;
export type ReplenishmentStrategy = (typeof REPLENISHMENT_STRATEGIES)[number];

export const ZERO_SALES_POLICIES = ['ignore', 'keep', 'light'] as const;
export type ZeroSalesPolicy = (typeof ZERO_SALES_POLICIES)[number];

/** Coverage factor of each strategy, in tenths so the arithmetic stays on integers. */
const COVERAGE_FACTOR_TENTHS: Record<ReplenishmentStrategy, number> = { aggressive: 10, normal: 8, conservative: 6 };

export interface ReplenishmentParameters {
  targetCoverageDays: number;
  minCoverageDays: number;
  strategy: ReplenishmentStrategy;
  zeroSalesPolicy: ZeroSalesPolicy;
  maxCoverageDaysAfter: number;
  maxReplenishmentPerArticle: number | null;
  daysUntilArrival: number;
  explanation: boolean;
}

export function coverageFactorTenths(strategy: ReplenishmentStrategy): number {
  return COVERAGE_FACTOR_TENTHS[strategy];
}
