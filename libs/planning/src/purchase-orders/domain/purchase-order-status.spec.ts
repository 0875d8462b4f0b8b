import { canTransition, invalidStatusMessage, invalidTransitionMessage, isPurchaseOrderStatus } from './purchase-order-status';

describe('purchase-order lifecycle (01 §4.1)', () => {
  it.each([
    ['draft', 'draft'],
    ['draft', 'approved'],
    ['draft', 'cancelled'],
    ['approved', 'approved'],
    ['approved', 'cancelled'],
    ['cancelled', 'cancelled'],
  ] as const)('allows %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
  });

  it.each([
    ['approved', 'draft'],
    ['cancelled', 'draft'],
    ['cancelled', 'approved'],
  ] as const)('refuses %s → %s', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
  });

  it('a stored status outside the three permits no transition at all', () => {
    expect(canTransition('on_hold', 'draft')).toBe(false);
    expect(canTransition('on_hold', 'cancelled')).toBe(false);
  });

  it('only the three exact, case-sensitive strings are statuses', () => {
    expect(['draft', 'approved', 'cancelled'].every(isPurchaseOrderStatus)).toBe(true);
    expect([null, 'Draft', ' draft', '', 1].some(isPurchaseOrderStatus)).toBe(false);
  });

  it('messages keep the original wording with an alphabetical list; null reads null', () => {
    expect(invalidStatusMessage('x')).toBe("Invalid status 'x', must be one of: ['approved', 'cancelled', 'draft']");
    expect(invalidStatusMessage(null)).toBe("Invalid status 'null', must be one of: ['approved', 'cancelled', 'draft']");
    expect(invalidTransitionMessage('approved', 'draft')).toBe("Invalid status transition from 'approved' to 'draft'");
  });
});
