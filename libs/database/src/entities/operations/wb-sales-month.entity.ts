import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * WB daily sales of one listing in one calendar month, one row: a projection of `wb_sales_daily`
 * that the database keeps equal to it (triggers of migration WbSalesMonth). Read-only here.
 */
@Entity({ name: 'wb_sales_month' })
export class WbSalesMonth {
  @PrimaryColumn({ name: 'wb_sku', type: 'text', primaryKeyConstraintName: 'pk_wb_sales_month' })
  wbSku: string;

  /** First day of the month, `YYYY-MM-DD`. */
  @PrimaryColumn({ name: 'month', type: 'date', primaryKeyConstraintName: 'pk_wb_sales_month' })
  month: string;

  /** `daily[d]` (1-based) = `sales_qty` of day d; null where the day has no sales row. */
  @Column({ name: 'daily', type: 'integer', array: true })
  daily: Array<number | null>;

  /** `running[d]` = Σ daily[1..d]: the sales of days a..b are `running[b] - running[a - 1]`. */
  @Column({ name: 'running', type: 'integer', array: true })
  running: number[];

  /** Bit d-1 set when day d has a sales row. */
  @Column({ name: 'sale_days', type: 'integer', default: 0 })
  saleDays: number;

  /** The month's last day with a sales row; null only inside the writing statement. */
  @Column({ name: 'last_sale_date', type: 'date', nullable: true })
  lastSaleDate: string | null;
}
