import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Current marketplace stock of one WB SKU in one marketplace warehouse. */
@Entity({ name: 'wb_stock' })
export class WbStock {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'wb_sku', type: 'text' })
  wbSku: string;

  /** The marketplace's warehouse id, not a reference to our `warehouse` table. */
  @Column({ name: 'warehouse_id', type: 'integer', nullable: true })
  marketplaceWarehouseId: number | null;

  @Column({ name: 'warehouse_name', type: 'text', nullable: true })
  marketplaceWarehouseName: string | null;

  @Column({ name: 'stock_qty', type: 'integer', default: 0 })
  stockQty: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
