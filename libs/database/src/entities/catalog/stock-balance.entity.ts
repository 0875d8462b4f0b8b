import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** On-hand quantity of a SKU unit in one own warehouse; the quantity may be negative. */
@Entity({ name: 'stock_balance' })
export class StockBalance {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'sku_unit_id', type: 'integer' })
  skuUnitId: number;

  @Column({ name: 'warehouse_id', type: 'integer' })
  warehouseId: number;

  @Column({ name: 'quantity', type: 'integer', default: 0 })
  quantity: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
