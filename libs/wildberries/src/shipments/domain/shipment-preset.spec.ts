import { addDays, medianTransitDays } from './shipment-preset';

describe('preset transit days (spec 04 §5.7)', () => {
  it('no plausible transit falls back to 7 days', () => {
    expect(medianTransitDays([])).toBe(7);
    expect(medianTransitDays([0, 25])).toBe(7);
  });

  it('an odd count takes the middle value', () => {
    expect(medianTransitDays([10, 3, 7])).toBe(7);
  });

  it('an even count rounds the mean of the middle pair half to even', () => {
    expect(medianTransitDays([3, 4])).toBe(4);
    expect(medianTransitDays([2, 3])).toBe(2);
    expect(medianTransitDays([1, 2])).toBe(2);
    expect(medianTransitDays([2, 6])).toBe(4);
  });

  it('date arithmetic is in calendar days across month ends', () => {
    expect(addDays('2025-02-01', 7)).toBe('2025-02-08');
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
  });
});
