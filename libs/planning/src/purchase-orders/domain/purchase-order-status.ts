/** The purchase-order lifecycle (01 §4.1). */
export const PURCHASE_ORDER_STATUSES = ['draft', 'approved', 'cancelled'] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/** Source → permitted targets; staying in the same status is allowed and is not a change. */
const ALLOWED_TRANSITIONS: Record<PurchaseOrderStatus, readonly PurchaseOrderStatus[]> = {
  draft: ['draft', 'approved', 'cancelled'],
  approved: ['approved', 'cancelled'],
  cancelled: ['cancelled'],
};

export function isPurchaseOrderStatus(value: unknown): value is PurchaseOrderStatus {
  return typeof value === 'string' && (PURCHASE_ORDER_STATUSES as readonly string[]).includes(value);
}

/** A stored status outside the three (only possible by direct writes) permits no transition. */
export function canTransition(from: string, to: PurchaseOrderStatus): boolean {
  return isPurchaseOrderStatus(from) && ALLOWED_TRANSITIONS[from].includes(to);
}

/** The original's message with its alphabetical list; a JSON null reads `'null'` (01 W-8). */
export function invalidStatusMessage(value: string | null): string {
  const allowed = [...PURCHASE_ORDER_STATUSES].sort().map((status) => `'${status}'`);
  return `Invalid status '${value === null ? 'null' : value}', must be one of: [${allowed.join(', ')}]`;
}

export function invalidTransitionMessage(from: string, to: string): string {
  return `Invalid status transition from '${from}' to '${to}'`;
}

export const NON_DRAFT_ITEMS_MESSAGE = 'Cannot modify items of a non-draft purchase order';
