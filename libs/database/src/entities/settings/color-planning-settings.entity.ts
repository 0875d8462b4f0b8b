import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Fabric minimum for one colour of one article. */
@Entity({ name: 'color_planning_settings' })
@Unique('uq_color_planning_article_color', ['articleId', 'colorId'])
export class ColorPlanningSettings {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'color_id', type: 'integer' })
  colorId: number;

  @Column({ name: 'fabric_min_batch_qty', type: 'integer', nullable: true })
  fabricMinBatchQty: number | null;
}
