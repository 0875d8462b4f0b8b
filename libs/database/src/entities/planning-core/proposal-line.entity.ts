import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One in-scope SKU of a stored proposal run, zero quantities included (05 §2.8). */
@Entity({ name: 'production_order_proposal_line' })
export class ProductionOrderProposalLine {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'proposal_id', type: 'integer' })
  proposalId: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'color_id', type: 'integer' })
  colorId: number;

  @Column({ name: 'size_id', type: 'integer' })
  sizeId: number;

  @Column({ name: 'sku_unit_id', type: 'integer' })
  skuUnitId: number;

  @Column({ name: 'pantone_key', type: 'varchar', length: 60 })
  pantoneKey: string;

  @Column({ name: 'daily_demand', type: 'numeric', precision: 12, scale: 4 })
  dailyDemand: number;

  @Column({ name: 'on_hand_now', type: 'integer' })
  onHandNow: number;

  @Column({ name: 'receipts_before_arrival', type: 'integer' })
  receiptsBeforeArrival: number;

  @Column({ name: 'receipts_in_window', type: 'integer' })
  receiptsInWindow: number;

  @Column({ name: 'projected_on_hand_at_arrival', type: 'numeric', precision: 14, scale: 2 })
  projectedOnHandAtArrival: number;

  @Column({ name: 'safety_stock_target', type: 'numeric', precision: 14, scale: 2 })
  safetyStockTarget: number;

  @Column({ name: 'net_requirement', type: 'integer' })
  netRequirement: number;

  @Column({ name: 'safety_stock', type: 'integer' })
  safetyStock: number;

  @Column({ name: 'fabric_uplift', type: 'integer', default: 0 })
  fabricUplift: number;

  @Column({ name: 'elastic_uplift', type: 'integer', default: 0 })
  elasticUplift: number;

  @Column({ name: 'moq_uplift', type: 'integer', default: 0 })
  moqUplift: number;

  @Column({ name: 'multiple_uplift', type: 'integer', default: 0 })
  multipleUplift: number;

  @Column({ name: 'budget_cut', type: 'integer', default: 0 })
  budgetCut: number;

  @Column({ name: 'recommended_qty', type: 'integer' })
  recommendedQty: number;

  @Column({ name: 'cover_days_now', type: 'numeric', precision: 10, scale: 1 })
  coverDaysNow: number;

  @Column({ name: 'cover_days_at_arrival', type: 'numeric', precision: 10, scale: 1 })
  coverDaysAtArrival: number;

  @Column({ name: 'stockout_date_without_order', type: 'date', nullable: true })
  stockoutDateWithoutOrder: string | null;

  @Column({ name: 'risk_level', type: 'varchar', length: 20 })
  riskLevel: string;

  @Column({ name: 'reason_codes', type: 'text', array: true, default: () => "'{}'" })
  reasonCodes: string[];

  /** The answered line's `source_reason`, copied into a purchase order made from the run. */
  @Column({ name: 'source_reason', type: 'text', nullable: true })
  sourceReason: string | null;
}
