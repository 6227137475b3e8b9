/**
 * A token bucket that never rejects: a caller without a token reserves the next one and waits for it. Tokens go
 * negative as a queue of reservations, so waiters are served in arrival order and the long-run rate never
 * exceeds `refillPerSecond` (AWS meters EC2 exactly this way: a bucket per account, region and API class).
 */

/** Time, injected so that tests run instantly and deterministically. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export interface BucketLimits {
  /** Tokens available at once (AWS's "bucket maximum capacity"). */
  burst: number;
  /** Tokens added per second (AWS's "refill rate"). */
  refillPerSecond: number;
}

export class TokenBucket {
  private tokens: number;
  private updatedAt: number;

  constructor(
    readonly limits: BucketLimits,
    private readonly clock: Clock,
  ) {
    this.tokens = limits.burst;
    this.updatedAt = clock.now();
  }

  /** Resolves when the caller may send one request. */
  take(): Promise<void> {
    const now = this.clock.now();
    const refilled = ((now - this.updatedAt) / 1000) * this.limits.refillPerSecond;
    this.tokens = Math.min(this.limits.burst, this.tokens + refilled);
    this.updatedAt = now;
    this.tokens -= 1;
    if (this.tokens >= 0) return Promise.resolve();
    return this.clock.sleep((-this.tokens / this.limits.refillPerSecond) * 1000);
  }
}
