/**
 * Rate limits with lockout and exponential backoff (M3), per key (an account, an IP). After `freeFailures`
 * failures the key is locked for `baseLockSeconds`, doubling with every further failure up to `maxLockSeconds`;
 * a quiet period of `forgetAfterSeconds` (and the end of any lock) clears it. Every attempt counts, so 50 aliased
 * calls in one request are 50 attempts.
 *
 * The counters live in a shared store (a table of auth's schema), so every auth replica sees the same counts: an
 * attacker spreading attempts over replicas gets no more than one budget. The policy is computed here, once; the
 * store only applies `next` to a key's entry atomically.
 */
import type { Clock } from './model';

export interface ThrottlePolicy {
  freeFailures: number;
  baseLockSeconds: number;
  maxLockSeconds: number;
  forgetAfterSeconds: number;
}

export interface ThrottleEntry {
  failures: number;
  lockedUntil: Date | null;
  /** When the entry stops mattering (end of the lock or of the quiet period); it is as good as absent after. */
  expiresAt: Date;
}

export interface ThrottleStore {
  /** The live (unexpired) entries of these keys. */
  read(keys: string[], now: Date): Promise<ThrottleEntry[]>;
  /**
   * Replaces the key's entry with `next(current)` atomically across replicas (current: null when absent or
   * expired at `now`).
   */
  update(key: string, now: Date, next: (current: ThrottleEntry | null) => ThrottleEntry): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** The entry after `count` more failures at `now`. */
export function afterFailures(current: ThrottleEntry | null, count: number, policy: ThrottlePolicy, now: Date): ThrottleEntry {
  const failures = (current?.failures ?? 0) + count;
  const over = failures - policy.freeFailures;
  const lockSeconds = over >= 0 ? Math.min(policy.maxLockSeconds, policy.baseLockSeconds * 2 ** Math.min(over, 30)) : 0;
  const lockedUntil = lockSeconds > 0 ? new Date(now.getTime() + lockSeconds * 1000) : (current?.lockedUntil ?? null);
  const quietUntil = now.getTime() + policy.forgetAfterSeconds * 1000;
  return { failures, lockedUntil, expiresAt: new Date(Math.max(quietUntil, lockedUntil?.getTime() ?? 0)) };
}

/** Seconds until every entry is unlocked at `now`; 0 when none is locked. */
export function secondsLocked(entries: ThrottleEntry[], now: Date): number {
  const until = Math.max(0, ...entries.map((e) => e.lockedUntil?.getTime() ?? 0));
  return until > now.getTime() ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

/** Per account: the 6th failure in a row is refused. Per IP: more room (shared offices, NAT). */
export const ACCOUNT_POLICY: ThrottlePolicy = { freeFailures: 5, baseLockSeconds: 30, maxLockSeconds: 900, forgetAfterSeconds: 900 };
export const IP_POLICY: ThrottlePolicy = { freeFailures: 20, baseLockSeconds: 60, maxLockSeconds: 900, forgetAfterSeconds: 900 };

/** The kinds of attempt with counters of their own: a locked password sign-in must not also lock a pending MFA. */
export type AttemptKind = 'login' | 'mfa';

/** Account keys, so that every caller (sign-in, MFA challenge, batched-attempt refusal) counts on the same one. */
export const loginAccountKey = (normalizedEmail: string) => `login:${normalizedEmail}`;
export const mfaAccountKey = (userId: string) => `mfa:${userId}`;

/** One limiter for one kind of attempt: an account key and the caller's IP, each throttled. */
export function createAttemptLimiter(kind: AttemptKind, store: ThrottleStore, clock: Clock) {
  const ipKeys = (ip: string | undefined) => (ip ? [`${kind}-ip:${ip}`] : []);
  return {
    async lockedFor(account: string, ip: string | undefined): Promise<number> {
      const now = clock();
      return secondsLocked(await store.read([account, ...ipKeys(ip)], now), now);
    },
    /**
     * Counts `count` failed attempts (aliases of one request count one each) on the account and the IP; a null
     * account (e.g. an unreadable MFA token) counts on the IP only.
     */
    async fail(account: string | null, ip: string | undefined, count = 1): Promise<void> {
      const now = clock();
      if (account !== null) await store.update(account, now, (current) => afterFailures(current, count, ACCOUNT_POLICY, now));
      for (const key of ipKeys(ip)) await store.update(key, now, (current) => afterFailures(current, count, IP_POLICY, now));
    },
    /** Only the account is cleared: one good password must not reset an IP that is guessing other accounts. */
    succeed: (account: string) => store.remove([account]),
  };
}

export type AttemptLimiter = ReturnType<typeof createAttemptLimiter>;
