import { ApiProperty } from '@nestjs/swagger';
import { RequiredQueryId } from './required-query';

const INT = { type: 'integer', format: 'int32' } as const;
const NULLABLE_DOUBLE = { type: 'number', format: 'double', nullable: true } as const;

export class ArticleSnapshotQuery {
  @RequiredQueryId('Article')
  article_id: number;
}

export class SingleSkuStock {
  @ApiProperty(INT)
  color_id: number;

  @ApiProperty(INT)
  size_id: number;

  @ApiProperty({ ...INT, description: 'Σ over internal warehouses, negative kept' })
  quantity: number;
}

export class BundleStockItem {
  @ApiProperty(INT)
  bundle_type_id: number;

  @ApiProperty()
  bundle_type_name: string;

  @ApiProperty(INT)
  size_id: number;

  @ApiProperty(INT)
  quantity: number;
}

export class BundleCoverageSnapshot {
  @ApiProperty(INT)
  bundle_type_id: number;

  @ApiProperty()
  bundle_type_name: string;

  @ApiProperty({ ...NULLABLE_DOUBLE, description: 'WB bundle sales per day, 0 without sales' })
  avg_daily_sales: number | null;

  @ApiProperty(INT)
  wb_ready_bundles: number;

  @ApiProperty({ ...INT, description: 'Always 0 in v1' })
  nsk_ready_bundles: number;

  @ApiProperty({ ...INT, description: 'Bundles the NSC singles can make' })
  potential_bundles_from_singles: number;

  @ApiProperty(INT)
  total_available_bundles: number;

  @ApiProperty({ ...NULLABLE_DOUBLE, description: 'null without a positive sales rate' })
  days_of_cover: number | null;

  @ApiProperty({ ...INT, nullable: true })
  observation_window_days: number | null;
}

/** C5 (02 §3.5). */
export class ArticleInventorySnapshot {
  @ApiProperty(INT)
  article_id: number;

  @ApiProperty()
  article_code: string;

  @ApiProperty({ type: [SingleSkuStock], description: 'By (color_id, size_id)' })
  nsk_single_sku_stock: SingleSkuStock[];

  @ApiProperty({ type: [BundleStockItem], description: 'By (bundle_type_id, size_id)' })
  wb_bundle_stock: BundleStockItem[];

  @ApiProperty({ type: [BundleStockItem], description: 'Always empty in v1' })
  nsk_bundle_stock: BundleStockItem[];

  @ApiProperty({ type: [BundleCoverageSnapshot], description: 'Ascending bundle_type_id' })
  bundle_coverage: BundleCoverageSnapshot[];
}
