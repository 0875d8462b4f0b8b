import { ProductionOrderElasticBinding, ProductionOrderInFlightDefault, ProductionOrderSizeWeightSetting } from './production-order-admin.entities';
import { ProductionOrderProposalLine } from './proposal-line.entity';
import { ProductionOrderPortfolioRun, ProductionOrderProposal } from './proposal-run.entities';
import { BundleStockBalance, WbStockDaily } from './stock-inputs.entities';

export * from './production-order-admin.entities';
export * from './proposal-line.entity';
export * from './proposal-run.entities';
export * from './stock-inputs.entities';

/** Planning Core: per-article admin tables, NSC bundle stock, WB stock history, stored runs (05 §2). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const PLANNING_CORE_ENTITIES: Function[] = [
  ProductionOrderSizeWeightSetting,
  ProductionOrderElasticBinding,
  ProductionOrderInFlightDefault,
  BundleStockBalance,
  WbStockDaily,
  ProductionOrderPortfolioRun,
  ProductionOrderProposal,
  ProductionOrderProposalLine,
];
