import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One listing's last sale and the 30 days ending on it: a projection of `wb_sales_month` that the
 * database keeps equal to it (triggers of migration WbSalesTail). Read-only here.
 */
@Entity({ name: 'wb_sales_tail' })
export class WbSalesTail {
  @PrimaryColumn({ name: 'wb_sku', type: 'text', primaryKeyConstraintName: 'pk_wb_sales_tail' })
  wbSku: string;

  /** The listing's last day with a sales row, `YYYY-MM-DD`. */
  @Column({ name: 'last_sale_date', type: 'date' })
  lastSaleDate: string;

  /** `running[i]` (1-based) = the sales of the tail's first i days (day 1 = last sale − 29). */
  @Column({ name: 'running', type: 'integer', array: true })
  running: number[];

  /** Bit i set when day (last sale − 29 + i) has a sales row. */
  @Column({ name: 'sale_days', type: 'integer' })
  saleDays: number;
}
