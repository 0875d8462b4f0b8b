import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The smallest stockable item: one article in one colour and one size (each triple at most once). */
@Entity({ name: 'sku_unit' })
export class SkuUnit {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'color_id', type: 'integer' })
  colorId: number;

  @Column({ name: 'size_id', type: 'integer' })
  sizeId: number;
}
