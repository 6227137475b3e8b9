/**
 * Every AWS request of a scan goes through `AwsCaller.call`: it waits for a token of the (account, region, API
 * class) bucket, sends, and on throttling or a transient fault waits (jittered backoff) and tries again, taking a
 * new token each time. An expired session is refreshed once and the request repeated (SECURITY.md A4). What
 * still fails is thrown as AWS sent it: the collector decides whether it means "absent" or an error.
 */
import { awsErrorCode, awsHttpStatus } from '../aws-errors';
import type { ApiClass } from './api-limits';
import { apiLimits } from './api-limits';
import { backoffMs, defaultRetryPolicy, isRetryable, type RetryPolicy } from './retry';
import { systemClock, TokenBucket, type BucketLimits, type Clock } from './token-bucket';

export interface ApiRef {
  /** `ec2`, `iam`, `s3`, `s3control`: the prefix of the API name and of its IAM action. */
  service: string;
  operation: string;
  region: string;
  apiClass: ApiClass;
}

export interface AwsCaller {
  call<T>(api: ApiRef, send: () => Promise<T>): Promise<T>;
  /** Requests sent so far, retries included (scan statistics and tests). */
  readonly attempts: number;
}

export interface AwsCallerOptions {
  accountId: string;
  clock?: Clock;
  random?: () => number;
  retry?: RetryPolicy;
  limits?: Record<ApiClass, BucketLimits>;
  /** Gets fresh credentials after AWS said the session expired. */
  refreshCredentials?: () => Promise<void>;
}

const expiredSessionCodes = new Set(['ExpiredToken', 'ExpiredTokenException', 'RequestExpired']);

export function createAwsCaller(opts: AwsCallerOptions): AwsCaller {
  const clock = opts.clock ?? systemClock;
  const random = opts.random ?? Math.random;
  const retry = opts.retry ?? defaultRetryPolicy;
  const limits = opts.limits ?? apiLimits;
  const buckets = new Map<string, TokenBucket>();
  let attempts = 0;

  const bucketFor = (api: ApiRef) => {
    const key = `${opts.accountId}/${api.region}/${api.apiClass}`;
    let bucket = buckets.get(key);
    if (!bucket) buckets.set(key, (bucket = new TokenBucket(limits[api.apiClass], clock)));
    return bucket;
  };

  return {
    get attempts() {
      return attempts;
    },
    async call(api, send) {
      const bucket = bucketFor(api);
      let refreshed = false;
      for (let attempt = 0; ; attempt++) {
        await bucket.take();
        attempts++;
        try {
          return await send();
        } catch (err) {
          const code = awsErrorCode(err);
          if (expiredSessionCodes.has(code) && opts.refreshCredentials && !refreshed) {
            refreshed = true;
            await opts.refreshCredentials();
            continue;
          }
          if (attempt + 1 >= retry.maxAttempts || !isRetryable(code, awsHttpStatus(err))) throw err;
          await clock.sleep(backoffMs(retry, attempt, random));
        }
      }
    },
  };
}

/** For tests of one collector: no limits, no waiting, no retries. */
export function directCaller(): AwsCaller {
  const unlimited = { burst: 1e9, refillPerSecond: 1e9 };
  const limits = Object.fromEntries(Object.keys(apiLimits).map((k) => [k, unlimited])) as Record<ApiClass, BucketLimits>;
  return createAwsCaller({ accountId: 'test', limits, retry: { maxAttempts: 1, baseDelayMs: 0, maxDelayMs: 0 } });
}
