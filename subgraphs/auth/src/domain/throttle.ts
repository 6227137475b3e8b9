/**
 * Rate limits with lockout and exponential backoff (M3), per key (an account, an IP). After `freeFailures`
 * failures the key is locked for `baseLockSeconds`, doubling with every further failure up to `maxLockSeconds`;
 * a quiet period of `forgetAfterSeconds` clears it. Every attempt counts, so 50 aliased calls in one request are
 * 50 attempts.
 *
 * Counters live in this process: with several replicas an attacker spreading attempts gets at most replicas x
 * the budget. A shared store (Redis or a table) is the next step when auth runs replicated.
 */
import type { Clock } from './model';

export interface ThrottlePolicy {
  freeFailures: number;
  baseLockSeconds: number;
  maxLockSeconds: number;
  forgetAfterSeconds: number;
}

interface Entry {
  failures: number;
  lockedUntil: number;
  lastFailure: number;
}

const MAX_KEYS = 50_000;

export function createThrottle(policy: ThrottlePolicy, clock: Clock) {
  const entries = new Map<string, Entry>();
  const live = (key: string, now: number): Entry | undefined => {
    const e = entries.get(key);
    if (e && now - e.lastFailure > policy.forgetAfterSeconds * 1000 && now >= e.lockedUntil) {
      entries.delete(key);
      return undefined;
    }
    return e;
  };
  return {
    /** Seconds until the first of the keys unlocks; 0 when none is locked. */
    lockedFor(keys: string[]): number {
      const now = clock().getTime();
      const until = Math.max(0, ...keys.map((k) => live(k, now)?.lockedUntil ?? 0));
      return until > now ? Math.ceil((until - now) / 1000) : 0;
    },
    fail(keys: string[]): void {
      const now = clock().getTime();
      for (const key of keys) {
        const e = live(key, now) ?? { failures: 0, lockedUntil: 0, lastFailure: now };
        e.failures += 1;
        e.lastFailure = now;
        const over = e.failures - policy.freeFailures;
        if (over >= 0) e.lockedUntil = now + Math.min(policy.maxLockSeconds, policy.baseLockSeconds * 2 ** over) * 1000;
        entries.delete(key);
        entries.set(key, e);
        // Oldest first: a flood of distinct keys cannot grow memory without bound.
        if (entries.size > MAX_KEYS) entries.delete(entries.keys().next().value as string);
      }
    },
    succeed(keys: string[]): void {
      for (const key of keys) entries.delete(key);
    },
  };
}

export type Throttle = ReturnType<typeof createThrottle>;

/** Per account: the 6th failure in a row is refused. Per IP: more room (shared offices, NAT). */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, baseLockSeconds: 30, maxLockSeconds: 900, forgetAfterSeconds: 900 };
export const IP_POLICY: ThrottlePolicy = { freeFailures: 20, baseLockSeconds: 60, maxLockSeconds: 900, forgetAfterSeconds: 900 };

/** One limiter for one kind of attempt (sign-in, MFA): an account key and the caller's IP, each throttled. */
export function createAttemptLimiter(clock: Clock) {
  const accounts = createThrottle(ACCOUNT_POLICY, clock);
  const ips = createThrottle(IP_POLICY, clock);
  const ipKeys = (ip: string | undefined) => (ip ? [ip] : []);
  return {
    lockedFor: (account: string, ip: string | undefined) => Math.max(accounts.lockedFor([account]), ips.lockedFor(ipKeys(ip))),
    fail(account: string, ip: string | undefined) {
      accounts.fail([account]);
      ips.fail(ipKeys(ip));
    },
    /** Only the account is cleared: one good password must not reset an IP that is guessing other accounts. */
    succeed: (account: string) => accounts.succeed([account]),
  };
}

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;
