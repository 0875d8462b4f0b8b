import { toIsoInstant, toIsoInstantOrNull } from '@supply-brain/common';
import { LiveSnapshot } from '../application/live-snapshot.builder';
import { MonitoringStatus } from '../application/monitoring-status.service';
import { SnapshotRecordView } from '../application/snapshot-readings';
import { ActiveAlert, AlertRule } from '../domain/alert-rules';
import { LayoutSection } from '../domain/dashboard-layout';
import { METRIC_IDS, MetricDefinition } from '../domain/metric-catalog';
import { RiskFocusEntry } from '../domain/risk-focus';
import { MetricSeries } from '../domain/timeseries';
import { AlertRuleResponse } from './dto/alert-rule.dto';
import { LayoutSectionResponse, MetricMetadataResponse } from './dto/catalog.dto';
import { MonitoringSnapshotResponse, SnapshotRecordResponse, TimeseriesSeries } from './dto/snapshot.dto';
import { ActiveAlertResponse, RiskFocusItem, StatusResponse, StatusSummaryResponse } from './dto/status.dto';

export function toSnapshotResponse(live: LiveSnapshot): MonitoringSnapshotResponse {
  const v = live.values;
  return {
    integrations: {
      wb_accounts_total: v.wb_accounts_total,
      wb_accounts_active: v.wb_accounts_active,
      ms_accounts_total: v.ms_accounts_total,
      ms_accounts_active: v.ms_accounts_active,
    },
    risks: { critical: v.risk_critical, warning: v.risk_warning, ok: v.risk_ok, overstock: v.risk_overstock, no_data: v.risk_no_data },
    orders: { articles_with_orders: v.articles_with_orders, total_final_order_qty: v.total_final_order_qty },
    updated_at: toIsoInstant(live.builtAt),
    schema_version: live.schemaVersion,
    metrics: Object.fromEntries(METRIC_IDS.map((metric) => [metric, v[metric]])),
  };
}

/** A counter the record's version did not define reads 0 on the legacy record shape (integers only). */
export function toRecordResponse(record: SnapshotRecordView): SnapshotRecordResponse {
  const counter = (name: string): number => record.values[name] ?? 0;
  return {
    id: record.id,
    created_at: toIsoInstant(record.createdAt),
    wb_accounts_total: counter('wb_accounts_total'),
    wb_accounts_active: counter('wb_accounts_active'),
    ms_accounts_total: counter('ms_accounts_total'),
    ms_accounts_active: counter('ms_accounts_active'),
    risk_critical: counter('risk_critical'),
    risk_warning: counter('risk_warning'),
    risk_ok: counter('risk_ok'),
    risk_overstock: counter('risk_overstock'),
    risk_no_data: counter('risk_no_data'),
    articles_with_orders: counter('articles_with_orders'),
    total_final_order_qty: counter('total_final_order_qty'),
    schema_version: record.schemaVersion,
    source: record.source,
    build_ms: record.buildMs,
    slot_start: toIsoInstantOrNull(record.slotStart),
  };
}

export function toSeriesResponse(series: MetricSeries): TimeseriesSeries {
  return { metric: series.metric, points: series.points.map((point) => ({ timestamp: toIsoInstant(point.timestamp), value: point.value })) };
}

export function toMetricResponse(metric: MetricDefinition): MetricMetadataResponse {
  return {
    metric: metric.metric,
    category: metric.category,
    label: metric.label,
    description: metric.description,
    supports_alerts: metric.supportsAlerts,
    supports_timeseries: metric.supportsTimeseries,
    used_in_status: metric.usedInStatus,
    since_schema_version: metric.sinceSchemaVersion,
  };
}

/** A deep copy, so no response can alter the static layout. */
export function toLayoutResponse(sections: readonly LayoutSection[]): LayoutSectionResponse[] {
  return JSON.parse(JSON.stringify(sections)) as LayoutSectionResponse[];
}

export function toAlertResponse(alert: ActiveAlert): ActiveAlertResponse {
  return {
    rule_id: alert.ruleId,
    name: alert.name,
    severity: alert.severity,
    metric: alert.metric,
    current_value: alert.currentValue,
    threshold_type: alert.thresholdType,
    threshold_value: alert.thresholdValue,
  };
}

export function toRuleResponse(rule: AlertRule): AlertRuleResponse {
  return {
    id: rule.id,
    name: rule.name,
    metric: rule.metric,
    threshold_type: rule.thresholdType,
    threshold_value: rule.thresholdValue,
    severity: rule.severity,
    is_active: rule.isActive,
  };
}

export function toStatusSummary(status: MonitoringStatus): StatusSummaryResponse {
  return {
    overall_status: status.overallStatus,
    critical_alerts: status.criticalAlerts,
    warning_alerts: status.warningAlerts,
    alerts_source: status.alertsSource,
    data_as_of: toIsoInstant(status.dataAsOf),
    history_stale: status.historyStale,
  };
}

export function toStatusResponse(status: MonitoringStatus): StatusResponse {
  return { ...toStatusSummary(status), updated_at: toIsoInstant(status.updatedAt) };
}

export function toRiskFocusItem(entry: RiskFocusEntry): RiskFocusItem {
  return {
    article_id: entry.articleId,
    article_code: entry.articleCode,
    bundle_type_id: entry.bundleTypeId,
    bundle_type_name: entry.bundleTypeName,
    risk_level: entry.riskLevel,
    days_of_cover: entry.daysOfCover,
    final_order_qty: null,
  };
}
