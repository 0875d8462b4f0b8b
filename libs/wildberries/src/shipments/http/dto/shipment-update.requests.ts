import { IntField, StringField } from '@supply-brain/common';

/** Both fields optional; absent and `null` differ (null clears the comment, and is an invalid status). */
export class WbShipmentUpdate {
  @StringField({ nullable: true, description: "Requested status; 'draft' → approved/cancelled, 'approved' → shipped/cancelled" })
  status?: string | null;

  @StringField({ nullable: true, maxLength: 1000, description: 'Free text; null clears it' })
  comment?: string | null;
}

export class WbShipmentItemUpdate {
  @IntField({ min: 0, description: 'At most the item’s nsk_stock_available' })
  final_qty?: number;

  @StringField({ nullable: true, description: 'Free text; null clears it' })
  explanation?: string | null;
}
