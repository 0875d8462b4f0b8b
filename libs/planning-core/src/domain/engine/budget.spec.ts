import { RunCapitalTracker } from './budget';
import type { RunSku } from './lot-sizing';

const sku = (final: number, unitCost: number): RunSku => ({ final: { final }, unitCost }) as unknown as RunSku;
const fullSum = (run: RunSku[]): number => run.reduce((sum, s) => sum + s.final.final * (s.unitCost ?? 0), 0);

describe('RunCapitalTracker', () => {
  function replay(costs: number[], finals: number[], changes: [number, number][]): void {
    const run = costs.map((c, k) => sku(finals[k], c));
    const tracker = new RunCapitalTracker(run);
    expect(Object.is(tracker.total(), fullSum(run))).toBe(true);
    for (const [k, next] of changes) {
      tracker.change(run[k], next);
      run[k].final.final = next;
      expect(Object.is(tracker.total(), fullSum(run))).toBe(true);
    }
  }

  it('matches the run-order sum bit for bit with integer costs', () => {
    replay([1, 3, 2, 7], [10, 0, 40, 5], [[1, 20], [3, 30], [0, 10], [2, 0]]);
  });

  it('matches the run-order sum bit for bit with fractional costs', () => {
    // 0.1-style costs round differently in another summation order; the tracker must not reorder.
    // A running total would give 0.7000000000000002 after the first change; the run-order sum is 0.7.
    replay([0.1, 0.2, 0.3], [1, 1, 1], [[0, 2], [2, 5], [1, 3]]);
  });

  it('falls back to the run-order sum once a change makes a term fractional', () => {
    replay([1, 2, 0.7], [10, 20, 0], [[0, 11], [2, 3], [1, 4]]);
  });
});
