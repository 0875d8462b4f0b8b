import { Module } from '@nestjs/common';
import { ArticleSnapshotService } from './application/article-snapshot.service';
import { BundleStockService } from './application/bundle-stock.service';
import { DemandService } from './application/demand.service';
import { OrderProposalService } from './application/order-proposal.service';
import { ArticleSnapshotController } from './http/article-snapshot.controller';
import { BundleStockController } from './http/bundle-stock.controller';
import { DemandProposalController } from './http/demand-proposal.controller';
import { ArticleSnapshotRepository } from './persistence/article-snapshot.repository';
import { BundleStockRepository } from './persistence/bundle-stock.repository';
import { DemandRepository } from './persistence/demand.repository';
import { OrderProposalRepository } from './persistence/order-proposal.repository';

/** Planning read models: demand, order proposal, bundle availability/deficit, article bundle snapshot (02). */
@Module({
  controllers: [DemandProposalController, BundleStockController, ArticleSnapshotController],
  providers: [
    DemandService,
    OrderProposalService,
    BundleStockService,
    ArticleSnapshotService,
    DemandRepository,
    OrderProposalRepository,
    BundleStockRepository,
    ArticleSnapshotRepository,
  ],
  exports: [OrderProposalService, ArticleSnapshotService],
})
export class PlanningAnalyticsModule {}
