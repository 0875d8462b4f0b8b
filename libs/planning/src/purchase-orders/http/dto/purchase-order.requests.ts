import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, DateField, IntField, QueryInt, QueryString, StringField } from '@supply-brain/common';
import { registerDecorator, ValidateIf, ValidationArguments } from 'class-validator';

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

/** Whether a body names a stored run to convert (05 §3.10). */
function namesStoredRun(body: { proposal_id?: unknown; portfolio_run_id?: unknown }): boolean {
  return body.proposal_id !== undefined || body.portfolio_run_id !== undefined;
}

/** 05 §3.10: a schema rule, so it is reported with the other 422s at `["body","portfolio_run_id"]`. */
function NotTogetherWithProposalId(): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'notTogetherWithProposalId',
      target: target.constructor,
      propertyName: propertyKey as string,
      options: { message: 'proposal_id and portfolio_run_id cannot be given together', context: { type: 'value_error' } },
      validator: { validate: (_value: unknown, args: ValidationArguments) => (args.object as { proposal_id?: unknown }).proposal_id === undefined },
    });
}

export class CreatePurchaseOrderFromProposalRequest {
  // Required only when no stored run is named (05 §3.10); with a run it defaults to the run's as_of_date.
  @ApiProperty({
    required: false,
    type: String,
    format: 'date',
    description: 'Without proposal_id / portfolio_run_id: required, the planning date the proposal is computed for. With one: the order’s target date, default the run’s as_of_date',
  })
  @ValidateIf((body: CreatePurchaseOrderFromProposalRequest) => body.target_date !== undefined || !namesStoredRun(body))
  @DateField({ required: true })
  target_date?: string;

  @StringField({ nullable: true, maxLength: 1000 })
  comment?: string | null;

  @BooleanField({
    description:
      'Default true. Without a run: whether the proposal computes its explanation texts (never changes the items). ' +
      'With a run: true puts each stored line’s source_reason into the item’s notes, false leaves notes null',
  })
  explanation?: boolean;

  @IntField({ min: 1, description: 'A stored single-article run to convert (GET /planning/core/production-order/proposals/{id})' })
  proposal_id?: number;

  @NotTogetherWithProposalId()
  @IntField({ min: 1, description: 'A stored portfolio run to convert, all member runs in one order; not together with proposal_id' })
  portfolio_run_id?: number;
}
