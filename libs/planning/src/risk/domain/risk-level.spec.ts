import { classifyRisk, CoverageFigures, riskThresholds, RiskThresholds } from './risk-level';

const defaults = riskThresholds(undefined);
const settings = (safety: number, alert: number): RiskThresholds => riskThresholds({ safetyStockDays: safety, alertThresholdDays: alert });
/** Sales of `perDay` on each of `days` days, so the C6 rate is exactly perDay. */
const cover = (total: number, perDay: number, days = 10): CoverageFigures => ({ totalAvailableBundles: total, unitsSold: perDay * days, salesDays: perDay === 0 ? 0 : days });

describe('risk thresholds (02 §4.7)', () => {
  it('example 39: without planning settings they are 7 / 14 / 42', () => {
    expect(defaults).toEqual({ safetyStockDays: 7, alertThresholdDays: 14, overstockThresholdDays: 42 });
  });

  it('come from the settings row and overstock is three times the alert threshold', () => {
    expect(settings(5, 11)).toEqual({ safetyStockDays: 5, alertThresholdDays: 11, overstockThresholdDays: 33 });
    expect(settings(0, 0)).toEqual({ safetyStockDays: 0, alertThresholdDays: 0, overstockThresholdDays: 0 });
  });
});

describe('risk classification (02 §4.7, §5.5)', () => {
  it('example 34: critical, warning, ok and overstock at 2 bundles a day', () => {
    expect([8, 20, 30, 100].map((total) => classifyRisk(cover(total, 2), settings(7, 14)))).toEqual(['critical', 'warning', 'ok', 'overstock']);
  });

  it('example 35: no sales but stock is overstock', () => {
    expect(classifyRisk(cover(50, 0), settings(7, 14))).toBe('overstock');
  });

  it('example 38: boundaries are decided exactly', () => {
    const levels = [14, 15, 28, 29, 83, 84, 0].map((total) => classifyRisk(cover(total, 2), settings(7, 14)));
    expect(levels).toEqual(['critical', 'warning', 'warning', 'ok', 'ok', 'overstock', 'critical']);
  });

  it('boundaries a float quotient would miss: 17 sales over 7 days', () => {
    // 17 / (17 / 7) is 7.000000000000001 and 34 / (17 / 7) is 14.000000000000002 in doubles; exactly they are 7 and 14.
    expect(classifyRisk({ totalAvailableBundles: 17, unitsSold: 17, salesDays: 7 }, defaults)).toBe('critical');
    expect(classifyRisk({ totalAvailableBundles: 34, unitsSold: 17, salesDays: 7 }, defaults)).toBe('warning');
    expect(classifyRisk({ totalAvailableBundles: 102, unitsSold: 17, salesDays: 7 }, defaults)).toBe('overstock');
    expect(classifyRisk({ totalAvailableBundles: 101, unitsSold: 17, salesDays: 7 }, defaults)).toBe('ok');
  });

  it('example 40: zero thresholds make any cover overstock and no cover critical', () => {
    const zero = settings(0, 0);
    expect(classifyRisk(cover(1, 2), zero)).toBe('overstock');
    expect(classifyRisk(cover(0, 2), zero)).toBe('critical');
    expect(classifyRisk(cover(10, 0), zero)).toBe('overstock');
    expect(classifyRisk(cover(0, 0), zero)).toBe('no_data');
  });

  it('no sales and no stock is no_data; a negative rate (returns) is no_data', () => {
    expect(classifyRisk(cover(0, 0), defaults)).toBe('no_data');
    expect(classifyRisk(cover(-5, 0), defaults)).toBe('no_data');
    expect(classifyRisk({ totalAvailableBundles: 40, unitsSold: -4, salesDays: 3 }, defaults)).toBe('no_data');
  });

  it('sales rows that sum to zero are a zero rate', () => {
    expect(classifyRisk({ totalAvailableBundles: 5, unitsSold: 0, salesDays: 4 }, defaults)).toBe('overstock');
    expect(classifyRisk({ totalAvailableBundles: 0, unitsSold: 0, salesDays: 4 }, defaults)).toBe('no_data');
  });

  it('negative stock with sales has zero days of cover, hence critical', () => {
    expect(classifyRisk(cover(-3, 2), defaults)).toBe('critical');
  });

  it('safety above alert leaves the warning band empty', () => {
    const inverted = settings(10, 5);
    expect(classifyRisk(cover(20, 2), inverted)).toBe('critical');
    expect(classifyRisk(cover(22, 2), inverted)).toBe('ok');
    expect(classifyRisk(cover(30, 2), inverted)).toBe('overstock');
  });

  it('null thresholds match no band', () => {
    expect(classifyRisk(cover(20, 2), { safetyStockDays: null, alertThresholdDays: null, overstockThresholdDays: null })).toBe('no_data');
  });

  it('stays exact beyond double precision', () => {
    const huge = { totalAvailableBundles: 2 ** 31 - 1, unitsSold: 2 ** 31 - 1, salesDays: 30 };
    expect(classifyRisk(huge, settings(30, 40))).toBe('critical');
    expect(classifyRisk({ ...huge, totalAvailableBundles: 2 ** 31 }, settings(30, 40))).toBe('warning');
  });
});
