import { Module } from '@nestjs/common';
import { PlanningConfigService } from './application/planning-config.service';
import { PlanningConfigController } from './http/planning-config.controller';
import { PlanningConfigRepository } from './persistence/planning-config.repository';

/** The read-only planning configuration snapshot (01 §3.11). */
@Module({
  controllers: [PlanningConfigController],
  providers: [PlanningConfigService, PlanningConfigRepository],
})
export class PlanningConfigModule {}
