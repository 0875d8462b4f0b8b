import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A planned transfer from the own warehouse (NSC) to the marketplace, with the parameters it was computed with. */
@Entity({ name: 'wb_shipment' })
export class WbShipment {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  /** `draft`, `approved`, `shipped` or `cancelled`. */
  @Column({ name: 'status', type: 'varchar', length: 50 })
  status: string;

  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;

  /** Expected arrival at the marketplace, `YYYY-MM-DD`. */
  @Column({ name: 'wb_arrival_date', type: 'date' })
  wbArrivalDate: string;

  @Column({ name: 'comment', type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'strategy', type: 'varchar', length: 50 })
  strategy: string;

  @Column({ name: 'zero_sales_policy', type: 'varchar', length: 50 })
  zeroSalesPolicy: string;

  @Column({ name: 'target_coverage_days', type: 'integer' })
  targetCoverageDays: number;

  @Column({ name: 'min_coverage_days', type: 'integer' })
  minCoverageDays: number;

  @Column({ name: 'max_coverage_days_after', type: 'integer' })
  maxCoverageDaysAfter: number;

  @Column({ name: 'max_replenishment_per_article', type: 'integer', nullable: true })
  maxReplenishmentPerArticle: number | null;
}
