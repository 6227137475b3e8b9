/**
 * Server-side token buckets: a request takes a token if one is there and is refused otherwise (AWS rejects, it
 * does not queue). Buckets start full and refill continuously up to their burst.
 */
import type { ApiClass, BucketLimits } from './limits';

export type Now = () => number;

class RateBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    private readonly limits: BucketLimits,
    now: number,
  ) {
    this.tokens = limits.burst;
    this.updatedAt = now;
  }

  tryTake(now: number): boolean {
    const refilled = ((now - this.updatedAt) / 1000) * this.limits.refillPerSecond;
    this.tokens = Math.min(this.limits.burst, this.tokens + refilled);
    this.updatedAt = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

export interface RateMeter {
  /** True when the request may be served; false means "answer with the service's throttling error". */
  admit(region: string, apiClass: ApiClass, action: string): boolean;
}

export function createRateMeter(limits: Record<ApiClass, BucketLimits>, meterBy: 'class' | 'action', now: Now): RateMeter {
  const buckets = new Map<string, RateBucket>();
  return {
    admit(region, apiClass, action) {
      const key = meterBy === 'action' ? `${region}/${apiClass}/${action}` : `${region}/${apiClass}`;
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = new RateBucket(limits[apiClass], now())));
      return bucket.tryTake(now());
    },
  };
}
