import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A production / purchase order header: `draft`, `approved` or `cancelled`. */
@Entity({ name: 'purchase_order' })
export class PurchaseOrder {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'status', type: 'varchar', length: 50 })
  status: string;

  /** The planning date the order was computed for, `YYYY-MM-DD`. */
  @Column({ name: 'target_date', type: 'date' })
  targetDate: string;

  @Column({ name: 'comment', type: 'varchar', length: 1000, nullable: true })
  comment: string | null;

  /** The order's reference in an external system, e.g. an ERP document number. */
  @Column({ name: 'external_ref', type: 'varchar', length: 255, nullable: true })
  externalRef: string | null;
}
