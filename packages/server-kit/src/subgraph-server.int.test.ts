/** A subgraph served by serveSubgraph: readiness follows its dependency (X7) and closing drains (X6). */
import { parse } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { serveSubgraph, type RunningSubgraph } from './subgraph-server';
import { silentLogger } from './testing';
import { ASSERTION_HEADER, signAssertion } from './tokens';

const secret = 'a-test-internal-secret-of-32-characters!';
const typeDefs = parse(`
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  "Probe operations."
  type Query {
    "Answers pong after 300 ms."
    slowPing: String
  }
`);
const resolvers = { Query: { slowPing: () => new Promise((resolve) => setTimeout(() => resolve('pong'), 300)) } };

let served: RunningSubgraph | undefined;
afterEach(async () => {
  await served?.close().catch(() => undefined);
  served = undefined;
});

async function serve(ready?: () => Promise<boolean>) {
  served = await serveSubgraph({ name: 'inventory', typeDefs, resolvers }, { host: '127.0.0.1', port: 0, internalSecret: secret, logger: silentLogger, ready });
  return { served, origin: served.url.replace(/\/graphql$/, '') };
}

const slowPing = (url: string) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [ASSERTION_HEADER]: signAssertion(null, { requestId: 'r1' }, secret) },
    body: JSON.stringify({ query: '{ slowPing }' }),
  });

describe('serveSubgraph', () => {
  it('X7 /readyz answers 503 while its dependency is down and 200 once it is back; /healthz stays 200', async () => {
    let up = false;
    const { origin } = await serve(async () => {
      if (!up) throw new Error('connection refused');
      return true;
    });
    expect((await fetch(`${origin}/readyz`)).status).toBe(503);
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    up = true;
    expect((await fetch(`${origin}/readyz`)).status).toBe(200);
  });

  it('X6 closing lets an accepted request finish, then refuses new connections', async () => {
    const { served: s, origin } = await serve();
    const inFlight = slowPing(s.url);
    await new Promise((r) => setTimeout(r, 50));
    await s.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { slowPing: 'pong' } });
    await expect(fetch(`${origin}/healthz`)).rejects.toThrow();
    served = undefined;
  });

  it('X6 closing under load: every request is either answered 200 or refused at connect, none fails', async () => {
    const { served: s } = await serve();
    const answered: number[] = [];
    let refused = 0;
    let closing = false;
    // Keep-alive clients sending back to back, as the gateway's fetcher does, until the server is gone.
    const client = async () => {
      for (;;) {
        try {
          const res = await slowPing(s.url);
          answered.push(res.status);
          await res.arrayBuffer();
        } catch {
          refused += 1;
          if (closing) return;
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    // Close once every client has had answers and requests are in flight: a count, not a delay, so that a slow
    // machine does not close before the load is real.
    while (answered.length < 16) await new Promise((r) => setTimeout(r, 20));
    closing = true;
    await s.close();
    served = undefined;
    await Promise.all(clients);
    expect(answered.length).toBeGreaterThanOrEqual(16);
    expect(answered.filter((status) => status !== 200)).toEqual([]);
    expect(refused).toBeGreaterThanOrEqual(8);
  });
});
