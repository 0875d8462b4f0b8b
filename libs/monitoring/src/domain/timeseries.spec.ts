import { isTimeseriesMetric } from './metric-catalog';
import { buildSeries, selectTimeseriesMetrics } from './timeseries';

describe('timeseries (03 §1.4)', () => {
  it('de-duplicates keeping first occurrence; unknown ids are ignored, in request order', () => {
    expect(selectTimeseriesMetrics(['risk_ok', 'foo', 'risk_ok', 'wb_accounts_total', 'foo', 'risk_critical'], isTimeseriesMetric)).toEqual({
      metrics: ['risk_ok', 'risk_critical'],
      ignored: ['foo', 'wb_accounts_total'],
    });
  });

  it('points are chronological whatever the read order; no records → no series', () => {
    const readings = [
      { createdAt: new Date('2025-01-02T00:00:00Z'), values: { risk_ok: 2 } },
      { createdAt: new Date('2025-01-01T00:00:00Z'), values: { risk_ok: 1 } },
    ];
    expect(buildSeries(['risk_ok'], readings)).toEqual([
      {
        metric: 'risk_ok',
        points: [
          { timestamp: new Date('2025-01-01T00:00:00Z'), value: 1 },
          { timestamp: new Date('2025-01-02T00:00:00Z'), value: 2 },
        ],
      },
    ]);
    expect(buildSeries(['risk_ok'], [])).toEqual([]);
  });
});
