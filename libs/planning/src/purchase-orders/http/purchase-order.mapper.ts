import { toIsoInstant } from '@supply-brain/common';
import { PurchaseOrderChanges, PurchaseOrderLineChanges, PurchaseOrderRecord } from '../domain/purchase-order';
import { UpdatePurchaseOrderItemRequest, UpdatePurchaseOrderRequest } from './dto/purchase-order.requests';
import { PurchaseOrderResponse } from './dto/purchase-order.response';

export function toPurchaseOrderResponse(order: PurchaseOrderRecord): PurchaseOrderResponse {
  return {
    id: order.id,
    status: order.status,
    target_date: order.targetDate,
    comment: order.comment,
    external_ref: order.externalRef,
    created_at: toIsoInstant(order.createdAt),
    updated_at: toIsoInstant(order.updatedAt),
    items: order.items.map((line) => ({
      id: line.id,
      purchase_order_id: line.purchaseOrderId,
      article_id: line.articleId,
      color_id: line.colorId,
      size_id: line.sizeId,
      quantity: line.quantity,
      source: line.source,
      notes: line.notes,
    })),
  };
}

/** Only the properties present in the body: absent stays undefined, null clears. */
export function toPurchaseOrderChanges(body: UpdatePurchaseOrderRequest): PurchaseOrderChanges {
  return { status: body.status, comment: body.comment, externalRef: body.external_ref };
}

export function toPurchaseOrderLineChanges(body: UpdatePurchaseOrderItemRequest): PurchaseOrderLineChanges {
  return { quantity: body.quantity, notes: body.notes };
}
