/**
 * Which AWS failures are worth another attempt, and how long to wait before it. The policy is the SDK's
 * "standard" retry mode (exponential backoff with full jitter, capped), applied here rather than inside the SDK
 * client so that every attempt, retries included, takes a token from the rate limiter.
 */

export interface RetryPolicy {
  /** Attempts per call, the first included (the SDK's maxAttempts). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 20_000 };

/** The throttling codes the SDK's standard mode recognises. */
const throttlingCodes = new Set([
  'Throttling',
  'ThrottlingException',
  'ThrottledException',
  'RequestThrottledException',
  'TooManyRequestsException',
  'ProvisionedThroughputExceededException',
  'TransactionInProgressException',
  'RequestLimitExceeded',
  'BandwidthLimitExceeded',
  'LimitExceededException',
  'RequestThrottled',
  'SlowDown',
  'PriorRequestNotComplete',
  'EC2ThrottledException',
]);

const transientCodes = new Set([
  'RequestTimeout',
  'RequestTimeoutException',
  'InternalError',
  'InternalFailure',
  'ServiceUnavailable',
  'TimeoutError',
  'ECONNRESET',
  'ECONNREFUSED',
  'EPIPE',
  'ETIMEDOUT',
]);

export function isThrottling(code: string): boolean {
  return throttlingCodes.has(code);
}

export function isRetryable(code: string, httpStatus: number | undefined): boolean {
  return isThrottling(code) || transientCodes.has(code) || (httpStatus !== undefined && httpStatus >= 500);
}

/** Full jitter: a uniform wait in [0, min(cap, base * 2^attempt)), `attempt` counting retries from 0. */
export function backoffMs(policy: RetryPolicy, attempt: number, random: () => number): number {
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt));
}
