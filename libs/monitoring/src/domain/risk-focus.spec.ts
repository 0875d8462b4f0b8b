import { riskFocus, RiskFocusEntry } from './risk-focus';

const entry = (articleId: number, riskLevel: string, bundleTypeId: number | null = 1, articleCode = `A${articleId}`): RiskFocusEntry => ({
  articleId,
  articleCode,
  bundleTypeId,
  bundleTypeName: null,
  riskLevel,
  daysOfCover: null,
});

describe('risk focus order (03 §2.13)', () => {
  it('level priority critical, warning, no_data, ok, overstock, then anything else', () => {
    const levels = ['strange', 'overstock', 'ok', 'no_data', 'warning', 'critical'];
    expect(riskFocus(levels.map((level, index) => entry(index + 1, level)), 10).map((item) => item.riskLevel)).toEqual([
      'critical', 'warning', 'no_data', 'ok', 'overstock', 'strange',
    ]);
  });

  it('ties by article id, then bundle type id, then article code', () => {
    const sorted = riskFocus([entry(3, 'warning', 2, 'C'), entry(1, 'warning', 2, 'A'), entry(1, 'warning', 1, 'A'), entry(2, 'warning', 1, 'B')], 10);
    expect(sorted.map((item) => [item.articleId, item.bundleTypeId])).toEqual([[1, 1], [1, 2], [2, 1], [3, 2]]);
  });

  it('takes the first `limit` entries', () => {
    expect(riskFocus([entry(1, 'ok'), entry(2, 'critical'), entry(3, 'warning')], 2).map((item) => item.articleId)).toEqual([2, 3]);
  });
});
