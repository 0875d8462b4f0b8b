import { Leadership, nextLeadership, NOT_STARTED } from './leadership-state';

const follower: Leadership = { role: 'follower', term: null };
const leader = (term: number): Leadership => ({ role: 'leader', term });
const stopped: Leadership = { role: 'stopped', term: null };

describe('nextLeadership', () => {
  it('starting makes a follower', () => expect(nextLeadership(NOT_STARTED, { kind: 'start' })).toEqual(follower));

  it('a follower that wins the lock leads with the new term', () => {
    expect(nextLeadership(follower, { kind: 'acquired', term: 7 })).toEqual(leader(7));
  });

  it('a leader that loses the lock becomes a follower again and may campaign', () => {
    expect(nextLeadership(leader(7), { kind: 'lost' })).toEqual(follower);
  });

  it('a lock won after shutdown began is not leadership (the caller gives it back)', () => {
    expect(nextLeadership(stopped, { kind: 'acquired', term: 8 })).toEqual(stopped);
  });

  it('a process that never started cannot lead', () => {
    expect(nextLeadership(NOT_STARTED, { kind: 'acquired', term: 1 })).toEqual(NOT_STARTED);
  });

  it('stop is final from any state', () => {
    for (const state of [NOT_STARTED, follower, leader(3), stopped]) {
      const after = nextLeadership(state, { kind: 'stop' });
      expect(after).toEqual(stopped);
      expect(nextLeadership(after, { kind: 'start' })).toEqual(stopped);
    }
  });

  it('a loss reported to a follower, or a second acquisition, changes nothing', () => {
    expect(nextLeadership(follower, { kind: 'lost' })).toEqual(follower);
    expect(nextLeadership(leader(4), { kind: 'acquired', term: 5 })).toEqual(leader(4));
  });
});
