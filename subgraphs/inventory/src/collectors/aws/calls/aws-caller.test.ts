import { describe, expect, it } from 'vitest';
import { apiClasses, type ApiClass } from './api-limits';
import { createAwsCaller, type ApiRef } from './aws-caller';
import type { BucketLimits } from './token-bucket';

const api = (region = 'us-east-1'): ApiRef => ({ service: 'ec2', operation: 'DescribeVolumes', region, apiClass: 'ec2-unpaginated' });
const throttled = () => Object.assign(new Error('Rate exceeded'), { name: 'RequestLimitExceeded', $metadata: { httpStatusCode: 503 } });
const denied = () => Object.assign(new Error('no'), { name: 'UnauthorizedOperation', $metadata: { httpStatusCode: 403 } });

function clock() {
  const c = { t: 0, sleeps: [] as number[], now: () => c.t, sleep: async (ms: number) => void (c.sleeps.push(ms), (c.t += ms)) };
  return c;
}

describe('AwsCaller', () => {
  it('X1 retries throttling with capped, jittered exponential backoff, each attempt taking a token', async () => {
    const c = clock();
    const caller = createAwsCaller({ accountId: 'a', clock: c, random: () => 0.5, retry: { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 250 } });
    let calls = 0;
    const out = await caller.call(api(), async () => (++calls < 4 ? Promise.reject(throttled()) : 'done'));
    expect(out).toBe('done');
    expect(c.sleeps).toEqual([50, 100, 125]);
    expect(caller.attempts).toBe(4);
  });

  it('X1 gives up after maxAttempts and throws what AWS said', async () => {
    const caller = createAwsCaller({ accountId: 'a', clock: clock(), random: () => 0, retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 1 } });
    await expect(caller.call(api(), async () => Promise.reject(throttled()))).rejects.toMatchObject({ name: 'RequestLimitExceeded' });
    expect(caller.attempts).toBe(3);
  });

  it('X3 never retries a denial', async () => {
    const caller = createAwsCaller({ accountId: 'a', clock: clock() });
    await expect(caller.call(api(), async () => Promise.reject(denied()))).rejects.toMatchObject({ name: 'UnauthorizedOperation' });
    expect(caller.attempts).toBe(1);
  });

  it('X1 keeps one bucket per (account, region, API class): another region does not wait', async () => {
    const c = clock();
    const limits = Object.fromEntries(apiClasses.map((k) => [k, { burst: 1, refillPerSecond: 1 }])) as Record<ApiClass, BucketLimits>;
    const caller = createAwsCaller({ accountId: 'a', clock: c, limits });
    await caller.call(api('us-east-1'), async () => 1);
    await caller.call(api('eu-west-1'), async () => 1);
    await caller.call({ ...api('us-east-1'), apiClass: 'ec2-describe' }, async () => 1);
    expect(c.sleeps).toEqual([]);
    await caller.call(api('us-east-1'), async () => 1);
    expect(c.sleeps).toEqual([1_000]);
  });

  it('A4 refreshes credentials once on an expired session, then repeats the call', async () => {
    let refreshed = 0;
    let calls = 0;
    const caller = createAwsCaller({ accountId: 'a', clock: clock(), refreshCredentials: async () => void refreshed++ });
    const expired = () => Object.assign(new Error('expired'), { name: 'ExpiredToken' });
    expect(await caller.call(api(), async () => (++calls === 1 ? Promise.reject(expired()) : 'ok'))).toBe('ok');
    await expect(caller.call(api(), async () => Promise.reject(expired()))).rejects.toMatchObject({ name: 'ExpiredToken' });
    expect(refreshed).toBe(2);
  });
});
