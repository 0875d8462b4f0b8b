import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { MonitoringModule } from '@supply-brain/monitoring';
import { LeaderElectionService } from './application/leader-election.service';
import { MonitoringSnapshotJob } from './application/monitoring-snapshot.job';
import { SchedulerReadiness, SchedulerStatusService } from './application/scheduler-status.service';
import { SchedulingSettings } from './application/scheduling-settings';
import { SingletonJobsService } from './application/singleton-jobs.service';
import { MonitoringSchedulerController, SchedulerHealthController } from './http/scheduler-status.controller';
import { LeaderTermsRepository } from './persistence/leader-terms.repository';

/**
 * Leader election on a PostgreSQL advisory lock, the singleton jobs it gates, and the scheduled
 * monitoring snapshot — enabled by MONITORING_SCHEDULER_ENABLED (03 §3, §5.1–5.2).
 */
@Module({
  imports: [ScheduleModule.forRoot(), MonitoringModule],
  controllers: [SchedulerHealthController, MonitoringSchedulerController],
  providers: [
    SchedulingSettings,
    LeaderTermsRepository,
    LeaderElectionService,
    SingletonJobsService,
    MonitoringSnapshotJob,
    SchedulerStatusService,
    SchedulerReadiness,
  ],
  exports: [LeaderElectionService, SingletonJobsService],
})
export class SchedulingModule {}
