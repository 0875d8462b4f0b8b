import { Module } from '@nestjs/common';
import { BundleRiskModule, OrderExplanationModule } from '@supply-brain/planning';
import { LiveSnapshotBuilder } from './application/live-snapshot.builder';
import { MonitoringSnapshotService } from './application/monitoring-snapshot.service';
import { PlanningInputs } from './application/planning-inputs.adapter';
import { SnapshotRepository } from './persistence/snapshot.repository';

/** Monitoring v1 (03): live and stored snapshots, alert rules, status and the dashboard. */
@Module({
  imports: [BundleRiskModule, OrderExplanationModule],
  providers: [PlanningInputs, LiveSnapshotBuilder, MonitoringSnapshotService, SnapshotRepository],
  exports: [MonitoringSnapshotService],
})
export class MonitoringModule {}
