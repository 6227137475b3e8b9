/**
 * When to try a failed email again. Exponential so that a long SES outage costs few calls, capped so that mail
 * still goes out soon after SES recovers, and jittered so that replicas and rows retrying together spread out
 * instead of hammering SES in lock-step when it comes back.
 */
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 30_000, maxMs: 60 * 60_000 };

/**
 * Delay before attempt `failedAttempts + 1`, given how many attempts have failed so far (>= 1). "Equal jitter":
 * between half and all of the exponential step, so a retry is never immediate yet never later than the step.
 */
export function retryDelayMs(failedAttempts: number, random: () => number = Math.random, policy: BackoffPolicy = defaultBackoff): number {
  const exponent = Math.max(0, Math.floor(failedAttempts) - 1);
  // 2 ** exponent overflows to Infinity for absurd counts; min() still caps it.
  const step = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(step / 2 + (step / 2) * jitter);
}

export function nextAttemptAt(now: Date, failedAttempts: number, random?: () => number, policy?: BackoffPolicy): Date {
  return new Date(now.getTime() + retryDelayMs(failedAttempts, random, policy));
}
