import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of a purchase order: a quantity of an article × colour × size. */
@Entity({ name: 'purchase_order_item' })
export class PurchaseOrderItem {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'purchase_order_id', type: 'integer' })
  purchaseOrderId: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'color_id', type: 'integer' })
  colorId: number;

  @Column({ name: 'size_id', type: 'integer' })
  sizeId: number;

  @Column({ name: 'quantity', type: 'integer' })
  quantity: number;

  /** `auto` for lines generated from the order proposal; free text otherwise. */
  @Column({ name: 'source', type: 'varchar', length: 50, default: 'auto' })
  source: string;

  @Column({ name: 'notes', type: 'varchar', length: 1000, nullable: true })
  notes: string | null;
}
