import { Module } from '@nestjs/common';
import { ArticleSettingsService } from './application/article-settings.service';
import { ProposalService } from './application/proposal.service';
import { ArticleSettingsController } from './http/article-settings.controller';
import { ProposalController } from './http/proposal.controller';
import { ArticleSettingsRepository } from './persistence/article-settings.repository';
import { PlanningInputsRepository } from './persistence/planning-inputs.repository';

/** Planning Core v1 (05): production-order proposals, their settings and NSC bundle stock. */
@Module({
  controllers: [ProposalController, ArticleSettingsController],
  providers: [ProposalService, ArticleSettingsService, PlanningInputsRepository, ArticleSettingsRepository],
  exports: [ProposalService, PlanningInputsRepository],
})
export class PlanningCoreModule {}
