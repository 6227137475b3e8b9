import { describe, expect, it } from 'vitest';
import { nextAttemptAt, retryDelayMs } from './backoff';

const policy = { baseMs: 1_000, maxMs: 60_000 };
const low = () => 0;
const high = () => 1;

describe('retryDelayMs', () => {
  it('doubles the step with each failed attempt', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, high, policy))).toEqual([1_000, 2_000, 4_000, 8_000]);
  });

  it('jitters between half and all of the step, never zero', () => {
    expect(retryDelayMs(3, low, policy)).toBe(2_000);
    expect(retryDelayMs(3, () => 0.5, policy)).toBe(3_000);
    expect(retryDelayMs(3, high, policy)).toBe(4_000);
  });

  it('caps the delay, even for absurd attempt counts', () => {
    expect(retryDelayMs(10, high, policy)).toBe(60_000);
    expect(retryDelayMs(5_000, high, policy)).toBe(60_000);
  });

  it('treats a random source outside [0, 1] as its nearest bound', () => {
    expect(retryDelayMs(1, () => -3, policy)).toBe(500);
    expect(retryDelayMs(1, () => 7, policy)).toBe(1_000);
  });

  it('spreads retries of rows that failed together', () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelayMs(4)));
    expect(delays.size).toBeGreaterThan(1);
  });

  it('starts from 30 s and caps at one hour by default', () => {
    expect(retryDelayMs(1, high)).toBe(30_000);
    expect(retryDelayMs(20, high)).toBe(3_600_000);
  });
});

describe('nextAttemptAt', () => {
  it('is the delay after now', () => {
    const now = new Date('2025-01-01T00:00:00.000Z');
    expect(nextAttemptAt(now, 2, high, policy).toISOString()).toBe('2025-01-01T00:00:02.000Z');
  });
});
