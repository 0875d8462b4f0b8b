/** The static catalog of monitoring metrics (03 §2.5), in its contractual order. */

export const METRIC_IDS = [
  'risk_critical',
  'risk_warning',
  'risk_ok',
  'risk_overstock',
  'risk_no_data',
  'wb_accounts_active',
  'ms_accounts_active',
  'articles_with_orders',
  'total_final_order_qty',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

export interface MetricDefinition {
  metric: MetricId;
  category: 'risk' | 'integrations' | 'orders';
  label: string;
  description: string;
  supportsAlerts: boolean;
  supportsTimeseries: boolean;
  /** "Can affect status, directly or through alert rules" (03 §5.8). */
  usedInStatus: boolean;
  /** The snapshot schema version that introduced the metric (03 §5.3). */
  sinceSchemaVersion: number;
}

const metric = (metricId: MetricId, category: MetricDefinition['category'], label: string, description: string): MetricDefinition => ({
  metric: metricId,
  category,
  label,
  description,
  supportsAlerts: true,
  supportsTimeseries: true,
  usedInStatus: true,
  sinceSchemaVersion: 1,
});

export const METRIC_CATALOG: readonly MetricDefinition[] = [
  metric('risk_critical', 'risk', 'Critical risk articles', 'Count of bundle-risk entries at level critical.'),
  metric('risk_warning', 'risk', 'Warning risk articles', 'Count of bundle-risk entries at level warning.'),
  metric('risk_ok', 'risk', 'OK risk articles', 'Count of bundle-risk entries at level ok.'),
  metric('risk_overstock', 'risk', 'Overstock risk articles', 'Count of bundle-risk entries classified as overstock.'),
  metric('risk_no_data', 'risk', 'No-data risk articles', 'Count of bundle-risk entries lacking data for a verdict.'),
  metric('wb_accounts_active', 'integrations', 'Active WB accounts', 'Number of Wildberries integration accounts flagged active.'),
  metric('ms_accounts_active', 'integrations', 'Active MoySklad accounts', 'Number of MoySklad integration accounts flagged active.'),
  metric('articles_with_orders', 'orders', 'Articles with final orders', 'Articles whose current final order quantity is positive.'),
  metric('total_final_order_qty', 'orders', 'Total final order quantity', 'Sum of final order quantities across all articles.'),
];

export const ALERT_METRICS: readonly string[] = METRIC_CATALOG.filter((entry) => entry.supportsAlerts).map((entry) => entry.metric);
export const TIMESERIES_METRICS: readonly string[] = METRIC_CATALOG.filter((entry) => entry.supportsTimeseries).map((entry) => entry.metric);

export const isAlertMetric = (value: string): value is MetricId => ALERT_METRICS.includes(value);
export const isTimeseriesMetric = (value: string): value is MetricId => TIMESERIES_METRICS.includes(value);
