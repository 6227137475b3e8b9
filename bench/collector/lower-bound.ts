/**
 * T*: the shortest time the rate buckets allow for a set of calls. Each (region, class) bucket serves its first
 * `burst` calls at once and then `refillPerSecond`; buckets are independent, so the slowest one sets the bound:
 *   T* = max over buckets of max(0, (n - burst) / refill)
 * Latency is left out on purpose: it can be overlapped by concurrency, the bucket cannot.
 */
import type { ApiClass, BucketLimits } from './fake-aws/limits';

export interface BucketCalls {
  region: string;
  apiClass: ApiClass;
  calls: number;
}

export interface LowerBound {
  seconds: number;
  /** The bucket that sets the bound (`region/class`), if any bucket goes past its burst. */
  bottleneck?: string;
}

export function bucketSeconds(calls: number, limits: BucketLimits): number {
  return Math.max(0, (calls - limits.burst) / limits.refillPerSecond);
}

export function lowerBound(buckets: Iterable<BucketCalls>, limits: Record<ApiClass, BucketLimits>): LowerBound {
  let bound: LowerBound = { seconds: 0 };
  for (const b of buckets) {
    const seconds = bucketSeconds(b.calls, limits[b.apiClass]);
    if (seconds > bound.seconds) bound = { seconds, bottleneck: `${b.region}/${b.apiClass}` };
  }
  return bound;
}
