import { AlertRule, BASELINE_RULES, evaluateAlerts } from './alert-rules';
import { ALERT_METRICS, METRIC_CATALOG } from './metric-catalog';

let nextId = 1;
const rule = (overrides: Partial<AlertRule>): AlertRule => ({
  id: nextId++,
  name: 'rule',
  metric: 'risk_critical',
  thresholdType: 'above',
  thresholdValue: 0,
  severity: 'critical',
  isActive: true,
  ...overrides,
});

describe('alert evaluation (03 §2.9)', () => {
  it('above and below are strict: equality is quiet', () => {
    const rules = [rule({ metric: 'risk_warning', thresholdValue: 5 }), rule({ metric: 'wb_accounts_active', thresholdType: 'below', thresholdValue: 1 })];
    expect(evaluateAlerts(rules, { risk_warning: 5, wb_accounts_active: 1 })).toEqual([]);
    expect(evaluateAlerts(rules, { risk_warning: 6, wb_accounts_active: 0 }).map((alert) => alert.currentValue)).toEqual([6, 0]);
  });

  it('skips inactive rules, unknown metrics, unknown threshold types and the stored totals', () => {
    const rules = [
      rule({ isActive: false }),
      rule({ metric: 'unknown_metric' }),
      rule({ thresholdType: 'weird' }),
      rule({ metric: 'wb_accounts_total' }),
    ];
    expect(evaluateAlerts(rules, { risk_critical: 9, wb_accounts_total: 9 })).toEqual([]);
  });

  it('lists triggered rules by ascending id, copying the rule and the current value', () => {
    const later = rule({ id: 20, name: 'later', severity: 'warning' });
    const earlier = rule({ id: 10, name: 'earlier' });
    expect(evaluateAlerts([later, earlier], { risk_critical: 2 })).toEqual([
      { ruleId: 10, name: 'earlier', severity: 'critical', metric: 'risk_critical', currentValue: 2, thresholdType: 'above', thresholdValue: 0 },
      { ruleId: 20, name: 'later', severity: 'warning', metric: 'risk_critical', currentValue: 2, thresholdType: 'above', thresholdValue: 0 },
    ]);
  });
});

describe('catalog and seed invariants (03 §2.5, scenario 16)', () => {
  it('every alert-capable metric is used in status; every seed metric is alert-capable', () => {
    for (const metric of METRIC_CATALOG.filter((entry) => entry.supportsAlerts)) expect(metric.usedInStatus).toBe(true);
    for (const baseline of BASELINE_RULES) expect(ALERT_METRICS).toContain(baseline.metric);
  });

  it('the 9 baseline rules, only the last inactive', () => {
    expect(BASELINE_RULES).toHaveLength(9);
    expect(BASELINE_RULES.map((baseline) => baseline.isActive)).toEqual([true, true, true, true, true, true, true, true, false]);
  });
});
