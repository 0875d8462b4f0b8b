import { Body, Controller, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { PortfolioRequest } from '../application/portfolio-planning';
import { PortfolioService } from '../application/portfolio.service';
import { PortfolioResponse } from '../domain/portfolio-response';
import { ProductionOrderPortfolioRequest } from './dto/portfolio.request';
import { ProductionOrderPortfolioResponse } from './dto/portfolio.response';
import { PlanningCoreErrorFilter } from './planning-core-error.filter';

const DESCRIPTION =
  'Plans many articles from stored WB data in one run: joint fabric and elastic minimums, one budget. ' +
  'An article that cannot be planned becomes an `error` item and does not stop the run; only a request-wide ' +
  'problem answers 422 (schema, or `{"detail": {"code": "missing_available_capital_strict", …}}`).';

/** Portfolio runs (05 §3.9); the stored run is read back through the runs routes. */
@ApiTags('planning-core')
@Controller('planning/core')
@UseFilters(PlanningCoreErrorFilter)
export class PortfolioController {
  constructor(private readonly portfolios: PortfolioService) {}

  @Post('production-order/portfolio')
  @HttpCode(200)
  @RequireRole(Role.Planner)
  @ApiOperation({ operationId: 'createProductionOrderPortfolio', summary: 'Production-order proposals for a portfolio of articles, planned jointly', description: DESCRIPTION })
  @ApiOkResponse({ type: ProductionOrderPortfolioResponse })
  @ApiErrorResponses(422)
  create(@Body() body: ProductionOrderPortfolioRequest): Promise<PortfolioResponse> {
    return this.portfolios.run(body as PortfolioRequest);
  }
}
