import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, BusinessRuleError, RequireRole, Role } from '@supply-brain/common';
import { LiveSnapshotBuilder } from '../application/live-snapshot.builder';
import { MonitoringSnapshotService } from '../application/monitoring-snapshot.service';
import { readRecord } from '../application/snapshot-readings';
import { SnapshotHistoryService } from '../application/snapshot-history.service';
import { HistoryQuery, TimeseriesQuery } from './dto/monitoring-queries';
import { MonitoringSnapshotResponse, SnapshotHistoryResponse, SnapshotRecordResponse, TimeseriesResponse } from './dto/snapshot.dto';
import { toRecordResponse, toSeriesResponse, toSnapshotResponse } from './monitoring.mapper';

const DEFAULT_RECORD_LIMIT = 30;

/** Live snapshot, manual capture, history and timeseries (03 §1.1–1.4). */
@ApiTags('monitoring')
@Controller('planning/monitoring')
@RequireRole(Role.Reader)
export class MonitoringSnapshotController {
  constructor(
    private readonly builder: LiveSnapshotBuilder,
    private readonly capture: MonitoringSnapshotService,
    private readonly records: SnapshotHistoryService,
  ) {}

  @Get('snapshot')
  @ApiOperation({ operationId: 'getMonitoringSnapshot', summary: 'Live snapshot of the monitoring counters (not stored)' })
  @ApiOkResponse({ type: MonitoringSnapshotResponse })
  @ApiErrorResponses()
  async snapshot(): Promise<MonitoringSnapshotResponse> {
    return toSnapshotResponse(await this.builder.build());
  }

  @Post('snapshot/capture')
  @HttpCode(200)
  @RequireRole(Role.Admin)
  @ApiOperation({ operationId: 'captureMonitoringSnapshot', summary: 'Build a live snapshot and store it as a record' })
  @ApiOkResponse({ type: SnapshotRecordResponse })
  @ApiErrorResponses()
  async captureSnapshot(): Promise<SnapshotRecordResponse> {
    const result = await this.capture.captureSnapshot({ source: 'manual' });
    // A manual capture is never deduplicated, so a record is always written.
    return toRecordResponse(readRecord(result.record!));
  }

  @Get('history')
  @ApiOperation({ operationId: 'getMonitoringHistory', summary: 'Latest snapshot records, newest first' })
  @ApiOkResponse({ type: SnapshotHistoryResponse })
  @ApiErrorResponses(422)
  async history(@Query() query: HistoryQuery): Promise<SnapshotHistoryResponse> {
    const records = await this.records.history({ limit: query.limit ?? DEFAULT_RECORD_LIMIT, from: query.from, to: query.to });
    return { items: records.map(toRecordResponse) };
  }

  @Get('timeseries')
  @ApiOperation({ operationId: 'getMonitoringTimeseries', summary: 'One series per metric over the latest records, oldest point first' })
  @ApiOkResponse({ type: TimeseriesResponse })
  @ApiErrorResponses(400, 422)
  async timeseries(@Query() query: TimeseriesQuery): Promise<TimeseriesResponse> {
    if (query.metrics === undefined) throw new BusinessRuleError('metrics query parameter is required');
    const result = await this.records.timeseries(query.metrics, { limit: query.limit ?? DEFAULT_RECORD_LIMIT, from: query.from, to: query.to });
    return { items: result.items.map(toSeriesResponse), ignored_metrics: result.ignoredMetrics };
  }
}
