import { BooleanField, DateField, IntField, QueryInt, QueryString, StringField } from '@supply-brain/common';

export class ListPurchaseOrdersQuery {
  @QueryString({ description: 'Exact status to keep; an unknown value matches nothing' })
  status?: string;

  @QueryInt({ min: 1, max: 500, default: 50 })
  limit?: number;

  @QueryInt({ min: 0, default: 0 })
  offset?: number;
}

export class UpdatePurchaseOrderRequest {
  @StringField({ nullable: true, description: '`draft`, `approved` or `cancelled`; anything else (null included) is a 400' })
  status?: string | null;

  @StringField({ nullable: true, maxLength: 1000 })
  comment?: string | null;

  @StringField({ nullable: true, maxLength: 255 })
  external_ref?: string | null;
}

export class UpdatePurchaseOrderItemRequest {
  @IntField({ min: 0 })
  quantity?: number;

  @StringField({ nullable: true, maxLength: 1000 })
  notes?: string | null;
}

export class CreatePurchaseOrderFromProposalRequest {
  @DateField({ required: true, description: 'The planning date the proposal is computed for' })
  target_date: string;

  @StringField({ nullable: true, maxLength: 1000 })
  comment?: string | null;

  @BooleanField({ description: 'Whether the proposal computes its explanation texts; never changes the items. Default true' })
  explanation?: boolean;
}
