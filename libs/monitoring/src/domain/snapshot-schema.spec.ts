import { SnapshotSchemaHistory, SnapshotSchemaVersion } from './snapshot-schema';
import { buildSeries } from './timeseries';
import { evaluateAlerts } from './alert-rules';
import { MONITORING_SNAPSHOT_SCHEMA, SNAPSHOT_SCHEMA_V1, V1_COUNTERS } from './snapshot-v1';

/** A synthetic v2: v1 plus one new metric, as a real bump would add it (a new nullable column). */
const SYNTHETIC_V2: SnapshotSchemaVersion = { version: 2, counters: [...V1_COUNTERS, 'articles_without_sales'] };
const V1_TO_V2 = new SnapshotSchemaHistory([SNAPSHOT_SCHEMA_V1, SYNTHETIC_V2]);

const v1Values = (riskCritical: number) => Object.fromEntries(V1_COUNTERS.map((counter) => [counter, counter === 'risk_critical' ? riskCritical : 0]));

describe('snapshot schema upcasting', () => {
  it('v1 is the current version and reads a v1 row unchanged', () => {
    expect(MONITORING_SNAPSHOT_SCHEMA.currentVersion).toBe(1);
    const stored = v1Values(4);
    expect(MONITORING_SNAPSHOT_SCHEMA.upcast(stored, 1)).toEqual(stored);
  });

  it('synthetic v2: a v1 row reads null for the metric v2 added, keeping every v1 value', () => {
    const upcast = V1_TO_V2.upcast({ ...v1Values(3), articles_without_sales: 0 }, 1);
    expect(upcast.articles_without_sales).toBeNull();
    expect(upcast.risk_critical).toBe(3);
    expect(Object.keys(upcast)).toEqual(SYNTHETIC_V2.counters);
  });

  it('synthetic v2: a v2 row keeps its value for the new metric', () => {
    expect(V1_TO_V2.upcast({ ...v1Values(1), articles_without_sales: 7 }, 2).articles_without_sales).toBe(7);
  });

  it('synthetic v2: timeseries omits the points of v1 rows for the new metric, old metrics span both versions', () => {
    const readings = [
      { createdAt: new Date('2025-01-03T00:00:00Z'), values: V1_TO_V2.upcast({ ...v1Values(3), articles_without_sales: 9 }, 2) },
      { createdAt: new Date('2025-01-02T00:00:00Z'), values: V1_TO_V2.upcast(v1Values(2), 1) },
      { createdAt: new Date('2025-01-01T00:00:00Z'), values: V1_TO_V2.upcast(v1Values(1), 1) },
    ];
    const [critical, withoutSales] = buildSeries(['risk_critical', 'articles_without_sales'], readings);
    expect(critical.points.map((point) => point.value)).toEqual([1, 2, 3]);
    expect(withoutSales.points).toEqual([{ timestamp: new Date('2025-01-03T00:00:00Z'), value: 9 }]);
  });

  it('synthetic v2: rules keep firing on upcast v1 rows; a metric without a value (null) never fires', () => {
    const values = V1_TO_V2.upcast(v1Values(2), 1);
    const rule = { id: 1, name: 'r', metric: 'risk_critical', thresholdType: 'above', thresholdValue: 0, severity: 'critical', isActive: true };
    expect(evaluateAlerts([rule], values)).toHaveLength(1);
    expect(evaluateAlerts([rule], { ...values, risk_critical: null })).toEqual([]);
  });

  it('an explicit upcaster can change a meaning, not just add a column', () => {
    const recounted: SnapshotSchemaVersion = {
      version: 2,
      counters: V1_COUNTERS,
      upcastFromPrevious: (previous) => ({ ...previous, risk_critical: null }),
    };
    expect(new SnapshotSchemaHistory([SNAPSHOT_SCHEMA_V1, recounted]).upcast(v1Values(5), 1).risk_critical).toBeNull();
  });

  it('a row from a newer version is projected onto the current counters', () => {
    const projected = MONITORING_SNAPSHOT_SCHEMA.upcast({ ...v1Values(2), future_metric: 1 }, 3);
    expect(Object.keys(projected)).toEqual([...V1_COUNTERS]);
  });

  it('versions must be numbered 1, 2, … without gaps', () => {
    expect(() => new SnapshotSchemaHistory([SYNTHETIC_V2])).toThrow('must be 1, 2');
    expect(() => new SnapshotSchemaHistory([])).toThrow();
  });
});
