import { isApproval, statusChangeRefusal } from './shipment-status';

const FINAL = 'Cannot modify a shipment in final status';

describe('shipment status machine (spec 04 §5.5)', () => {
  it.each([
    ['draft', 'draft'],
    ['draft', 'approved'],
    ['draft', 'cancelled'],
    ['approved', 'approved'],
    ['approved', 'shipped'],
    ['approved', 'cancelled'],
  ])('%s → %s is allowed', (current, requested) => {
    expect(statusChangeRefusal(current, requested)).toBeNull();
  });

  it.each([
    ['draft', 'shipped'],
    ['approved', 'draft'],
  ])('%s → %s is an invalid transition', (current, requested) => {
    expect(statusChangeRefusal(current, requested)).toBe(`Invalid status transition from '${current}' to '${requested}'`);
  });

  it.each(['shipped', 'cancelled'])('a %s shipment refuses every request, even its own status or garbage', (current) => {
    for (const requested of ['draft', 'approved', 'shipped', 'cancelled', 'weird', null]) {
      expect(statusChangeRefusal(current, requested)).toBe(FINAL);
    }
  });

  it('an unknown status lists the statuses alphabetically; null is shown as null', () => {
    const list = "['approved', 'cancelled', 'draft', 'shipped']";
    expect(statusChangeRefusal('draft', 'weird')).toBe(`Invalid status 'weird', must be one of: ${list}`);
    expect(statusChangeRefusal('approved', null)).toBe(`Invalid status 'null', must be one of: ${list}`);
  });

  it('only draft → approved is an approval', () => {
    expect(isApproval('draft', 'approved')).toBe(true);
    expect(isApproval('approved', 'approved')).toBe(false);
    expect(isApproval('draft', undefined)).toBe(false);
  });
});
