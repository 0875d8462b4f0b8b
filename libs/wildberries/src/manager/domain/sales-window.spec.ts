import { coverageBelow, coverageDays, oosRisk } from './sales-window';

describe('OOS risk and coverage (04 §5.1–5.2)', () => {
  it.each([
    [0, 30, 'red'],
    [2, 30, 'red'],
    [3, 30, 'yellow'],
    [7, 30, 'yellow'],
    [8, 30, 'green'],
    [-5, 30, 'red'],
    [0, 0, 'green'],
    [10, 0, 'green'],
    [10, -3, 'green'],
  ])('stock %i with sales_30d %i is %s', (stock, sales30d, risk) => {
    expect(oosRisk(stock, sales30d)).toBe(risk);
  });

  it('coverage has the 9999 sentinel for stock without sales and 0 for neither', () => {
    expect(coverageDays(10, 0)).toBe(9999);
    expect(coverageDays(0, 0)).toBe(0);
    expect(coverageDays(18, 22)).toBeCloseTo(24.545454545454547, 12);
  });

  it('the minimum-coverage flag compares exactly', () => {
    expect(coverageBelow(5, 30, 5)).toBe(false);
    expect(coverageBelow(4, 30, 5)).toBe(true);
    expect(coverageBelow(10, 0, 7)).toBe(false);
    expect(coverageBelow(0, 0, 7)).toBe(true);
  });
});
