import { computeDemand, DemandInputs } from './demand';

const inputs = (overrides: Partial<DemandInputs>): DemandInputs => ({
  articleId: 1,
  listingCount: 1,
  totalSales: 0,
  daysWithSales: 0,
  wbStock: 0,
  articleTargetCoverageDays: null,
  globalTargetCoverageDays: null,
  ...overrides,
});

describe('computeDemand (02 §4.1, examples 1–7)', () => {
  it('example 1: no mapping gives zeros, the 9999 sentinel and the built-in 60-day horizon', () => {
    const demand = computeDemand(inputs({ listingCount: 0 }));
    expect(demand).toMatchObject({
      avgDailySales: 0,
      forecastDemand: 0,
      currentStock: 0,
      coverageDays: 9999,
      deficit: 0,
      targetCoverageDays: 60,
      observationWindowDays: 30,
      forecastHorizonDays: 60,
    });
    expect(demand.explanation).toContain('No WB SKU mappings');
    expect(demand.explanation).toContain('No WB sales in the last 30 days');
  });

  it('example 3: stock without sales has no deficit and mentions the missing sales, not the mappings', () => {
    const demand = computeDemand(inputs({ wbStock: 100 }));
    expect(demand).toMatchObject({ avgDailySales: 0, currentStock: 100, coverageDays: 9999, deficit: 0 });
    expect(demand.explanation).toContain('No WB sales in the last 30 days');
    expect(demand.explanation).not.toContain('No WB SKU mappings');
  });

  it('example 4: a short history is averaged over its selling days', () => {
    const demand = computeDemand(inputs({ totalSales: 50, daysWithSales: 10, articleTargetCoverageDays: 20, globalTargetCoverageDays: 60 }));
    expect(demand).toMatchObject({ avgDailySales: 5, targetCoverageDays: 20, forecastHorizonDays: 20, forecastDemand: 100, coverageDays: 0, deficit: 100 });
    expect(demand.explanation).toContain('Sales history is shorter than 30 days');
  });

  it('example 5: the article horizon wins over the global one', () => {
    const demand = computeDemand(inputs({ totalSales: 30, daysWithSales: 5, wbStock: 20, articleTargetCoverageDays: 10, globalTargetCoverageDays: 60 }));
    expect(demand).toMatchObject({ avgDailySales: 6, forecastHorizonDays: 10, forecastDemand: 60, currentStock: 20, deficit: 40 });
    expect(demand.coverageDays).toBeCloseTo(3.3333333333333335, 12);
    expect(demand.explanation).toContain('Using article-specific target_coverage_days');
  });

  it('example 6: the global horizon applies without an article one', () => {
    const demand = computeDemand(inputs({ listingCount: 2, totalSales: 6, daysWithSales: 2, wbStock: 6, globalTargetCoverageDays: 60 }));
    expect(demand).toMatchObject({ avgDailySales: 3, forecastDemand: 180, currentStock: 6, coverageDays: 2, deficit: 174, targetCoverageDays: 60 });
    expect(demand.explanation).not.toContain('Using article-specific target_coverage_days');
  });

  it('example 7: a fractional deficit is truncated', () => {
    const demand = computeDemand(inputs({ totalSales: 7, daysWithSales: 3, articleTargetCoverageDays: 10 }));
    expect(demand.avgDailySales).toBeCloseTo(2.3333333333333335, 12);
    expect(demand.forecastDemand).toBeCloseTo(23.333333333333336, 12);
    expect(demand).toMatchObject({ coverageDays: 0, deficit: 23 });
  });

  it('a deficit that is whole in exact arithmetic keeps its last unit (W-NUM-2)', () => {
    // 7 / 5 × 45 is 62.99999999999999 in doubles; exactly 63.
    const demand = computeDemand(inputs({ totalSales: 7, daysWithSales: 5, articleTargetCoverageDays: 45 }));
    expect(demand.forecastDemand).toBeLessThan(63);
    expect(demand.deficit).toBe(63);
  });

  it('negative WB stock without sales is a deficit of its magnitude', () => {
    expect(computeDemand(inputs({ wbStock: -5 })).deficit).toBe(5);
  });
});
