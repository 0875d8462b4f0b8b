import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Marketplace sales of one WB SKU on one day (unique per `wb_sku` + `date`). */
@Entity({ name: 'wb_sales_daily' })
export class WbSalesDaily {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'wb_sku', type: 'text' })
  wbSku: string;

  /** `YYYY-MM-DD`. */
  @Column({ name: 'date', type: 'date' })
  date: string;

  @Column({ name: 'sales_qty', type: 'integer', default: 0 })
  salesQty: number;

  @Column({ name: 'revenue', type: 'numeric', precision: 12, scale: 2, nullable: true })
  revenue: number | null;

  /** Left to the database default on insert, so the column is never sent as NULL (01 §2.10). */
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
