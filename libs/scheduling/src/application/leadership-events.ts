/** Why a leader stopped leading: it lost the lock (or could not prove it still held it), or the process is shutting down. */
export type LeadershipLossReason = 'lost' | 'shutdown';

export interface LeadershipEventMap {
  'leadership.acquired': { term: number };
  'leadership.lost': { term: number; reason: LeadershipLossReason; detail: string };
}

type Listener<K extends keyof LeadershipEventMap> = (payload: LeadershipEventMap[K]) => void | Promise<void>;

/**
 * The election's events. `emit` resolves once every listener has settled, so on shutdown the
 * election gives up the lock only after its jobs have finished (or given up) their runs.
 */
export class LeadershipEvents {
  private readonly listeners = new Map<keyof LeadershipEventMap, Set<Listener<never>>>();

  on<K extends keyof LeadershipEventMap>(event: K, listener: Listener<K>): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as Listener<never>);
    this.listeners.set(event, set);
    return () => set.delete(listener as Listener<never>);
  }

  async emit<K extends keyof LeadershipEventMap>(event: K, payload: LeadershipEventMap[K]): Promise<void> {
    const listeners = [...(this.listeners.get(event) ?? [])] as Listener<K>[];
    await Promise.allSettled(listeners.map(async (listener) => listener(payload)));
  }
}
