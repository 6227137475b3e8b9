/**
 * What the fake endpoint counts: calls and throttling answers per API, admitted calls per (region, class) bucket
 * (the input of the lower bound T*), and for every request that was throttled whether the same request (same
 * method, path, query and body) later succeeded. A throttled request that never succeeded must show up as an
 * error the collector recorded; otherwise the collector lost it.
 */
import type { ApiClass } from './limits';

export interface ApiCount {
  served: number;
  throttled: number;
}

export interface BucketCount {
  region: string;
  apiClass: ApiClass;
  admitted: number;
  throttled: number;
}

export interface CallStats {
  calls: Record<string, ApiCount>;
  buckets: Record<string, BucketCount>;
  throttles: {
    answered: number;
    /** Throttling answers followed by another attempt of the same request. */
    retried: number;
    /** Per API: requests whose last attempt was throttled (the caller gave up on them). */
    givenUp: Record<string, number>;
  };
}

export class CallCounter {
  private calls = new Map<string, ApiCount>();
  private buckets = new Map<string, BucketCount>();
  private throttledRequests = new Map<string, { api: string; times: number; recovered: boolean }>();
  private answered = 0;

  record(region: string, apiClass: ApiClass, api: string, retryKey: string, admitted: boolean): void {
    const call = this.calls.get(api) ?? { served: 0, throttled: 0 };
    const bucketKey = `${region}/${apiClass}`;
    const bucket = this.buckets.get(bucketKey) ?? { region, apiClass, admitted: 0, throttled: 0 };
    if (admitted) {
      call.served++;
      bucket.admitted++;
      const earlier = this.throttledRequests.get(retryKey);
      if (earlier) earlier.recovered = true;
    } else {
      call.throttled++;
      bucket.throttled++;
      this.answered++;
      const earlier = this.throttledRequests.get(retryKey);
      this.throttledRequests.set(retryKey, { api, times: (earlier?.times ?? 0) + 1, recovered: false });
    }
    this.calls.set(api, call);
    this.buckets.set(bucketKey, bucket);
  }

  snapshot(): CallStats {
    const givenUp: Record<string, number> = {};
    let retried = 0;
    for (const t of this.throttledRequests.values()) {
      if (t.recovered) {
        retried += t.times;
      } else {
        retried += t.times - 1;
        givenUp[t.api] = (givenUp[t.api] ?? 0) + 1;
      }
    }
    return {
      calls: Object.fromEntries(this.calls),
      buckets: Object.fromEntries(this.buckets),
      throttles: { answered: this.answered, retried, givenUp },
    };
  }
}
