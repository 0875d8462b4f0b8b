import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One colour at one slot of an article's bundle; colours and slots are distinct per article and bundle type. */
@Entity({ name: 'bundle_recipe' })
export class BundleRecipe {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'bundle_type_id', type: 'integer' })
  bundleTypeId: number;

  @Column({ name: 'color_id', type: 'integer' })
  colorId: number;

  @Column({ name: 'position', type: 'integer' })
  position: number;
}
