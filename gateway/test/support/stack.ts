/** A gateway over the fake subgraphs, on ephemeral ports, with an observable in-memory bus. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createMemoryEventBus, loadSecrets, type AppConfig, type EventBus, type Secrets, type Topic } from '@cspmexa/server-kit';
import { silentLogger, testConfig } from '@cspmexa/server-kit/testing';
import { composeSupergraph } from '../../src/compose';
import { createGateway, type RunningGateway } from '../../src/create-gateway';
import { startFakeSubgraphs, type FakeSubgraphs } from './fake-subgraphs';
import { signedToken, type TestUser } from './jwt';

export const DASHBOARD_ORIGIN = 'http://localhost:3000';

/** Counts live bus subscriptions so tests know when a subscriber is registered (and released). */
export interface ObservedBus extends EventBus {
  /** Live subscriptions, of one topic or of all. */
  listeners(topic?: Topic): number;
  waitForListeners(n: number, timeoutMs?: number, topic?: Topic): Promise<void>;
}

export function observeBus(bus: EventBus): ObservedBus {
  const counts = new Map<Topic, number>();
  const count = (topic?: Topic) => (topic ? (counts.get(topic) ?? 0) : [...counts.values()].reduce((a, b) => a + b, 0));
  return {
    publish: (topic, payload) => bus.publish(topic, payload),
    subscribe: async (topic, handler) => {
      const unsubscribe = await bus.subscribe(topic, handler);
      counts.set(topic, count(topic) + 1);
      let done = false;
      return async () => {
        if (!done) counts.set(topic, count(topic) - 1);
        done = true;
        await unsubscribe();
      };
    },
    close: () => bus.close(),
    listeners: count,
    waitForListeners: async (n, timeoutMs = 5_000, topic) => {
      const deadline = Date.now() + timeoutMs;
      while (count(topic) !== n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} bus listeners, have ${count(topic)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
  };
}

export interface Stack {
  config: AppConfig;
  secrets: Secrets;
  bus: ObservedBus;
  subgraphs: FakeSubgraphs;
  gateway: RunningGateway;
  /** Gateway origin, e.g. http://127.0.0.1:1234 */
  origin: string;
  staticDir: string;
  token(user: TestUser, overrides?: Record<string, unknown>): string;
  close(): Promise<void>;
}

export async function startStack(configOverrides: Record<string, string> = {}): Promise<Stack> {
  const config = testConfig({ GATEWAY_HOST: '127.0.0.1', PUBLIC_URL: DASHBOARD_ORIGIN, ...configOverrides });
  const secrets = loadSecrets(config);
  const subgraphs = await startFakeSubgraphs(secrets.internalSecret, silentLogger);
  // Compose with unreachable urls: the gateway must route by the configured ones (as in production).
  const { supergraphSdl } = composeSupergraph(subgraphs.sdls.map((s) => ({ ...s, url: 'http://127.0.0.1:9/graphql' })));
  const bus = observeBus(createMemoryEventBus(silentLogger));
  const staticDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cspmexa-gw-static-'));
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>CSPMEXA</title><div id="root"></div>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log("app")');
  const gateway = await createGateway({
    config,
    secrets,
    logger: silentLogger,
    bus,
    supergraphSdl,
    subgraphUrls: subgraphs.urls,
    staticDir,
    port: 0,
  });
  return {
    config,
    secrets,
    bus,
    subgraphs,
    gateway,
    origin: new URL(gateway.url).origin,
    staticDir,
    token: (user, overrides) => signedToken(config, secrets, user, overrides),
    close: async () => {
      await gateway.close();
      await subgraphs.close();
      await bus.close();
      fs.rmSync(staticDir, { recursive: true, force: true });
      fs.rmSync(config.DATA_DIR, { recursive: true, force: true });
    },
  };
}

export interface GraphQLHttpResult {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  text: string;
}

/** POST /graphql as the dashboard does (JSON, so CSRF prevention lets it through). */
export async function postGraphQL(
  url: string,
  query: string,
  opts: { token?: string; variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<GraphQLHttpResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
      ...opts.headers,
    },
    body: JSON.stringify({ query, variables: opts.variables }),
  });
  const text = await res.text();
  let body: GraphQLHttpResult['body'] = {};
  try {
    body = JSON.parse(text) as GraphQLHttpResult['body'];
  } catch {
    // Not JSON (e.g. an HTML error page): tests assert on `text` then.
  }
  return { status: res.status, body, text };
}
