import { Body, Controller, Get, HttpCode, HttpStatus, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { ApiIdempotencyKeyHeader, IdempotencyKey } from '@supply-brain/database';
import { OnlineDashboardService } from '../application/online-dashboard.service';
import { ReplenishmentProposalService } from '../application/replenishment-proposal.service';
import { ShipmentFromProposalService } from '../application/shipment-from-proposal.service';
import { toShipmentRead, WbShipmentRead } from '../../shipments';
import { WbManagerOnlineQuery } from './dto/online-dashboard.query';
import { WbManagerOnlineResponse } from './dto/online-dashboard.response';
import { WbReplenishmentRequest, WbShipmentFromProposalRequest } from './dto/replenishment.request';
import { WbReplenishmentResponse } from './dto/replenishment.response';
import { toReplenishmentItem, toReplenishmentRequest, toSkuStats } from './wb-manager.mapper';

@ApiTags('wb-manager')
@RequireRole(Role.Reader)
@Controller('wb/manager')
export class WbManagerController {
  constructor(
    private readonly dashboard: OnlineDashboardService,
    private readonly proposals: ReplenishmentProposalService,
    private readonly shipments: ShipmentFromProposalService,
  ) {}

  @Get('online')
  @ApiOperation({ operationId: 'getWbManagerOnline', summary: 'WB sales, stock, coverage and OOS risk per SKU unit' })
  @ApiOkResponse({ type: WbManagerOnlineResponse })
  @ApiErrorResponses(422)
  async online(@Query() query: WbManagerOnlineQuery): Promise<WbManagerOnlineResponse> {
    const rows = await this.dashboard.online(query.target_date, query.article_ids ?? null);
    return { target_date: query.target_date, items: rows.map(toSkuStats) };
  }

  @RequireRole(Role.Planner)
  @Post('proposal')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ operationId: 'proposeWbReplenishment', summary: 'How many units of each SKU unit to send from NSC to WB (not stored)' })
  @ApiOkResponse({ type: WbReplenishmentResponse })
  @ApiErrorResponses(400, 422)
  async proposal(@Body() body: WbReplenishmentRequest): Promise<WbReplenishmentResponse> {
    const proposal = await this.proposals.propose(toReplenishmentRequest(body));
    return { target_date: proposal.targetDate, wb_arrival_date: proposal.wbArrivalDate, items: proposal.items.map(toReplenishmentItem) };
  }

  @RequireRole(Role.Planner)
  @Post('shipment/from-proposal')
  @ApiOperation({
    operationId: 'createWbShipmentFromProposal',
    summary: 'Create a draft shipment from a freshly computed proposal; 200 with the first shipment for a repeated Idempotency-Key',
  })
  @ApiIdempotencyKeyHeader()
  @ApiCreatedResponse({ type: WbShipmentRead })
  @ApiOkResponse({ type: WbShipmentRead, description: 'Repeat of an earlier call with the same Idempotency-Key and body' })
  @ApiErrorResponses(400, 422)
  async fromProposal(
    @Body() body: WbShipmentFromProposalRequest,
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<WbShipmentRead> {
    const outcome = await this.shipments.create({ proposal: toReplenishmentRequest(body), comment: body.comment, body, idempotencyKey });
    response.status(outcome.replayed ? HttpStatus.OK : HttpStatus.CREATED);
    return toShipmentRead(outcome.shipment);
  }
}
