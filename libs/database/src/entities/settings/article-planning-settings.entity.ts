import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Per-article planning overrides (0..1 per article); only `target_coverage_days` feeds calculations. */
@Entity({ name: 'article_planning_settings' })
export class ArticlePlanningSettings {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer', unique: true })
  articleId: number;

  @Column({ name: 'include_in_planning', type: 'boolean', default: true })
  includeInPlanning: boolean;

  @Column({ type: 'integer', default: 0 })
  priority: number;

  @Column({ name: 'target_coverage_days', type: 'integer', nullable: true })
  targetCoverageDays: number | null;

  @Column({ name: 'lead_time_days', type: 'integer', nullable: true })
  leadTimeDays: number | null;

  @Column({ name: 'service_level_percent', type: 'integer', nullable: true })
  serviceLevelPercent: number | null;
}
