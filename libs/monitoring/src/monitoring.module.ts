import { Module } from '@nestjs/common';
import { PlanningPortfolioModule } from '@supply-brain/planning';
import { AlertRulesService } from './application/alert-rules.service';
import { LiveSnapshotBuilder } from './application/live-snapshot.builder';
import { MonitoringSnapshotService } from './application/monitoring-snapshot.service';
import { MonitoringStatusService } from './application/monitoring-status.service';
import { PlanningInputs } from './application/planning-inputs.adapter';
import { RiskFocusService } from './application/risk-focus.service';
import { SnapshotHistoryService } from './application/snapshot-history.service';
import { AlertRulesController } from './http/alert-rules.controller';
import { MonitoringOverviewController } from './http/monitoring-overview.controller';
import { MonitoringSnapshotController } from './http/monitoring-snapshot.controller';
import { AlertRuleRepository } from './persistence/alert-rule.repository';
import { SnapshotRepository } from './persistence/snapshot.repository';

/** Monitoring v1 (03): live and stored snapshots, alert rules, status, dashboard and risk focus. */
@Module({
  imports: [PlanningPortfolioModule],
  controllers: [MonitoringSnapshotController, MonitoringOverviewController, AlertRulesController],
  providers: [
    PlanningInputs,
    LiveSnapshotBuilder,
    MonitoringSnapshotService,
    SnapshotHistoryService,
    MonitoringStatusService,
    AlertRulesService,
    RiskFocusService,
    SnapshotRepository,
    AlertRuleRepository,
  ],
  exports: [MonitoringSnapshotService],
})
export class MonitoringModule {}
