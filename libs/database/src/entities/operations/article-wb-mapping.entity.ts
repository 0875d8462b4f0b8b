import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A marketplace listing that belongs to an article. The optional bundle/colour/size ids have no
 * foreign keys in the original, so they may dangle (01 W-12).
 */
@Entity({ name: 'article_wb_mapping' })
export class ArticleWbMapping {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'wb_sku', type: 'text' })
  wbSku: string;

  /** Set when the listing is a bundle. */
  @Column({ name: 'bundle_type_id', type: 'integer', nullable: true })
  bundleTypeId: number | null;

  /** Set when the listing is a single colour. */
  @Column({ name: 'color_id', type: 'integer', nullable: true })
  colorId: number | null;

  /** Set when the listing is a single size; bundles use it for the bundle's size. */
  @Column({ name: 'size_id', type: 'integer', nullable: true })
  sizeId: number | null;
}
