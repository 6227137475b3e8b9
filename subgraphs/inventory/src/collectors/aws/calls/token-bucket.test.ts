import { describe, expect, it } from 'vitest';
import { apiLimits } from './api-limits';
import { TokenBucket } from './token-bucket';

function manualClock() {
  const clock = { t: 0, sleeps: [] as number[], now: () => clock.t, sleep: async (ms: number) => void clock.sleeps.push(ms) };
  return clock;
}

describe('TokenBucket (X1)', () => {
  it('X1 serves EC2\'s burst of 100 at once, then one request per 50 ms (20/s), in arrival order', async () => {
    const clock = manualClock();
    const bucket = new TokenBucket(apiLimits['ec2-describe'], clock);
    for (let i = 0; i < 100; i++) await bucket.take();
    expect(clock.sleeps).toEqual([]);
    await bucket.take();
    await bucket.take();
    await bucket.take();
    expect(clock.sleeps).toEqual([50, 100, 150]);
  });

  it('X1 refills with time but never beyond the burst', async () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 50, refillPerSecond: 10 }, clock);
    for (let i = 0; i < 50; i++) await bucket.take();
    clock.t += 1_000; // 10 tokens back
    for (let i = 0; i < 10; i++) await bucket.take();
    expect(clock.sleeps).toEqual([]);
    await bucket.take();
    expect(clock.sleeps).toEqual([100]);
    clock.t += 3_600_000; // an idle hour refills to 50, not more
    clock.sleeps.length = 0;
    for (let i = 0; i < 51; i++) await bucket.take();
    expect(clock.sleeps).toHaveLength(1);
  });

  it('X1 keeps the long-run rate at the refill rate under sustained demand', async () => {
    const clock = manualClock();
    const bucket = new TokenBucket({ burst: 100, refillPerSecond: 20 }, clock);
    for (let i = 0; i < 1_100; i++) await bucket.take();
    // 100 from the burst, 1000 more at 20/s: the last waits 50 s.
    expect(clock.sleeps.at(-1)).toBe(50_000);
  });
});
