/** A purchase order with its lines, as the API reads it (01 §3.13). */
export interface PurchaseOrderRecord {
  id: number;
  status: string;
  /** `YYYY-MM-DD`. */
  targetDate: string;
  comment: string | null;
  externalRef: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** Ascending id. */
  items: PurchaseOrderLine[];
}

export interface PurchaseOrderLine {
  id: number;
  purchaseOrderId: number;
  articleId: number;
  colorId: number;
  sizeId: number;
  quantity: number;
  source: string;
  notes: string | null;
}

export type PurchaseOrderHeader = Omit<PurchaseOrderRecord, 'items'>;

/** Header fields a PATCH names; `undefined` = not sent, `null` = clear (status: invalid). */
export interface PurchaseOrderChanges {
  status?: string | null;
  comment?: string | null;
  externalRef?: string | null;
}

/** Line fields a PATCH names; `undefined` = not sent. */
export interface PurchaseOrderLineChanges {
  quantity?: number;
  notes?: string | null;
}

/** A line to create from a proposal (`source = "auto"`). */
export interface NewPurchaseOrderLine {
  articleId: number;
  colorId: number;
  sizeId: number;
  quantity: number;
  /** Null when absent. */
  notes?: string | null;
}

/** A stored Planning Core run an order is created from (05 §3.10). */
export type StoredRunReference = { kind: 'proposal'; id: number } | { kind: 'portfolio_run'; id: number };

export const PURCHASE_ORDER_ENTITY = 'PurchaseOrder';
export const PURCHASE_ORDER_NOT_FOUND = 'PurchaseOrder not found';
export const PURCHASE_ORDER_ITEM_NOT_FOUND = 'PurchaseOrderItem not found';
