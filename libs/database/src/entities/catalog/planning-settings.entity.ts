import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The main per-article planning parameters (at most one row per article). */
@Entity({ name: 'planning_settings' })
export class PlanningSettings {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;

  @Column({ name: 'min_fabric_batch', type: 'integer' })
  minFabricBatch: number;

  @Column({ name: 'min_elastic_batch', type: 'integer' })
  minElasticBatch: number;

  @Column({ name: 'alert_threshold_days', type: 'integer' })
  alertThresholdDays: number;

  @Column({ name: 'safety_stock_days', type: 'integer' })
  safetyStockDays: number;

  @Column({ name: 'strictness', type: 'double precision' })
  strictness: number;

  @Column({ name: 'notes', type: 'varchar', length: 500, nullable: true })
  notes: string | null;
}
