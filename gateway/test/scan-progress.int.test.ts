/** Issue 4: `scanProgress` is served by the same subscription table as `alertRaised`, over a real WebSocket. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStack, type Stack } from './support/stack';
import { connect } from './support/ws-client';

const alice = { userId: 'u-alice', orgId: 'org-a' };
const bob = { userId: 'u-bob', orgId: 'org-b' };
const SUBSCRIPTION = 'subscription ($id: ID!) { live: scanProgress(scanId: $id) { scanId phase percentage } }';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack?.close();
});

async function report(scanId: string, orgId: string, phase: string, percentage: number) {
  stack.subgraphs.scanProgress.set(scanId, { scanId, orgId, phase, percentage });
  await stack.bus.publish('inventory.scan.progress', { orgId, accountId: 'acc-1', scanId });
}

describe('scanProgress over graphql-ws', () => {
  it('scanProgress delivers increasing percentages of that scan only, ends with 100 and completes', async () => {
    const socket = await connect(stack.gateway.url, stack.token(alice));
    socket.send({ id: 'p', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { id: 'scan-1' } } });
    await stack.bus.waitForListeners(1);

    // Each event is resolved by a lookup of the scan's current state, so the test lets each one arrive first.
    const delivered = (n: number) => socket.waitFor(() => socket.messages.filter((m) => m.type === 'next').length >= n);
    await report('scan-1', 'org-a', 'CREDENTIALS', 2);
    await delivered(1);
    await report('scan-other', 'org-a', 'COLLECTING', 50); // another scan: filtered before any query
    await report('scan-1', 'org-b', 'COLLECTING', 60); // another org's event naming the same id
    await report('scan-1', 'org-a', 'COLLECTING', 40);
    await delivered(2);
    await report('scan-1', 'org-a', 'DONE', 100);

    await socket.waitFor((m) => m.type === 'complete' && m.id === 'p');
    const received = socket.messages.filter((m) => m.type === 'next').map((m) => (m.payload as { data: { live: { percentage: number; phase: string } } }).data.live);
    expect(received.map((p) => p.percentage)).toEqual([2, 40, 100]);
    expect(received.at(-1)).toMatchObject({ phase: 'DONE', percentage: 100 });
    // The stream ended by itself after 100: the bus subscription is released.
    await stack.bus.waitForListeners(0, 1_000);
    socket.ws.close();
  });

  it('scanProgress of a scan the subscriber cannot see sends nothing', async () => {
    const socket = await connect(stack.gateway.url, stack.token(bob));
    socket.send({ id: 'b', type: 'subscribe', payload: { query: SUBSCRIPTION, variables: { id: 'scan-2' } } });
    await stack.bus.waitForListeners(1);
    await report('scan-2', 'org-a', 'COLLECTING', 30);
    await new Promise((r) => setTimeout(r, 200));
    expect(socket.messages.filter((m) => m.type === 'next')).toEqual([]);
    socket.ws.close();
    await stack.bus.waitForListeners(0);
  });

  it('scanProgress requires its scanId argument', async () => {
    const socket = await connect(stack.gateway.url, stack.token(alice));
    socket.send({ id: 'x', type: 'subscribe', payload: { query: 'subscription { scanProgress { percentage } }' } });
    const error = await socket.waitFor((m) => m.type === 'error');
    expect(JSON.stringify(error.payload)).toMatch(/scanId/);
    socket.ws.close();
  });
});
