import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Assembled bundles of one article, bundle type and size in one of our warehouses (05 §2.6). */
@Entity({ name: 'bundle_stock_balance' })
export class BundleStockBalance {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'bundle_type_id', type: 'integer' })
  bundleTypeId: number;

  @Column({ name: 'size_id', type: 'integer' })
  sizeId: number;

  @Column({ name: 'warehouse_id', type: 'integer' })
  warehouseId: number;

  /** Bundles, not pieces. */
  @Column({ name: 'quantity', type: 'integer', default: 0 })
  quantity: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/** WB stock of one listing summed over WB warehouses, as of the last import of a business date (05 §2.7). */
@Entity({ name: 'wb_stock_daily' })
export class WbStockDaily {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'wb_sku', type: 'text' })
  wbSku: string;

  /** `YYYY-MM-DD` in PLANNING_TIME_ZONE. */
  @Column({ name: 'date', type: 'date' })
  date: string;

  @Column({ name: 'stock_qty', type: 'integer', default: 0 })
  stockQty: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
