/** The shortest wait between two campaigns of one follower, as a share of the retry period. */
export const CAMPAIGN_DELAY_MIN_SHARE = 0.75;

/**
 * How long a follower waits before it tries the lock again: a random point in the last quarter of
 * the retry period, so replicas started together spread out, yet each tries within one period —
 * a released lock is taken again within `retryMs`.
 */
export function campaignDelay(retryMs: number, random: number = Math.random()): number {
  const share = CAMPAIGN_DELAY_MIN_SHARE + (1 - CAMPAIGN_DELAY_MIN_SHARE) * Math.min(Math.max(random, 0), 1);
  return Math.round(retryMs * share);
}
