import { Body, Controller, Get, HttpCode, HttpStatus, Param, Patch, Post, Query, Res, UseFilters } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiErrorResponses,
  ApiIfUnmodifiedSinceHeader,
  DeclaredWithTrailingSlash,
  IdParamPipe,
  IfUnmodifiedSince,
  RequireRole,
  Role,
  UnmodifiedSince,
} from '@supply-brain/common';
import { ApiIdempotencyKeyHeader, IdempotencyKey } from '@supply-brain/database';
import type { Response } from 'express';
import { PurchaseOrderFromProposalService } from '../application/purchase-order-from-proposal.service';
import { PurchaseOrdersService } from '../application/purchase-orders.service';
import {
  CreatePurchaseOrderFromProposalRequest,
  ListPurchaseOrdersQuery,
  UpdatePurchaseOrderItemRequest,
  UpdatePurchaseOrderRequest,
} from './dto/purchase-order.requests';
import { PurchaseOrderResponse } from './dto/purchase-order.response';
import { toPurchaseOrderChanges, toPurchaseOrderFromProposal, toPurchaseOrderLineChanges, toPurchaseOrderResponse } from './purchase-order.mapper';
import { StoredRunErrorFilter } from './stored-run-error.filter';

const DEFAULT_LIMIT = 50;

@ApiTags('purchase-orders')
@RequireRole(Role.Reader)
@Controller('purchase-order')
export class PurchaseOrdersController {
  constructor(
    private readonly orders: PurchaseOrdersService,
    private readonly fromProposal: PurchaseOrderFromProposalService,
  ) {}

  @RequireRole(Role.Planner)
  @Post('from-proposal')
  @HttpCode(HttpStatus.CREATED)
  @UseFilters(StoredRunErrorFilter)
  @ApiOperation({
    operationId: 'createPurchaseOrderFromProposal',
    summary: 'A new draft order holding the order proposal for a date, or the lines of a stored Planning Core run',
    description:
      'Without proposal_id / portfolio_run_id the order proposal is computed for target_date. With one of them the order holds ' +
      'the stored run’s lines with a recommended quantity (portfolio: of all member runs), copied, never recomputed; the run is ' +
      'marked converted. Errors of a run conversion carry {"detail": {code, message, field, …ids}}: 404 proposal_not_found / ' +
      'portfolio_run_not_found, 409 proposal_part_of_portfolio_run, proposal_already_converted, portfolio_run_already_converted, ' +
      'proposal_has_no_lines.',
  })
  @ApiIdempotencyKeyHeader()
  @ApiCreatedResponse({ type: PurchaseOrderResponse })
  @ApiOkResponse({ type: PurchaseOrderResponse, description: 'Repeat of an earlier call with the same Idempotency-Key: the order it created' })
  @ApiErrorResponses(404, 409, 422)
  async createFromProposal(
    @IdempotencyKey() idempotencyKey: string | undefined,
    @Body() body: CreatePurchaseOrderFromProposalRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<PurchaseOrderResponse> {
    const created = await this.fromProposal.create(toPurchaseOrderFromProposal(body), idempotencyKey);
    if (created.replayed) response.status(HttpStatus.OK);
    return toPurchaseOrderResponse(created.order);
  }

  @Get()
  @DeclaredWithTrailingSlash()
  @ApiOperation({ operationId: 'listPurchaseOrders', summary: 'Purchase orders with their lines, ascending id, one page' })
  @ApiOkResponse({ type: [PurchaseOrderResponse] })
  @ApiErrorResponses(422)
  async list(@Query() query: ListPurchaseOrdersQuery): Promise<PurchaseOrderResponse[]> {
    const orders = await this.orders.list({ status: query.status, limit: query.limit ?? DEFAULT_LIMIT, offset: query.offset ?? 0 });
    return orders.map(toPurchaseOrderResponse);
  }

  @Get(':order_id')
  @ApiOperation({ operationId: 'getPurchaseOrder', summary: 'One purchase order with its lines' })
  @ApiOkResponse({ type: PurchaseOrderResponse })
  @ApiErrorResponses(404, 422)
  async get(@Param('order_id', IdParamPipe) orderId: number): Promise<PurchaseOrderResponse> {
    return toPurchaseOrderResponse(await this.orders.get(orderId));
  }

  @RequireRole(Role.Planner)
  @Patch(':order_id')
  @ApiOperation({ operationId: 'updatePurchaseOrder', summary: 'Change the status, comment or external reference of an order' })
  @ApiIfUnmodifiedSinceHeader('order')
  @ApiOkResponse({ type: PurchaseOrderResponse })
  @ApiErrorResponses(400, 404, 409, 422)
  async update(
    @Param('order_id', IdParamPipe) orderId: number,
    @IfUnmodifiedSince() precondition: UnmodifiedSince | undefined,
    @Body() body: UpdatePurchaseOrderRequest,
  ): Promise<PurchaseOrderResponse> {
    return toPurchaseOrderResponse(await this.orders.update(orderId, toPurchaseOrderChanges(body), precondition));
  }

  @RequireRole(Role.Planner)
  @Patch(':order_id/items/:item_id')
  @ApiOperation({ operationId: 'updatePurchaseOrderItem', summary: 'Change the quantity or notes of a line of a draft order' })
  @ApiIfUnmodifiedSinceHeader('order')
  @ApiOkResponse({ type: PurchaseOrderResponse, description: 'The whole order' })
  @ApiErrorResponses(400, 404, 409, 422)
  async updateItem(
    @Param('order_id', IdParamPipe) orderId: number,
    @Param('item_id', IdParamPipe) itemId: number,
    @IfUnmodifiedSince() precondition: UnmodifiedSince | undefined,
    @Body() body: UpdatePurchaseOrderItemRequest,
  ): Promise<PurchaseOrderResponse> {
    return toPurchaseOrderResponse(await this.orders.updateLine(orderId, itemId, toPurchaseOrderLineChanges(body), precondition));
  }
}
