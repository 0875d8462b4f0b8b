/** What this process is in the election. */
export type LeadershipRole = 'disabled' | 'follower' | 'leader' | 'stopped';

export interface Leadership {
  role: LeadershipRole;
  /** The fencing term while leader, else null. */
  term: number | null;
}

export type LeadershipEvent =
  | { kind: 'start' }
  | { kind: 'acquired'; term: number }
  | { kind: 'lost' }
  | { kind: 'stop' };

export const NOT_STARTED: Leadership = { role: 'disabled', term: null };

/**
 * The election's state machine: disabled → follower on start; follower ⇄ leader as the lock is won
 * and lost; any → stopped on shutdown, for good. An acquisition that arrives when this process is
 * not a follower (it began shutting down meanwhile) leaves the state as it is: the caller must give
 * the lock back at once.
 */
export function nextLeadership(state: Leadership, event: LeadershipEvent): Leadership {
  if (state.role === 'stopped') return state;
  switch (event.kind) {
    case 'start':
      return state.role === 'disabled' ? { role: 'follower', term: null } : state;
    case 'acquired':
      return state.role === 'follower' ? { role: 'leader', term: event.term } : state;
    case 'lost':
      return state.role === 'leader' ? { role: 'follower', term: null } : state;
    case 'stop':
      return { role: 'stopped', term: null };
  }
}
