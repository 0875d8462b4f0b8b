import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiErrorResponses, RequireRole, Role } from '@supply-brain/common';
import { MonitoringStatusService } from '../application/monitoring-status.service';
import { RiskFocusService } from '../application/risk-focus.service';
import { DASHBOARD_LAYOUT } from '../domain/dashboard-layout';
import { METRIC_CATALOG } from '../domain/metric-catalog';
import { LayoutResponse, MetricsResponse } from './dto/catalog.dto';
import { RiskFocusQuery } from './dto/monitoring-queries';
import { AlertsResponse, BootstrapResponse, DashboardResponse, RiskFocusResponse, StatusResponse } from './dto/status.dto';
import {
  toAlertResponse,
  toLayoutResponse,
  toMetricResponse,
  toRecordResponse,
  toRiskFocusItem,
  toRuleResponse,
  toSnapshotResponse,
  toStatusResponse,
  toStatusSummary,
} from './monitoring.mapper';

const DEFAULT_RISK_FOCUS_LIMIT = 20;

/** Catalog, layout, status, alerts, dashboard and risk focus (03 §1.5–1.10, §1.16). */
@ApiTags('monitoring')
@Controller('planning/monitoring')
@RequireRole(Role.Reader)
export class MonitoringOverviewController {
  constructor(
    private readonly monitoring: MonitoringStatusService,
    private readonly riskFocus: RiskFocusService,
  ) {}

  @Get('metrics')
  @ApiOperation({ operationId: 'getMonitoringMetrics', summary: 'The metric catalog' })
  @ApiOkResponse({ type: MetricsResponse })
  @ApiErrorResponses()
  metrics(): MetricsResponse {
    return { items: METRIC_CATALOG.map(toMetricResponse) };
  }

  @Get('layout')
  @ApiOperation({ operationId: 'getMonitoringLayout', summary: 'The dashboard layout' })
  @ApiOkResponse({ type: LayoutResponse })
  @ApiErrorResponses()
  layout(): LayoutResponse {
    return { sections: toLayoutResponse(DASHBOARD_LAYOUT) };
  }

  @Get('bootstrap')
  @ApiOperation({ operationId: 'getMonitoringBootstrap', summary: 'Catalog, layout and status in one call' })
  @ApiOkResponse({ type: BootstrapResponse })
  @ApiErrorResponses()
  async bootstrap(): Promise<BootstrapResponse> {
    const status = await this.monitoring.status();
    return { metrics: this.metrics(), layout: this.layout(), status: toStatusResponse(status) };
  }

  @Get('status')
  @ApiOperation({ operationId: 'getMonitoringStatus', summary: 'Traffic light and alert counters' })
  @ApiOkResponse({ type: StatusResponse })
  @ApiErrorResponses()
  async status(): Promise<StatusResponse> {
    return toStatusResponse(await this.monitoring.status());
  }

  @Get('alerts')
  @ApiOperation({ operationId: 'getMonitoringAlerts', summary: 'Alert rules currently triggered' })
  @ApiOkResponse({ type: AlertsResponse })
  @ApiErrorResponses()
  async alerts(): Promise<AlertsResponse> {
    const evaluation = await this.monitoring.alerts();
    return { items: evaluation.alerts.map(toAlertResponse) };
  }

  @Get('dashboard')
  @ApiOperation({ operationId: 'getMonitoringDashboard', summary: 'Live snapshot, history, alerts, rules and status from one live build' })
  @ApiOkResponse({ type: DashboardResponse })
  @ApiErrorResponses()
  async dashboard(): Promise<DashboardResponse> {
    const dashboard = await this.monitoring.dashboard();
    return {
      snapshot: toSnapshotResponse(dashboard.snapshot),
      history: { items: dashboard.history.map(toRecordResponse) },
      alerts: { items: dashboard.status.alerts.map(toAlertResponse) },
      rules: { items: dashboard.rules.map(toRuleResponse) },
      status: toStatusSummary(dashboard.status),
    };
  }

  @Get('risk-focus')
  @ApiOperation({ operationId: 'getMonitoringRiskFocus', summary: 'The riskiest (article, bundle type) entries' })
  @ApiOkResponse({ type: RiskFocusResponse })
  @ApiErrorResponses(422)
  async topRisks(@Query() query: RiskFocusQuery): Promise<RiskFocusResponse> {
    const entries = await this.riskFocus.topRisks(query.limit ?? DEFAULT_RISK_FOCUS_LIMIT);
    return { items: entries.map(toRiskFocusItem) };
  }
}
