/** S2: the live alert channel authenticates like HTTP, filters by tenant and threshold, and releases on close. */
import type { AlertRaisedEvent } from '@cspmexa/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badTokens } from './support/bad-tokens';
import type { FakeAlert } from './support/fake-subgraphs';
import { DASHBOARD_ORIGIN, startStack, type Stack } from './support/stack';
import { connect, openSocket, type TestSocket } from './support/ws-client';

const alice = { userId: 'u-alice', orgId: 'org-a' };
const bob = { userId: 'u-bob', orgId: 'org-b' };

const SUBSCRIPTION = `
  subscription Alerts($min: Severity) { alertRaised(minSeverity: $min) { ...AlertFields resource { arn findingCount } } }
  fragment AlertFields on Alert { id severity title }
`;

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

function addAlert(alert: FakeAlert): AlertRaisedEvent {
  stack.subgraphs.alerts.set(alert.id, alert);
  return {
    orgId: alert.orgId,
    alertId: alert.id,
    findingId: `f-${alert.id}`,
    kind: 'OPENED',
    severity: alert.severity,
    checkId: 's3_bucket_public_access_blocked',
    title: alert.title,
    resourceArn: 'arn:aws:s3:::bucket-one',
    accountId: '123456789012',
    region: 'us-east-1',
    raisedAt: new Date().toISOString(),
  };
}

function subscribe(socket: TestSocket, id: string, variables: Record<string, unknown> = {}) {
  socket.send({ id, type: 'subscribe', payload: { query: SUBSCRIPTION, variables } });
}

describe('alertRaised over graphql-ws', () => {
  it('S2 websocket without token closed 4401', async () => {
    const socket = await openSocket(stack.gateway.url);
    socket.send({ type: 'connection_init', payload: {} });
    expect((await socket.closed).code).toBe(4401);
  });

  it('S2 websocket with an invalid token closed 4401', async () => {
    const socket = await openSocket(stack.gateway.url);
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${stack.token(alice, { aud: 'other' })}` } });
    expect((await socket.closed).code).toBe(4401);
  });

  it('S2 an API token is refused when no auth subgraph can check it (4401)', async () => {
    const socket = await openSocket(stack.gateway.url);
    socket.send({ type: 'connection_init', payload: { authorization: 'Bearer cspx_not-checkable-here' } });
    expect((await socket.closed).code).toBe(4401);
  });

  it('S2 websocket from a foreign origin is refused at the upgrade', async () => {
    await expect(openSocket(stack.gateway.url, { origin: 'https://evil.example' })).rejects.toThrow(/403/);
    const allowed = await connect(stack.gateway.url, stack.token(alice), { origin: DASHBOARD_ORIGIN });
    allowed.ws.close();
  });

  it('S2 socket closed 4403 when its token expires', async () => {
    const now = Math.floor(Date.now() / 1000);
    const socket = await connect(stack.gateway.url, stack.token(alice, { exp: now + 1 }));
    const started = Date.now();
    expect((await socket.closed).code).toBe(4403);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('S2 alertRaised delivered to the right org only and filtered by minSeverity', async () => {
    const aSocket = await connect(stack.gateway.url, stack.token(alice));
    const bSocket = await connect(stack.gateway.url, stack.token(bob));
    subscribe(aSocket, 'a', { min: 'HIGH' });
    subscribe(bSocket, 'b');
    await stack.bus.waitForListeners(2);
    stack.subgraphs.recorded.alertViewers.length = 0;

    const bCritical = addAlert({ id: 'alert-b1', orgId: 'org-b', severity: 'CRITICAL', title: 'B critical', resourceId: 'r1' });
    const aLow = addAlert({ id: 'alert-a-low', orgId: 'org-a', severity: 'LOW', title: 'A low', resourceId: 'r1' });
    const aCritical = addAlert({ id: 'alert-a1', orgId: 'org-a', severity: 'CRITICAL', title: 'A critical', resourceId: 'r1' });
    for (const event of [bCritical, aLow, aCritical]) await stack.bus.publish('findings.alert.raised', event);

    const aNext = await aSocket.waitFor((m) => m.type === 'next');
    expect(aNext).toMatchObject({ id: 'a' });
    expect(aNext.payload).toEqual({
      data: { alertRaised: { id: 'alert-a1', severity: 'CRITICAL', title: 'A critical', resource: { arn: 'arn:aws:s3:::bucket-one', findingCount: 3 } } },
    });
    const bNext = await bSocket.waitFor((m) => m.type === 'next');
    expect(bNext.payload).toMatchObject({ data: { alertRaised: { id: 'alert-b1', title: 'B critical' } } });

    // One more event for each org proves nothing else was queued before it.
    const aHigh = addAlert({ id: 'alert-a2', orgId: 'org-a', severity: 'HIGH', title: 'A high', resourceId: 'r1' });
    await stack.bus.publish('findings.alert.raised', aHigh);
    await aSocket.waitFor((m) => m.type === 'next' && JSON.stringify(m.payload).includes('alert-a2'));
    const delivered = (s: TestSocket) => s.messages.filter((m) => m.type === 'next').map((m) => JSON.stringify(m.payload));
    expect(delivered(aSocket)).toHaveLength(2);
    expect(delivered(aSocket).join()).not.toMatch(/alert-b1|alert-a-low/);
    expect(delivered(bSocket)).toHaveLength(1);
    // Filtering happened before any query: the subgraph resolved exactly the delivered alerts, each as its subscriber.
    expect(stack.subgraphs.recorded.alertViewers.map((v) => v?.orgId)).toEqual(['org-b', 'org-a', 'org-a']);

    aSocket.ws.close();
    bSocket.ws.close();
    await stack.bus.waitForListeners(0);
  });

  it('S2 complete releases the bus subscription at once', async () => {
    const socket = await connect(stack.gateway.url, stack.token(alice));
    subscribe(socket, 's1');
    await stack.bus.waitForListeners(1);
    socket.send({ id: 's1', type: 'complete' });
    await stack.bus.waitForListeners(0, 1_000);
    socket.ws.close();
  });

  it('S2 subscription documents go through the same limits', async () => {
    const socket = await connect(stack.gateway.url, stack.token(alice));
    const deep = `subscription { alertRaised { resource { arn } ${Array.from({ length: 20 }, (_, i) => `a${i}: id`).join(' ')} } }`;
    socket.send({ id: 'x', type: 'subscribe', payload: { query: deep } });
    const error = await socket.waitFor((m) => m.type === 'error' && m.id === 'x');
    expect(JSON.stringify(error.payload)).toMatch(/aliases limit of 15/i);
    socket.ws.close();
  });

  it('queries are refused over the WebSocket (HTTP is the only query path)', async () => {
    const socket = await connect(stack.gateway.url, stack.token(alice));
    socket.send({ id: 'q', type: 'subscribe', payload: { query: '{ ping }' } });
    const error = await socket.waitFor((m) => m.type === 'error' && m.id === 'q');
    expect(JSON.stringify(error.payload)).toMatch(/Only subscriptions/);
    socket.ws.close();
  });
});

describe('connection_init applies the HTTP token rules (J1 J2 J3 J4)', () => {
  it.each(Object.keys(badTokens))('S2 %s at connection_init -> closed 4401', async (name) => {
    const socket = await openSocket(stack.gateway.url);
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${badTokens[name]!({ config: stack.config, secrets: stack.secrets, user: alice })}` } });
    expect((await socket.closed).code).toBe(4401);
    expect(socket.messages.map((m) => m.type)).not.toContain('connection_ack');
  });
});
