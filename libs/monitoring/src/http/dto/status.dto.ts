import { ApiProperty } from '@nestjs/swagger';
import { AlertRuleResponse } from './alert-rule.dto';
import { LayoutResponse, MetricsResponse } from './catalog.dto';
import { MonitoringSnapshotResponse, SnapshotHistoryResponse } from './snapshot.dto';

const INT = { type: 'integer', format: 'int32' } as const;

export class ActiveAlertResponse {
  @ApiProperty(INT) rule_id: number;
  @ApiProperty() name: string;
  @ApiProperty() severity: string;
  @ApiProperty() metric: string;
  @ApiProperty(INT) current_value: number;
  @ApiProperty() threshold_type: string;
  @ApiProperty(INT) threshold_value: number;
}

export class AlertsResponse {
  @ApiProperty({ type: [ActiveAlertResponse] }) items: ActiveAlertResponse[];
}

export class StatusSummaryResponse {
  @ApiProperty({ enum: ['ok', 'warning', 'critical'], enumName: 'MonitoringOverallStatus' }) overall_status: string;
  @ApiProperty(INT) critical_alerts: number;
  @ApiProperty(INT) warning_alerts: number;

  @ApiProperty({ enum: ['history', 'live'], enumName: 'MonitoringAlertsSource', description: 'Where the alert values came from' })
  alerts_source: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'created_at of the record the alerts used, or the live build time' })
  data_as_of: string;

  @ApiProperty({ description: 'The latest record is older than 3 × the snapshot interval (database clock)' })
  history_stale: boolean;
}

export class StatusResponse extends StatusSummaryResponse {
  @ApiProperty({ type: String, format: 'date-time', description: 'Build time of the live snapshot made for this request' })
  updated_at: string;
}

export class BootstrapResponse {
  @ApiProperty({ type: MetricsResponse }) metrics: MetricsResponse;
  @ApiProperty({ type: LayoutResponse }) layout: LayoutResponse;
  @ApiProperty({ type: StatusResponse }) status: StatusResponse;
}

export class AlertRulesResponse {
  @ApiProperty({ type: [AlertRuleResponse] }) items: AlertRuleResponse[];
}

export class DashboardResponse {
  @ApiProperty({ type: MonitoringSnapshotResponse }) snapshot: MonitoringSnapshotResponse;
  @ApiProperty({ type: SnapshotHistoryResponse }) history: SnapshotHistoryResponse;
  @ApiProperty({ type: AlertsResponse }) alerts: AlertsResponse;
  @ApiProperty({ type: AlertRulesResponse }) rules: AlertRulesResponse;
  @ApiProperty({ type: StatusSummaryResponse }) status: StatusSummaryResponse;
}

export class RiskFocusItem {
  @ApiProperty(INT) article_id: number;
  @ApiProperty() article_code: string;
  @ApiProperty({ ...INT, nullable: true }) bundle_type_id: number | null;
  @ApiProperty({ type: String, nullable: true }) bundle_type_name: string | null;
  @ApiProperty() risk_level: string;
  @ApiProperty({ type: 'number', format: 'double', nullable: true }) days_of_cover: number | null;
  @ApiProperty({ ...INT, nullable: true, description: 'Always null in v1' }) final_order_qty: number | null;
}

export class RiskFocusResponse {
  @ApiProperty({ type: [RiskFocusItem] }) items: RiskFocusItem[];
}
