import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One shipment line per article × colour × size, with the recommendation and why it was limited. */
@Entity({ name: 'wb_shipment_item' })
export class WbShipmentItem {
  @PrimaryGeneratedColumn({ name: 'id', type: 'integer' })
  id: number;

  @Column({ name: 'shipment_id', type: 'integer' })
  shipmentId: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'color_id', type: 'integer' })
  colorId: number;

  @Column({ name: 'size_id', type: 'integer' })
  sizeId: number;

  @Column({ name: 'wb_sku', type: 'text', nullable: true })
  wbSku: string | null;

  @Column({ name: 'recommended_qty', type: 'integer' })
  recommendedQty: number;

  /** The quantity the user settled on; starts as the recommendation. */
  @Column({ name: 'final_qty', type: 'integer' })
  finalQty: number;

  /** Own-warehouse (NSC) stock when the shipment was created. */
  @Column({ name: 'nsk_stock_available', type: 'integer' })
  nskStockAvailable: number;

  /** `red`, `yellow` or `green`. */
  @Column({ name: 'oos_risk_before', type: 'varchar', length: 50 })
  oosRiskBefore: string;

  @Column({ name: 'oos_risk_after', type: 'varchar', length: 50 })
  oosRiskAfter: string;

  @Column({ name: 'limited_by_nsk_stock', type: 'boolean' })
  limitedByNskStock: boolean;

  @Column({ name: 'limited_by_max_coverage', type: 'boolean' })
  limitedByMaxCoverage: boolean;

  @Column({ name: 'ignored_due_to_zero_sales', type: 'boolean' })
  ignoredDueToZeroSales: boolean;

  @Column({ name: 'below_min_coverage_threshold', type: 'boolean' })
  belowMinCoverageThreshold: boolean;

  @Column({ name: 'article_total_deficit', type: 'integer' })
  articleTotalDeficit: number;

  @Column({ name: 'article_total_recommended', type: 'integer' })
  articleTotalRecommended: number;

  @Column({ name: 'explanation', type: 'text', nullable: true })
  explanation: string | null;
}
