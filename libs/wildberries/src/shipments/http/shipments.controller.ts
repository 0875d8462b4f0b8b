import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
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
import { ShipmentEditorService } from '../application/shipment-editor.service';
import { ShipmentReaderService } from '../application/shipment-reader.service';
import { SHIPMENT_STATUSES } from '../domain/shipment-status';
import { WbShipmentPresetResponse } from './dto/shipment-preset.response';
import { ShipmentHeadersQuery, ShipmentListQuery, ShipmentPresetQuery } from './dto/shipment.queries';
import {
  WbShipmentAggregates,
  WbShipmentHeaderRead,
  WbShipmentItemSummary,
  WbShipmentRead,
  WbShipmentStatusList,
} from './dto/shipment.responses';
import { WbShipmentItemUpdate, WbShipmentUpdate } from './dto/shipment-update.requests';
import {
  toShipmentAggregates,
  toShipmentHeaderRead,
  toShipmentItemSummary,
  toShipmentPresetResponse,
  toShipmentRead,
} from './shipment.mapper';

const filterOf = (query: ShipmentListQuery) => ({
  status: query.status,
  articleId: query.article_id,
  dateFrom: query.date_from,
  dateTo: query.date_to,
});

/** The shipment editor. Static segments are declared before `:shipmentId` so they always win. */
@ApiTags('wb-shipments')
@RequireRole(Role.Reader)
@Controller('wb/manager/shipment')
export class ShipmentsController {
  constructor(
    private readonly reader: ShipmentReaderService,
    private readonly editor: ShipmentEditorService,
  ) {}

  @Get('status-list')
  @ApiOperation({ operationId: 'listWbShipmentStatuses', summary: 'The shipment statuses in display order' })
  @ApiOkResponse({ type: WbShipmentStatusList })
  @ApiErrorResponses()
  statusList(): WbShipmentStatusList {
    return { statuses: [...SHIPMENT_STATUSES] };
  }

  @Get('headers')
  @ApiOperation({ operationId: 'listWbShipmentHeaders', summary: 'Shipment headers with aggregates over all their items, sorted and paged' })
  @ApiOkResponse({ type: [WbShipmentHeaderRead] })
  @ApiErrorResponses(400, 422)
  async headers(@Query() query: ShipmentHeadersQuery): Promise<WbShipmentHeaderRead[]> {
    const page = { sortBy: query.sort_by ?? 'created_at', sortDir: query.sort_dir ?? 'desc', limit: query.limit ?? 50, offset: query.offset ?? 0 };
    return (await this.reader.headers(filterOf(query), page)).map(toShipmentHeaderRead);
  }

  @Get('preset')
  @ApiOperation({ operationId: 'getWbShipmentPreset', summary: 'Suggested parameters for a new shipment, from the recent non-cancelled ones' })
  @ApiOkResponse({ type: WbShipmentPresetResponse })
  @ApiErrorResponses(422)
  async preset(@Query() query: ShipmentPresetQuery): Promise<WbShipmentPresetResponse> {
    return toShipmentPresetResponse(await this.reader.preset(query.target_date));
  }

  @Get()
  @DeclaredWithTrailingSlash()
  @ApiOperation({ operationId: 'listWbShipments', summary: 'Full shipments with their items, ascending id' })
  @ApiOkResponse({ type: [WbShipmentRead] })
  @ApiErrorResponses(422)
  async list(@Query() query: ShipmentListQuery): Promise<WbShipmentRead[]> {
    return (await this.reader.list(filterOf(query))).map(toShipmentRead);
  }

  @Get(':shipmentId/aggregates')
  @ApiOperation({ operationId: 'getWbShipmentAggregates', summary: 'Live totals over all items of one shipment' })
  @ApiOkResponse({ type: WbShipmentAggregates })
  @ApiErrorResponses(404, 422)
  async aggregates(@Param('shipmentId', IdParamPipe) shipmentId: number): Promise<WbShipmentAggregates> {
    return toShipmentAggregates(await this.reader.aggregates(shipmentId));
  }

  @Get(':shipmentId/items/:itemId/summary')
  @ApiOperation({ operationId: 'getWbShipmentItemSummary', summary: 'One stored item of a shipment' })
  @ApiOkResponse({ type: WbShipmentItemSummary })
  @ApiErrorResponses(404, 422)
  async itemSummary(
    @Param('shipmentId', IdParamPipe) shipmentId: number,
    @Param('itemId', IdParamPipe) itemId: number,
  ): Promise<WbShipmentItemSummary> {
    return toShipmentItemSummary(await this.reader.itemSummary(shipmentId, itemId));
  }

  @Get(':shipmentId')
  @ApiOperation({ operationId: 'getWbShipment', summary: 'One shipment with its items' })
  @ApiOkResponse({ type: WbShipmentRead })
  @ApiErrorResponses(404, 422)
  async get(@Param('shipmentId', IdParamPipe) shipmentId: number): Promise<WbShipmentRead> {
    return toShipmentRead(await this.reader.get(shipmentId));
  }

  @RequireRole(Role.Planner)
  @Patch(':shipmentId')
  @ApiOperation({ operationId: 'updateWbShipment', summary: 'Change the status and/or comment of a shipment' })
  @ApiIfUnmodifiedSinceHeader('shipment')
  @ApiBody({ type: WbShipmentUpdate })
  @ApiOkResponse({ type: WbShipmentRead })
  @ApiErrorResponses(400, 404, 409, 422)
  async update(
    @Param('shipmentId', IdParamPipe) shipmentId: number,
    @IfUnmodifiedSince() since: UnmodifiedSince | undefined,
    @Body() body: WbShipmentUpdate,
  ): Promise<WbShipmentRead> {
    return toShipmentRead(await this.editor.updateHeader(shipmentId, { status: body.status, comment: body.comment }, since));
  }

  @RequireRole(Role.Planner)
  @Patch(':shipmentId/items/:itemId')
  @ApiOperation({ operationId: 'updateWbShipmentItem', summary: 'Change final_qty and/or explanation of a draft shipment’s item' })
  @ApiIfUnmodifiedSinceHeader('shipment')
  @ApiBody({ type: WbShipmentItemUpdate })
  @ApiOkResponse({ type: WbShipmentRead, description: 'The whole shipment after the edit' })
  @ApiErrorResponses(400, 404, 409, 422)
  async updateItem(
    @Param('shipmentId', IdParamPipe) shipmentId: number,
    @Param('itemId', IdParamPipe) itemId: number,
    @IfUnmodifiedSince() since: UnmodifiedSince | undefined,
    @Body() body: WbShipmentItemUpdate,
  ): Promise<WbShipmentRead> {
    const changes = { finalQty: body.final_qty, explanation: body.explanation };
    return toShipmentRead(await this.editor.updateItem(shipmentId, itemId, changes, since));
  }
}
