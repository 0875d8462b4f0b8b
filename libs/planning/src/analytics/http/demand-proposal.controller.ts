import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { DemandService } from '../application/demand.service';
import { OrderProposalService } from '../application/order-proposal.service';
import { DemandQuery, DemandResult } from './dto/demand.dto';
import { OrderProposalQuery, OrderProposalResponse } from './dto/order-proposal.dto';

@ApiTags('planning')
@RequireRole(Role.Reader)
@Controller('planning')
export class DemandProposalController {
  constructor(
    private readonly demand: DemandService,
    private readonly proposal: OrderProposalService,
  ) {}

  @Get('demand')
  @ApiOperation({ operationId: 'getArticleDemand', summary: 'WB demand, stock coverage and deficit of one article at a date' })
  @ApiOkResponse({ type: DemandResult })
  @ApiErrorResponses(404, 422)
  async getDemand(@Query() query: DemandQuery): Promise<DemandResult> {
    const demand = await this.demand.demandOf(query.article_id, query.target_date);
    return {
      article_id: demand.articleId,
      avg_daily_sales: demand.avgDailySales,
      forecast_demand: demand.forecastDemand,
      current_stock: demand.currentStock,
      coverage_days: demand.coverageDays,
      deficit: demand.deficit,
      target_coverage_days: demand.targetCoverageDays,
      observation_window_days: demand.observationWindowDays,
      forecast_horizon_days: demand.forecastHorizonDays,
      explanation: demand.explanation,
    };
  }

  @Get('order-proposal')
  @ApiOperation({ operationId: 'getOrderProposal', summary: 'Suggested purchase quantities per SKU unit for a target date' })
  @ApiOkResponse({ type: OrderProposalResponse })
  @ApiErrorResponses(422)
  async getOrderProposal(@Query() query: OrderProposalQuery): Promise<OrderProposalResponse> {
    const proposal = await this.proposal.computeProposal(query.target_date, { explanation: query.explanation ?? true });
    return {
      target_date: proposal.target_date,
      items: proposal.items.map((item) => ({
        article_id: item.article_id,
        color_id: item.color_id,
        size_id: item.size_id,
        quantity: item.quantity,
        explanation: item.explanation,
      })),
      global_explanation: proposal.global_explanation,
    };
  }
}
