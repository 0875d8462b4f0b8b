import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { OrderExplanationService } from '../application/order-explanation.service';
import { ArticleOrderExplanation as ArticleExplanation } from '../domain/order-explanation';
import { ArticleOrderExplanation, OrderExplanationPortfolioQuery, OrderExplanationPortfolioResponse } from './dto/order-explanation.dto';

function toResponse(item: ArticleExplanation): ArticleOrderExplanation {
  return {
    article_id: item.article_id,
    article_code: item.article_code,
    reasons: item.reasons.map((reason) => ({
      article_id: reason.article_id,
      article_code: reason.article_code,
      color_id: reason.color_id,
      color_name: reason.color_name,
      elastic_type_id: reason.elastic_type_id,
      elastic_type_name: reason.elastic_type_name,
      proposed_qty: reason.proposed_qty,
      base_deficit: reason.base_deficit,
      strictness: reason.strictness,
      adjusted_deficit: reason.adjusted_deficit,
      min_fabric_batch: reason.min_fabric_batch,
      min_elastic_batch: reason.min_elastic_batch,
      color_min_batch: reason.color_min_batch,
      total_available_before: reason.total_available_before,
      forecast_horizon_days: reason.forecast_horizon_days,
      final_order_qty: reason.final_order_qty,
      limiting_constraint: reason.limiting_constraint,
      explanation: reason.explanation,
    })),
  };
}

@ApiTags('planning')
@RequireRole(Role.Reader)
@Controller('planning')
export class OrderExplanationController {
  constructor(private readonly explanations: OrderExplanationService) {}

  @Get('order-explanation-portfolio')
  @ApiOperation({ operationId: 'getOrderExplanationPortfolio', summary: 'Per article and colour, how the proposed order quantity came about' })
  @ApiOkResponse({ type: OrderExplanationPortfolioResponse })
  @ApiErrorResponses(422)
  async getPortfolio(@Query() query: OrderExplanationPortfolioQuery): Promise<OrderExplanationPortfolioResponse> {
    const portfolio = await this.explanations.explain(query.target_date, query.article_ids);
    return { items: portfolio.items.map(toResponse) };
  }
}
