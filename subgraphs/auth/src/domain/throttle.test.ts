import { describe, expect, it } from 'vitest';
import { ACCOUNT_POLICY, createThrottle } from './throttle';

describe('throttle', () => {
  it('M3 locks on the 6th attempt after 5 failures, backs off exponentially, forgets after a quiet period', () => {
    let now = Date.UTC(2025, 0, 1);
    const t = createThrottle(ACCOUNT_POLICY, () => new Date(now));
    for (let i = 0; i < 4; i++) t.fail(['a']);
    expect(t.lockedFor(['a'])).toBe(0);
    t.fail(['a']);
    expect(t.lockedFor(['a'])).toBe(30);
    now += 31_000;
    expect(t.lockedFor(['a'])).toBe(0);
    t.fail(['a']);
    expect(t.lockedFor(['a'])).toBe(60);
    expect(t.lockedFor(['b'])).toBe(0);
    now += 16 * 60_000;
    expect(t.lockedFor(['a'])).toBe(0);
    t.fail(['a']);
    expect(t.lockedFor(['a'])).toBe(0);
  });

  it('a success clears the key', () => {
    const t = createThrottle(ACCOUNT_POLICY, () => new Date());
    for (let i = 0; i < 5; i++) t.fail(['a']);
    t.succeed(['a']);
    expect(t.lockedFor(['a'])).toBe(0);
  });
});
