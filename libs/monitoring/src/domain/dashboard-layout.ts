/** The static dashboard layout (03 §2.6): 4 sections, 8 tiles, in this order. */

export type TileType = 'counter' | 'timeseries' | 'table_link';

export const MONITORING_BASE = '/api/v1/planning/monitoring';

export interface LayoutTile {
  id: string;
  title: string;
  description: string;
  type: TileType;
  primary_metric: string | null;
  secondary_metrics: string[] | null;
  source_endpoint: string;
  source_params: Record<string, unknown> | null;
}

export interface LayoutSection {
  id: string;
  title: string;
  description: string | null;
  tiles: LayoutTile[];
}

export const SOURCE_ENDPOINTS = ['status', 'snapshot', 'timeseries', 'risk-focus'].map((path) => `${MONITORING_BASE}/${path}`);

export const DASHBOARD_LAYOUT: readonly LayoutSection[] = [
  {
    id: 'status',
    title: 'Overall status',
    description: 'Traffic light and alert counters',
    tiles: [
      {
        id: 'status_summary',
        title: 'Monitoring status',
        description: 'Overall status with the number of critical and warning alerts.',
        type: 'counter',
        primary_metric: null,
        secondary_metrics: null,
        source_endpoint: `${MONITORING_BASE}/status`,
        source_params: null,
      },
    ],
  },
  {
    id: 'risk',
    title: 'Risk portfolio',
    description: 'How bundle risk levels are distributed and how they evolve',
    tiles: [
      {
        id: 'risk_counters',
        title: 'Risk level counters',
        description: 'Current number of bundle-risk entries per risk level.',
        type: 'counter',
        primary_metric: 'risk_critical',
        secondary_metrics: ['risk_warning', 'risk_ok', 'risk_overstock', 'risk_no_data'],
        source_endpoint: `${MONITORING_BASE}/snapshot`,
        source_params: null,
      },
      {
        id: 'risk_timeseries',
        title: 'Critical risk timeseries',
        description: 'Critical bundle-risk entries over the latest snapshots.',
        type: 'timeseries',
        primary_metric: 'risk_critical',
        secondary_metrics: null,
        source_endpoint: `${MONITORING_BASE}/timeseries`,
        source_params: { metrics: ['risk_critical'], limit: 30 },
      },
      {
        id: 'risk_top_articles',
        title: 'Top risky articles',
        description: 'The riskiest article and bundle type pairs.',
        type: 'table_link',
        primary_metric: null,
        secondary_metrics: null,
        source_endpoint: `${MONITORING_BASE}/risk-focus`,
        source_params: { limit: 20 },
      },
    ],
  },
  {
    id: 'integrations',
    title: 'Integrations health',
    description: 'State and trend of WB and MoySklad accounts',
    tiles: [
      {
        id: 'integrations_counters',
        title: 'Integration accounts counters',
        description: 'Active Wildberries and MoySklad accounts right now.',
        type: 'counter',
        primary_metric: 'wb_accounts_active',
        secondary_metrics: ['ms_accounts_active'],
        source_endpoint: `${MONITORING_BASE}/snapshot`,
        source_params: null,
      },
      {
        id: 'integrations_timeseries',
        title: 'Integrations activity timeseries',
        description: 'Active Wildberries and MoySklad accounts over the latest snapshots.',
        type: 'timeseries',
        primary_metric: 'wb_accounts_active',
        secondary_metrics: ['ms_accounts_active'],
        source_endpoint: `${MONITORING_BASE}/timeseries`,
        source_params: { metrics: ['wb_accounts_active', 'ms_accounts_active'], limit: 30 },
      },
    ],
  },
  {
    id: 'orders',
    title: 'Orders summary',
    description: 'Order coverage and ordered quantity over time',
    tiles: [
      {
        id: 'orders_counters',
        title: 'Orders counters',
        description: 'Articles with a final order and the total quantity ordered.',
        type: 'counter',
        primary_metric: 'articles_with_orders',
        secondary_metrics: ['total_final_order_qty'],
        source_endpoint: `${MONITORING_BASE}/snapshot`,
        source_params: null,
      },
      {
        id: 'orders_timeseries',
        title: 'Orders quantity timeseries',
        description: 'Total final order quantity over the latest snapshots.',
        type: 'timeseries',
        primary_metric: 'total_final_order_qty',
        secondary_metrics: null,
        source_endpoint: `${MONITORING_BASE}/timeseries`,
        source_params: { metrics: ['total_final_order_qty'], limit: 30 },
      },
    ],
  },
];
