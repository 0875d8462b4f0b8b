import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { BooleanField, DateField, EnumField, IntField } from '@supply-brain/common';
import { ValidateIf } from 'class-validator';
import { FreshnessMode } from '../../domain';
import { FieldRule, IdListField, NumberMapField, ObjectField, ObjectListField } from './nested-fields';
import { BundleStockInput, InFlightSupplyInput, PlanningOverridesInput } from './planning-inputs.dto';

export const MAX_PORTFOLIO_ARTICLES = 5_000;

/** `article_ids`: null or absent = the default selection; else 1…5,000 distinct ids. */
function ArticleSelectionField(): PropertyDecorator {
  return applyDecorators(
    // Null is as good as absent: the default selection (05 §3.9).
    ValidateIf((object: Record<string, unknown>) => object.article_ids !== null),
    IdListField({ maxItems: MAX_PORTFOLIO_ARTICLES }),
    FieldRule('minItems', 'article_ids must name at least one article (null = default selection)', (v) => !Array.isArray(v) || v.length >= 1),
    ApiProperty({
      type: 'integer',
      format: 'int32',
      isArray: true,
      required: false,
      nullable: true,
      minItems: 1,
      maxItems: MAX_PORTFOLIO_ARTICLES,
      description: 'Distinct article ids; null = every article with a WB mapping row that has a bundle type',
    }),
  );
}

/** Per-article inputs of a portfolio run: the fields of 05 §3.4 that concern one article. */
export class PortfolioArticleInput {
  @IntField({ required: true, min: 1, description: 'Must be one of the selected articles' })
  article_id: number;

  @IdListField({ description: 'Planned bundle types; empty = every WB-mapped type of the article' })
  bundle_type_ids?: number[];

  @ObjectListField(BundleStockInput, { maxItems: 50, uniqueBy: ['bundle_type_id'], description: 'local_qty replaces the stored NSC bundles, in_transit_to_wb_qty adds bundles in transit; wb_qty is ignored' })
  bundle_stock?: BundleStockInput[];

  @ObjectListField(InFlightSupplyInput, { maxItems: 10_000, description: 'Pieces already ordered; replaces the stored in-flight defaults when non-empty' })
  in_flight_supply?: InFlightSupplyInput[];

  @NumberMapField({ idKeys: true, greaterThan: 0, maxKeys: 100, description: 'size_id → raw weight (> 0); replaces the stored size weights when non-empty' })
  size_weights?: Record<string, number>;
}

/** `ProductionOrderPortfolioRequest` (05 §3.9): many articles from stored WB data, joint minimums, one budget. */
export class ProductionOrderPortfolioRequest {
  @ArticleSelectionField()
  article_ids?: number[] | null;

  @DateField({ nullable: true, description: 'Day 0 of every projection; default today in PLANNING_TIME_ZONE' })
  as_of_date?: string | null;

  @IntField({ min: 1, max: 365, description: 'Sales window W in days; default 30' })
  observation_window_days?: number;

  @EnumField(['warn', 'strict'], 'FreshnessMode', { description: 'Default warn; a strict failure makes that article an error item' })
  freshness_mode?: FreshnessMode;

  @IntField({ nullable: true, min: 0, max: 3650 })
  freshness_sales_stale_after_days?: number | null;

  @IntField({ nullable: true, min: 0, max: 3650 })
  freshness_stock_stale_after_days?: number | null;

  @IntField({ min: 1, max: 365, description: 'Projection length P = max(this, L + R + T); default 90' })
  planning_horizon_days?: number;

  @ObjectField(PlanningOverridesInput, { nullable: true, description: 'Applied to every article; available_capital is the portfolio budget' })
  overrides?: PlanningOverridesInput | null;

  @ObjectListField(PortfolioArticleInput, { maxItems: MAX_PORTFOLIO_ARTICLES, uniqueBy: ['article_id'], description: 'At most one entry per selected article' })
  article_inputs?: PortfolioArticleInput[];

  @BooleanField({ description: 'Default true; false: nothing is written and every id in the answer is null' })
  persist?: boolean;
}
