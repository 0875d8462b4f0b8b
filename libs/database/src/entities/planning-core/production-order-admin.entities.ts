import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Relative size weight of one size for one article's production orders (05 §2.4, origin 0009). */
@Entity({ name: 'production_order_size_weight_settings' })
export class ProductionOrderSizeWeightSetting {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'size_id', type: 'integer' })
  sizeId: number;

  @Column({ name: 'weight', type: 'double precision', default: () => '1.0' })
  weight: number;
}

/** Which colour or SKU of an article uses an elastic type (05 §2.4, origin 0009). */
@Entity({ name: 'production_order_elastic_bindings' })
export class ProductionOrderElasticBinding {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'elastic_type_id', type: 'integer' })
  elasticTypeId: number;

  @Column({ name: 'color_id', type: 'integer', nullable: true })
  colorId: number | null;

  @Column({ name: 'sku_unit_id', type: 'integer', nullable: true })
  skuUnitId: number | null;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;
}

/** A standing pipeline line: `qty` pieces arriving `eta_days` after each run's as-of date (05 §2.4). */
@Entity({ name: 'production_order_in_flight_defaults' })
export class ProductionOrderInFlightDefault {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'article_id', type: 'integer' })
  articleId: number;

  @Column({ name: 'color_id', type: 'integer' })
  colorId: number;

  @Column({ name: 'size_id', type: 'integer' })
  sizeId: number;

  @Column({ name: 'qty', type: 'integer', default: 0 })
  qty: number;

  @Column({ name: 'eta_days', type: 'integer', default: 0 })
  etaDays: number;

  @Column({ name: 'stage', type: 'varchar', length: 50, default: 'other' })
  stage: string;

  @Column({ name: 'is_active', type: 'boolean', default: true })
  isActive: boolean;
}
