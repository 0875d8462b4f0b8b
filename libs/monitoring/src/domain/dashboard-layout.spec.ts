import { DASHBOARD_LAYOUT, SOURCE_ENDPOINTS } from './dashboard-layout';
import { isTimeseriesMetric, METRIC_IDS } from './metric-catalog';
import { DEFAULT_SNAPSHOT_CRON, snapshotIntervalMs } from './snapshot-interval';

describe('dashboard layout (03 §2.6)', () => {
  const tiles = DASHBOARD_LAYOUT.flatMap((section) => section.tiles);

  it('tile ids are unique across the layout', () => {
    expect(new Set(tiles.map((tile) => tile.id)).size).toBe(tiles.length);
  });

  it('every metric named is in the catalog, and timeseries tiles only chart timeseries metrics', () => {
    for (const tile of tiles) {
      const metrics = [tile.primary_metric, ...(tile.secondary_metrics ?? [])].filter((metric): metric is string => metric !== null);
      for (const metric of metrics) expect(METRIC_IDS).toContain(metric);
      if (tile.type === 'timeseries') for (const metric of metrics) expect(isTimeseriesMetric(metric)).toBe(true);
    }
  });

  it('every tile reads one of the four monitoring routes', () => {
    for (const tile of tiles) expect(SOURCE_ENDPOINTS).toContain(tile.source_endpoint);
  });
});

describe('snapshot interval from the scheduler cron', () => {
  it('the default cron is every 15 minutes', () => {
    expect(snapshotIntervalMs(DEFAULT_SNAPSHOT_CRON)).toBe(15 * 60_000);
    expect(snapshotIntervalMs(undefined)).toBe(15 * 60_000);
  });

  it('reads other cadences, and falls back to 15 minutes on an unparsable expression', () => {
    expect(snapshotIntervalMs('0 0 * * * *')).toBe(60 * 60_000);
    expect(snapshotIntervalMs('*/2 * * * * *')).toBe(2000);
    expect(snapshotIntervalMs('not a cron')).toBe(15 * 60_000);
  });
});
