/** X6: closing the gateway drains: requests already accepted complete, sockets are told to go away. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startStack, type Stack } from './support/stack';
import { connect } from './support/ws-client';

const alice = { userId: 'u-alice', orgId: 'org-a' };

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

describe('graceful shutdown', () => {
  it('X6 an in-flight request completes, live sockets close with 1001 and release the bus', async () => {
    const socket = await connect(stack.gateway.url, stack.token(alice));
    socket.send({ id: 's', type: 'subscribe', payload: { query: 'subscription { alertRaised { id } }' } });
    await stack.bus.waitForListeners(1);

    const inFlight = postGraphQL(stack.gateway.url, '{ slowPing }', { token: stack.token(alice) });
    await new Promise((r) => setTimeout(r, 50));
    await stack.gateway.close();

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ slowPing: 'pong' });
    expect((await socket.closed).code).toBe(1001);
    expect(stack.bus.listeners()).toBe(0);
    await expect(fetch(`${stack.origin}/healthz`)).rejects.toThrow();
  });
});
