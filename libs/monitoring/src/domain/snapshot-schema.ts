/*
 * Versioned snapshot schema (03 §5.3). A version names the counters it defines; reading a record of
 * an older version goes through the upcasters of every later version, so timeseries and alerts can
 * span versions. A counter a record's version did not define reads as null (no value, never 0).
 */

/** Counter values of one snapshot, keyed by record column; null = not defined by the record's version. */
export type CounterValues = Readonly<Record<string, number | null>>;

export interface SnapshotSchemaVersion {
  version: number;
  /** Every counter (record column) this version defines, old ones included. */
  counters: readonly string[];
  /**
   * Turns the values of the previous version into this version's. Default: keep the common
   * counters, new counters null, dropped counters gone.
   */
  upcastFromPrevious?: (previous: CounterValues) => CounterValues;
}

/** The ordered list of snapshot schema versions, 1 … current. */
export class SnapshotSchemaHistory {
  readonly current: SnapshotSchemaVersion;

  constructor(private readonly versions: readonly SnapshotSchemaVersion[]) {
    versions.forEach((entry, index) => {
      if (entry.version !== index + 1) throw new Error(`Snapshot schema versions must be 1, 2, …; got ${entry.version} at position ${index + 1}`);
    });
    if (versions.length === 0) throw new Error('A snapshot schema needs at least one version');
    this.current = versions[versions.length - 1];
  }

  get currentVersion(): number {
    return this.current.version;
  }

  /**
   * The values of a record written with `version`, read as the current version. A record from a
   * newer version (a replica already running newer code) is projected onto the current counters.
   */
  upcast(stored: CounterValues, version: number): CounterValues {
    if (version >= this.current.version) return pick(stored, this.current.counters);
    const origin = this.versions[Math.max(version, 1) - 1];
    let values = pick(stored, origin.counters);
    for (const next of this.versions.slice(origin.version)) {
      values = next.upcastFromPrevious ? next.upcastFromPrevious(values) : pick(values, next.counters);
    }
    return values;
  }
}

/** Exactly `counters`, each from `values` or null when absent. */
function pick(values: CounterValues, counters: readonly string[]): CounterValues {
  return Object.fromEntries(counters.map((counter) => [counter, values[counter] ?? null]));
}
