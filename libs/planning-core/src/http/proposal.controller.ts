import { Body, Controller, Get, HttpCode, Post, UseFilters } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { ProposalService } from '../application/proposal.service';
import { DirectProposalRequest, ENGINE_VERSION, FromWbProposalRequest, ProposalResponse } from '../domain';
import { ProductionOrderProposalFromWbRequest, ProductionOrderProposalRequest } from './dto/proposal.request';
import { PlanningCoreHealthResponse, ProductionOrderProposalResponse } from './dto/proposal.response';
import { PlanningCoreErrorFilter } from './planning-core-error.filter';

const ERRORS = 'Business errors answer `{"detail": {"code", "message", "field"?, …}}` (05 §3.1).';

/** Single-article production-order proposals (05 §3.3, §3.4) and the engine's liveness (§3.7). */
@ApiTags('planning-core')
@Controller('planning/core')
@UseFilters(PlanningCoreErrorFilter)
export class ProposalController {
  constructor(private readonly proposals: ProposalService) {}

  @Post('production-order/proposal')
  @HttpCode(200)
  @RequireRole(Role.Planner)
  @ApiOperation({ operationId: 'createProductionOrderProposal', summary: 'Production-order proposal from demand given in the request', description: ERRORS })
  @ApiOkResponse({ type: ProductionOrderProposalResponse })
  @ApiErrorResponses(400, 404, 422)
  direct(@Body() body: ProductionOrderProposalRequest): Promise<ProposalResponse> {
    return this.proposals.direct(body as DirectProposalRequest);
  }

  @Post('production-order/proposal/from-wb')
  @HttpCode(200)
  @RequireRole(Role.Planner)
  @ApiOperation({ operationId: 'createProductionOrderProposalFromWb', summary: 'Production-order proposal from stored WB sales and stock', description: ERRORS })
  @ApiOkResponse({ type: ProductionOrderProposalResponse })
  @ApiErrorResponses(400, 404, 422)
  fromWb(@Body() body: ProductionOrderProposalFromWbRequest): Promise<ProposalResponse> {
    return this.proposals.fromWb(body as FromWbProposalRequest);
  }

  @Get('health')
  @RequireRole(Role.Reader)
  @ApiOperation({ operationId: 'getPlanningCoreHealth', summary: 'Planning Core liveness and engine version (no database access)' })
  @ApiOkResponse({ type: PlanningCoreHealthResponse })
  @ApiErrorResponses()
  health(): PlanningCoreHealthResponse {
    return { status: 'ok', engine_version: ENGINE_VERSION };
  }
}
