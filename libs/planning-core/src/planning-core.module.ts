import { Module } from '@nestjs/common';
import { ArticleSettingsService } from './application/article-settings.service';
import { BundleStockImportService } from './application/bundle-stock-import.service';
import { PortfolioService } from './application/portfolio.service';
import { ProposalRunsService } from './application/proposal-runs.service';
import { ProposalService } from './application/proposal.service';
import { ArticleSettingsController } from './http/article-settings.controller';
import { BundleStockImportController } from './http/bundle-stock-import.controller';
import { PortfolioController } from './http/portfolio.controller';
import { ProposalRunsController } from './http/proposal-runs.controller';
import { ProposalController } from './http/proposal.controller';
import { ArticleSettingsRepository } from './persistence/article-settings.repository';
import { BundleStockRepository } from './persistence/bundle-stock.repository';
import { PlanningInputsRepository } from './persistence/planning-inputs.repository';
import { PortfolioSelectionRepository } from './persistence/portfolio-selection.repository';
import { ProposalRunsRepository } from './persistence/proposal-runs.repository';

/** Planning Core v1 (05): production-order proposals, their settings and NSC bundle stock. */
@Module({
  controllers: [ProposalController, ProposalRunsController, ArticleSettingsController, BundleStockImportController, PortfolioController],
  providers: [ProposalService, ProposalRunsService, ArticleSettingsService, BundleStockImportService, PlanningInputsRepository, ArticleSettingsRepository, BundleStockRepository, ProposalRunsRepository, PortfolioService, PortfolioSelectionRepository],
  exports: [ProposalService, PlanningInputsRepository, ProposalRunsRepository],
})
export class PlanningCoreModule {}
