import { ApiProperty } from '@nestjs/swagger';
import { PURCHASE_ORDER_STATUSES } from '../../domain/purchase-order-status';

export class PurchaseOrderItemResponse {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  purchase_order_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  article_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  color_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  size_id: number;

  @ApiProperty({ type: 'integer', format: 'int32' })
  quantity: number;

  @ApiProperty({ description: '`auto` for lines generated from the order proposal' })
  source: string;

  @ApiProperty({ type: String, nullable: true })
  notes: string | null;
}

/** `PurchaseOrderRead` of the original (01 §3.13). */
export class PurchaseOrderResponse {
  @ApiProperty({ type: 'integer', format: 'int32' })
  id: number;

  @ApiProperty({ enum: PURCHASE_ORDER_STATUSES, enumName: 'PurchaseOrderStatus' })
  status: string;

  @ApiProperty({ type: String, format: 'date' })
  target_date: string;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Reference in an external system, e.g. an ERP document number' })
  external_ref: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  created_at: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'Moves on every change, strictly increasing; send it back as If-Unmodified-Since' })
  updated_at: string;

  @ApiProperty({ type: [PurchaseOrderItemResponse], description: 'Ascending id' })
  items: PurchaseOrderItemResponse[];
}
