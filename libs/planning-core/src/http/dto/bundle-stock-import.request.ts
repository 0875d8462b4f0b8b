import { ApiProperty } from '@nestjs/swagger';
import { DateTimeField, IntField } from '@supply-brain/common';
import { ImportItemsField } from '@supply-brain/wildberries/imports/http/import-items.field';

/** Assembled bundles of one (article, bundle type, size) in one of our warehouses; that is the key. */
export class BundleStockBalanceItem {
  @IntField({ required: true, min: 1, description: 'Must exist (else 400)' })
  article_id: number;

  @IntField({ required: true, min: 1, description: 'Must exist (else 400)' })
  bundle_type_id: number;

  @IntField({ required: true, min: 1, description: 'Must exist (else 400)' })
  size_id: number;

  @IntField({ required: true, min: 1, description: 'Our warehouse; only internal warehouses count as NSC stock. Must exist (else 400)' })
  warehouse_id: number;

  @IntField({ required: true, description: 'Bundles (not pieces); a negative sum per article, type and size counts as 0' })
  quantity: number;

  @DateTimeField({ nullable: true, description: 'Time of the figure; omitted or null → now' })
  updated_at?: Date | null;
}

export class BundleStockImportRequest {
  @ImportItemsField(BundleStockBalanceItem)
  items: BundleStockBalanceItem[];
}

export class BundleStockImportResponse {
  @ApiProperty({ type: 'integer' })
  inserted: number;

  @ApiProperty({ type: 'integer' })
  updated: number;
}
