import { isAlertMetric } from './metric-catalog';

export const THRESHOLD_TYPES = ['above', 'below'] as const;
export const SEVERITIES = ['warning', 'critical'] as const;
export type ThresholdType = (typeof THRESHOLD_TYPES)[number];
export type Severity = (typeof SEVERITIES)[number];

/** A rule as stored: legacy rows may hold values outside the enums (03 §2.11). */
export interface AlertRule {
  id: number;
  name: string;
  metric: string;
  thresholdType: string;
  thresholdValue: number;
  severity: string;
  isActive: boolean;
}

export interface ActiveAlert {
  ruleId: number;
  name: string;
  severity: string;
  metric: string;
  currentValue: number;
  thresholdType: string;
  thresholdValue: number;
}

/** Metric values the rules are evaluated on; null = not defined by the record's schema version. */
export type MetricValues = Readonly<Record<string, number | null>>;

/**
 * 03 §2.9: active rules in id order; an unknown metric, an unknown threshold type or a metric
 * without a value never triggers; comparisons are strict (equality is quiet).
 */
export function evaluateAlerts(rules: readonly AlertRule[], values: MetricValues): ActiveAlert[] {
  return [...rules]
    .filter((rule) => rule.isActive && isAlertMetric(rule.metric))
    .sort((a, b) => a.id - b.id)
    .flatMap((rule) => {
      const current = values[rule.metric];
      if (current === null || current === undefined) return [];
      const triggered =
        (rule.thresholdType === 'above' && current > rule.thresholdValue) || (rule.thresholdType === 'below' && current < rule.thresholdValue);
      if (!triggered) return [];
      return [
        {
          ruleId: rule.id,
          name: rule.name,
          severity: rule.severity,
          metric: rule.metric,
          currentValue: current,
          thresholdType: rule.thresholdType,
          thresholdValue: rule.thresholdValue,
        },
      ];
    });
}

export type NewAlertRule = Omit<AlertRule, 'id'>;

/** The baseline rules of the seed (03 §2.12); names are the idempotency key and stored byte-for-byte. */
export const BASELINE_RULES: readonly NewAlertRule[] = [
  { name: 'Есть критические риски', metric: 'risk_critical', thresholdType: 'above', thresholdValue: 0, severity: 'critical', isActive: true },
  { name: 'Слишком много warning', metric: 'risk_warning', thresholdType: 'above', thresholdValue: 5, severity: 'warning', isActive: true },
  { name: 'Нет активных WB аккаунтов', metric: 'wb_accounts_active', thresholdType: 'below', thresholdValue: 1, severity: 'critical', isActive: true },
  { name: 'Нет активных MS аккаунтов', metric: 'ms_accounts_active', thresholdType: 'below', thresholdValue: 1, severity: 'critical', isActive: true },
  { name: 'Нет статей с финальным заказом', metric: 'articles_with_orders', thresholdType: 'below', thresholdValue: 1, severity: 'warning', isActive: true },
  { name: 'Итоговый заказ отсутствует', metric: 'total_final_order_qty', thresholdType: 'below', thresholdValue: 1, severity: 'critical', isActive: true },
  { name: 'Слишком много overstock', metric: 'risk_overstock', thresholdType: 'above', thresholdValue: 10, severity: 'warning', isActive: true },
  { name: 'Много статей без данных', metric: 'risk_no_data', thresholdType: 'above', thresholdValue: 3, severity: 'warning', isActive: true },
  { name: 'Подозрительно всё хорошо', metric: 'risk_ok', thresholdType: 'below', thresholdValue: 1, severity: 'warning', isActive: false },
];

/** Whether a stored rule equals a baseline rule on all six fields (03 §2.12 step 1). */
export function matchesBaseline(rule: AlertRule, baseline: NewAlertRule): boolean {
  return (
    rule.name === baseline.name &&
    rule.metric === baseline.metric &&
    rule.thresholdType === baseline.thresholdType &&
    rule.thresholdValue === baseline.thresholdValue &&
    rule.severity === baseline.severity &&
    rule.isActive === baseline.isActive
  );
}
