import { afterAll, describe, expect, it } from 'vitest';
import { createEventBus } from './event-bus';
import type { AlertRaisedEvent } from './events';

// In `npm test` this is the in-process bus; in CI's integration run REDIS_URL makes it the Redis bus.
const bus = createEventBus({ redisUrl: process.env.REDIS_URL });
afterAll(() => bus.close());

const alert = (id: string): AlertRaisedEvent => ({
  orgId: 'o1', alertId: id, findingId: 'f1', kind: 'OPENED', severity: 'HIGH', checkId: 'c', title: 't',
  resourceArn: 'arn:aws:s3:::b', accountId: '123456789012', region: 'us-east-1', raisedAt: new Date(0).toISOString(),
});

describe(`event bus (${process.env.REDIS_URL ? 'redis' : 'in-process'})`, () => {
  it('delivers to every subscriber, keeps going when one handler throws, and stops after unsubscribe', async () => {
    const got: string[] = [];
    const offA = await bus.subscribe('findings.alert.raised', (e) => void got.push('a:' + e.alertId));
    const offB = await bus.subscribe('findings.alert.raised', () => {
      throw new Error('consumer bug');
    });
    await bus.publish('findings.alert.raised', alert('1'));
    await expect.poll(() => got).toEqual(['a:1']);
    await offA();
    await offB();
    await bus.publish('findings.alert.raised', alert('2'));
    await new Promise((r) => setTimeout(r, 100));
    expect(got).toEqual(['a:1']);
  });
});
