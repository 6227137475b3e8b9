import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, afterFailures, createAttemptLimiter, secondsLocked, type ThrottleEntry } from './throttle';
import { createMemoryThrottleStore } from './testing/in-memory-stores';

describe('throttle policy', () => {
  it('M3 locks on the 6th attempt after 5 failures, backs off exponentially, forgets after a quiet period', () => {
    let now = new Date(Date.UTC(2025, 0, 1));
    let entry: ThrottleEntry | null = null;
    const fail = () => {
      entry = afterFailures(entry && entry.expiresAt > now ? entry : null, 1, ACCOUNT_POLICY, now);
    };
    const locked = () => secondsLocked(entry && entry.expiresAt > now ? [entry] : [], now);
    const advance = (ms: number) => {
      now = new Date(now.getTime() + ms);
    };
    for (let i = 0; i < 4; i++) fail();
    expect(locked()).toBe(0);
    fail();
    expect(locked()).toBe(30);
    advance(31_000);
    expect(locked()).toBe(0);
    fail();
    expect(locked()).toBe(60);
    advance(16 * 60_000);
    expect(locked()).toBe(0);
    fail();
    expect(locked()).toBe(0);
  });

  it('M3 several failures at once count as many, with the backoff of the last one (capped)', () => {
    const now = new Date(Date.UTC(2025, 0, 1));
    expect(secondsLocked([afterFailures(null, 50, ACCOUNT_POLICY, now)], now)).toBe(ACCOUNT_POLICY.maxLockSeconds);
    expect(afterFailures(null, 50, ACCOUNT_POLICY, now).failures).toBe(50);
  });
});

describe('attempt limiter', () => {
  it('M3 a success clears the account but not the IP', async () => {
    const clock = () => new Date(Date.UTC(2025, 0, 1));
    const limiter = createAttemptLimiter('login', createMemoryThrottleStore(), clock);
    for (let i = 0; i < 5; i++) await limiter.fail('login:a@x', '198.51.100.1');
    expect(await limiter.lockedFor('login:a@x', undefined)).toBe(30);
    await limiter.succeed('login:a@x');
    expect(await limiter.lockedFor('login:a@x', undefined)).toBe(0);
    await limiter.fail('login:b@x', '198.51.100.1', 15);
    expect(await limiter.lockedFor('login:c@x', '198.51.100.1')).toBe(60);
  });

  it('M3 login and MFA counters of the same IP are separate', async () => {
    const store = createMemoryThrottleStore();
    const clock = () => new Date(Date.UTC(2025, 0, 1));
    await createAttemptLimiter('login', store, clock).fail('login:a@x', '198.51.100.2', 21);
    expect(await createAttemptLimiter('mfa', store, clock).lockedFor('mfa:u1', '198.51.100.2')).toBe(0);
  });
});
