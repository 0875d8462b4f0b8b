import { CounterValues } from './snapshot-schema';

/** A record read as the current schema version (upcast), for history, timeseries and alerts. */
export interface SnapshotReading {
  createdAt: Date;
  values: CounterValues;
}

export interface MetricSeries {
  metric: string;
  points: { timestamp: Date; value: number }[];
}

export interface TimeseriesSelection {
  /** Requested metrics to chart, de-duplicated, first occurrence kept. */
  metrics: string[];
  /** Requested ids that are not timeseries-capable, in request order (03 §5.9). */
  ignored: string[];
}

/** 03 §1.4 step 3: de-duplicate keeping first occurrence; split into chartable and ignored ids. */
export function selectTimeseriesMetrics(requested: readonly string[], isTimeseriesMetric: (id: string) => boolean): TimeseriesSelection {
  const distinct = [...new Set(requested)];
  return { metrics: distinct.filter(isTimeseriesMetric), ignored: distinct.filter((id) => !isTimeseriesMetric(id)) };
}

/**
 * One series per metric over the readings in chronological order (`newestFirst` reversed). A point
 * whose value the record's version did not define (null) is omitted, so `value` stays an integer.
 */
export function buildSeries(metrics: readonly string[], newestFirst: readonly SnapshotReading[]): MetricSeries[] {
  if (newestFirst.length === 0) return [];
  const chronological = [...newestFirst].reverse();
  return metrics.map((metric) => ({
    metric,
    points: chronological.flatMap((reading) => {
      const value = reading.values[metric];
      return value === null || value === undefined ? [] : [{ timestamp: reading.createdAt, value }];
    }),
  }));
}
