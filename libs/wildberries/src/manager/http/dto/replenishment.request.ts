import { BooleanField, DateField, EnumField, IntField, StringField } from '@supply-brain/common';
import { REPLENISHMENT_STRATEGIES, ReplenishmentStrategy, ZERO_SALES_POLICIES, ZeroSalesPolicy } from '../../domain/replenishment';
import { BodyIdList } from './id-list.field';

/** Body of POST /wb/manager/proposal (§3.5), with the recommended enums and ranges (W5). */
export class WbReplenishmentRequest {
  @DateField({ required: true, description: 'Planning day: the last day of the sales windows and the dispatch day' })
  target_date: string;

  @DateField({ required: true, description: 'Expected availability on WB; not earlier than target_date' })
  wb_arrival_date: string;

  @IntField({ min: 1, description: 'Days of sales the stock on WB should cover (default 30)' })
  target_coverage_days?: number;

  @IntField({ min: 0, description: 'Rows below this coverage are flagged (default 7)' })
  min_coverage_days?: number;

  @EnumField(REPLENISHMENT_STRATEGIES, 'WbReplenishmentStrategy', { description: 'Coverage factor 1.0 / 0.8 / 0.6 (default normal)' })
  replenishment_strategy?: ReplenishmentStrategy;

  @EnumField(ZERO_SALES_POLICIES, 'WbZeroSalesPolicy', { description: 'SKUs without sales get nothing; ignore also flags them (default ignore)' })
  zero_sales_policy?: ZeroSalesPolicy;

  @IntField({ min: 1, description: 'Upper bound of the coverage after the transfer, in days (default 60)' })
  max_coverage_days_after?: number;

  @IntField({ min: 0, nullable: true, description: 'Upper bound of the sum recommended for one article (default none)' })
  max_replenishment_per_article?: number | null;

  @BodyIdList('article_ids', 'Only these articles; null or [] means all')
  article_ids?: number[] | null;

  @BooleanField({ description: 'When false, every item explanation is null (default true)' })
  explanation?: boolean;
}

/** Body of POST /wb/manager/shipment/from-proposal (§3.7): the proposal parameters and a comment. */
export class WbShipmentFromProposalRequest extends WbReplenishmentRequest {
  @StringField({ required: true, maxLength: 1000, description: 'Free text; may be empty' })
  comment: string;
}
