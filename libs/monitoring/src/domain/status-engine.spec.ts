import { ActiveAlert } from './alert-rules';
import { decideStatus, isHistoryStale } from './status-engine';

const alert = (severity: string): ActiveAlert => ({
  ruleId: 1,
  name: 'r',
  severity,
  metric: 'risk_critical',
  currentValue: 1,
  thresholdType: 'above',
  thresholdValue: 0,
});
const healthy = { riskCritical: 0, wbAccountsActive: 1, msAccountsActive: 1 };

describe('status engine (03 §2.10)', () => {
  it('a critical alert beats warning alerts and the fallbacks', () => {
    expect(decideStatus([alert('warning'), alert('critical')], { riskCritical: 5, wbAccountsActive: 0, msAccountsActive: 0 })).toEqual({
      overallStatus: 'critical',
      criticalAlerts: 1,
      warningAlerts: 1,
    });
  });

  it('warning alerts alone → warning', () => {
    expect(decideStatus([alert('warning'), alert('warning')], healthy)).toEqual({ overallStatus: 'warning', criticalAlerts: 0, warningAlerts: 2 });
  });

  it('a live critical risk without alerts is a warning, never critical', () => {
    expect(decideStatus([], { ...healthy, riskCritical: 3 }).overallStatus).toBe('warning');
  });

  it('no active WB or no active MS account → warning', () => {
    expect(decideStatus([], { ...healthy, wbAccountsActive: 0 }).overallStatus).toBe('warning');
    expect(decideStatus([], { ...healthy, msAccountsActive: 0 }).overallStatus).toBe('warning');
  });

  it('otherwise ok', () => {
    expect(decideStatus([], healthy)).toEqual({ overallStatus: 'ok', criticalAlerts: 0, warningAlerts: 0 });
  });

  it('other stored severities count in neither counter and do not change the status', () => {
    expect(decideStatus([alert('CRITICAL'), alert('info')], healthy)).toEqual({ overallStatus: 'ok', criticalAlerts: 0, warningAlerts: 0 });
  });
});

describe('history staleness (03 §5.4)', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  const minutes = (count: number) => count * 60_000;
  it('older than 3 × the interval is stale; exactly 3 × is not', () => {
    expect(isHistoryStale(new Date(now.getTime() - minutes(45)), now, minutes(15))).toBe(false);
    expect(isHistoryStale(new Date(now.getTime() - minutes(45) - 1), now, minutes(15))).toBe(true);
  });
  it('no record is not stale (alerts then come from the live snapshot)', () => {
    expect(isHistoryStale(null, now, minutes(15))).toBe(false);
  });
});
