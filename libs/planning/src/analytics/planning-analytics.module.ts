import { Module } from '@nestjs/common';
import { ArticleSnapshotService } from './application/article-snapshot.service';
import { BundleStockService } from './application/bundle-stock.service';
import { DemandService } from './application/demand.service';
import { OrderProposalService } from './application/order-proposal.service';
import { ArticleSnapshotController } from './http/article-snapshot.controller';
import { BundleStockController } from './http/bundle-stock.controller';
import { DemandProposalController } from './http/demand-proposal.controller';
import { BundleStockRepository } from './persistence/bundle-stock.repository';
import { PortfolioInputsRepository } from './persistence/portfolio-inputs.repository';
import { PortfolioInputsLoader } from './application/portfolio-inputs.loader';

/** Planning read models: demand, order proposal, bundle availability/deficit, article bundle snapshot (02). */
@Module({
  controllers: [DemandProposalController, BundleStockController, ArticleSnapshotController],
  providers: [
    DemandService,
    OrderProposalService,
    BundleStockService,
    ArticleSnapshotService,
    BundleStockRepository,
    PortfolioInputsRepository,
    PortfolioInputsLoader,
  ],
  exports: [OrderProposalService, ArticleSnapshotService, PortfolioInputsLoader],
})
export class PlanningAnalyticsModule {}
