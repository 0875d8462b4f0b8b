import { campaignDelay } from './campaign-delay';

describe('campaignDelay', () => {
  it('stays within the last quarter of the retry period, so a free lock is taken within one period', () => {
    for (let i = 0; i < 1000; i++) {
      const delay = campaignDelay(2000);
      expect(delay).toBeGreaterThanOrEqual(1500);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });

  it('the bounds are reached at the extremes of the random draw', () => {
    expect(campaignDelay(2000, 0)).toBe(1500);
    expect(campaignDelay(2000, 1)).toBe(2000);
    expect(campaignDelay(400, 0.5)).toBe(350);
  });

  it('a random draw outside [0, 1] is clamped', () => {
    expect(campaignDelay(1000, -3)).toBe(750);
    expect(campaignDelay(1000, 7)).toBe(1000);
  });

  it('spreads replicas out: draws differ', () => {
    const delays = new Set(Array.from({ length: 50 }, () => campaignDelay(2000)));
    expect(delays.size).toBeGreaterThan(10);
  });
});
