import { toIsoInstant } from '@supply-brain/common';
import { PurchaseOrderChanges, PurchaseOrderLineChanges, PurchaseOrderRecord } from '../domain/purchase-order';
import { PurchaseOrderFromProposal } from '../application/purchase-order-from-proposal.service';
import { CreatePurchaseOrderFromProposalRequest, UpdatePurchaseOrderItemRequest, UpdatePurchaseOrderRequest } from './dto/purchase-order.requests';
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

/** Validation guarantees `target_date` when no run is named, and never both ids. */
export function toPurchaseOrderFromProposal(body: CreatePurchaseOrderFromProposalRequest): PurchaseOrderFromProposal {
  const common = { comment: body.comment ?? null, explanation: body.explanation ?? true };
  if (body.proposal_id !== undefined) return { ...common, run: { kind: 'proposal', id: body.proposal_id }, targetDate: body.target_date ?? null };
  if (body.portfolio_run_id !== undefined) return { ...common, run: { kind: 'portfolio_run', id: body.portfolio_run_id }, targetDate: body.target_date ?? null };
  return { ...common, targetDate: body.target_date as string };
}
