/** Statuses in display order (spec 04 §3.6). */
export const SHIPMENT_STATUSES = ['draft', 'approved', 'shipped', 'cancelled'] as const;
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number];

/** Shipments still holding NSC stock: their planned quantities count against other approvals (W8). */
export const OPEN_STATUSES: readonly ShipmentStatus[] = ['draft', 'approved'];

const FINAL_STATUSES: readonly string[] = ['shipped', 'cancelled'];

/** Allowed moves; a same-status request is a no-op and always allowed for a non-final shipment. */
const TRANSITIONS: Record<string, readonly string[]> = {
  draft: ['draft', 'approved', 'cancelled'],
  approved: ['approved', 'shipped', 'cancelled'],
};

/** The error messages list the statuses alphabetically, as the original printed its set. */
const SORTED_STATUSES = [...SHIPMENT_STATUSES].sort();

export function isFinalStatus(status: string): boolean {
  return FINAL_STATUSES.includes(status);
}

/** Why a requested status is refused, or null when the move is allowed (spec 04 §5.5). */
export function statusChangeRefusal(current: string, requested: string | null): string | null {
  if (isFinalStatus(current)) return 'Cannot modify a shipment in final status';
  if (requested === null || !(SHIPMENT_STATUSES as readonly string[]).includes(requested)) {
    const shown = requested === null ? 'null' : requested;
    return `Invalid status '${shown}', must be one of: [${SORTED_STATUSES.map((s) => `'${s}'`).join(', ')}]`;
  }
  if (!(TRANSITIONS[current] ?? []).includes(requested)) {
    return `Invalid status transition from '${current}' to '${requested}'`;
  }
  return null;
}

/** True when the move takes a draft to approved, the moment NSC stock is re-checked (W8). */
export function isApproval(current: string, requested: string | null | undefined): boolean {
  return current === 'draft' && requested === 'approved';
}
