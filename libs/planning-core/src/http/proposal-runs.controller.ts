import { Controller, Get, Header, Param, Query, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { ProposalRunsService } from '../application/proposal-runs.service';
import { PositiveIdParamPipe } from './positive-id.param.pipe';
import { ProposalListQuery, ProposalListResponse, StoredPortfolioRunResponse, StoredProposalQuery } from './dto/proposal-runs.dto';
import { ProductionOrderProposalResponse } from './dto/proposal.response';
import { PlanningCoreErrorFilter } from './planning-core-error.filter';

const DEFAULT_LIST_LIMIT = 50;
/*
 * A stored run is answered as the text it was stored with; Nest would otherwise send a string as
 * text/html, so the JSON type is declared here.
 */
const JSON_CONTENT_TYPE = 'application/json; charset=utf-8';

/** Stored Planning Core runs (05 §3.8, §3.9 GET): read back exactly as their POST answered them. */
@ApiTags('planning-core')
@Controller('planning/core/production-order')
@UseFilters(PlanningCoreErrorFilter)
export class ProposalRunsController {
  constructor(private readonly runs: ProposalRunsService) {}

  @Get('proposals')
  @RequireRole(Role.Reader)
  @ApiOperation({ operationId: 'listProductionOrderProposals', summary: 'Stored production-order proposals, newest first' })
  @ApiOkResponse({ type: ProposalListResponse })
  @ApiErrorResponses(422)
  list(@Query() query: ProposalListQuery): Promise<ProposalListResponse> {
    return this.runs.listProposals({
      articleId: query.article_id,
      portfolioRunId: query.portfolio_run_id,
      status: query.status,
      limit: query.limit ?? DEFAULT_LIST_LIMIT,
      offset: query.offset ?? 0,
    });
  }

  @Get('proposals/:proposal_id')
  @RequireRole(Role.Reader)
  @Header('Content-Type', JSON_CONTENT_TYPE)
  @ApiOperation({
    operationId: 'getProductionOrderProposal',
    summary: 'A stored production-order proposal',
    description: 'The body its POST answered, byte for byte, except purchase_order_id and converted_at (current state) and the compact trimming. 404 `proposal_not_found`.',
  })
  @ApiOkResponse({ type: ProductionOrderProposalResponse })
  @ApiErrorResponses(404, 422)
  get(@Param('proposal_id', PositiveIdParamPipe) proposalId: number, @Query() query: StoredProposalQuery): Promise<string> {
    return this.runs.getProposal(proposalId, query.explainability_mode ?? 'full');
  }

  @Get('portfolio/:portfolio_run_id')
  @RequireRole(Role.Reader)
  @Header('Content-Type', JSON_CONTENT_TYPE)
  @ApiOperation({
    operationId: 'getProductionOrderPortfolioRun',
    summary: 'A stored portfolio run',
    description: 'The body its POST answered, with purchase_order_id and converted_at from the run (current state). 404 `portfolio_run_not_found`.',
  })
  @ApiOkResponse({ type: StoredPortfolioRunResponse })
  @ApiErrorResponses(404, 422)
  getPortfolioRun(@Param('portfolio_run_id', PositiveIdParamPipe) portfolioRunId: number): Promise<string> {
    return this.runs.getPortfolioRun(portfolioRunId);
  }
}
