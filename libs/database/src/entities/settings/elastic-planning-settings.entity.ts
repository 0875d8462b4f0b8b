import { Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

/** Elastic minimum for one elastic type of one article; an article's elastic minimum is the maximum over its rows. */
@Entity({ name: 'elastic_planning_settings' })
@Unique('uq_elastic_planning_article_type', ['articleId', 'elasticTypeId'])
export class ElasticPlanningSettings {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'elastic_type_id', type: 'integer' })
  elasticTypeId: number;

  @Column({ name: 'elastic_min_batch_qty', type: 'integer', nullable: true })
  elasticMinBatchQty: number | null;
}
