import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** System-wide planning defaults: a single row, always read as the one with the lowest id. */
@Entity({ name: 'global_planning_settings' })
export class GlobalPlanningSettings {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'default_target_coverage_days', type: 'integer', default: 60 })
  defaultTargetCoverageDays: number;

  @Column({ name: 'default_lead_time_days', type: 'integer', default: 70 })
  defaultLeadTimeDays: number;

  @Column({ name: 'default_service_level_percent', type: 'integer', default: 90 })
  defaultServiceLevelPercent: number;

  @Column({ name: 'default_fabric_min_batch_qty', type: 'integer', default: 7000 })
  defaultFabricMinBatchQty: number;

  @Column({ name: 'default_elastic_min_batch_qty', type: 'integer', default: 3000 })
  defaultElasticMinBatchQty: number;
}
