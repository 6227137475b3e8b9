/**
 * Starts the whole product as `npm start` does, on free ports and a throwaway data folder (or a fresh database
 * on the PostgreSQL named by DATABASE_URL, and the Redis of REDIS_URL), and talks to it only through the gateway.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { createLogger, loadConfig, type Database } from '@cspmexa/server-kit';
import { createTestDatabaseUrl, freePort } from '@cspmexa/server-kit/testing';
import { startProduct, type RunningProduct } from '../../scripts/product';

export interface Harness {
  url: string;
  /** Each subgraph's own URL, for proving it refuses callers that bypass the gateway. */
  subgraphUrls: Record<'auth' | 'inventory' | 'findings' | 'notifications', string>;
  adminEmail: string;
  adminPassword: string;
  /** The product's database, for test-only seeding through a subgraph's stores (never for assertions' shortcuts). */
  db: Database;
  /** Signs assertions as the gateway does, for tests of what a subgraph answers to an `_entities` call. */
  internalSecret: string;
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[]; status: number }>;
  subscribe(query: string, variables: Record<string, unknown>, token: string): { events: unknown[]; errors: unknown[]; close(): Promise<void> };
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Rewrites the fresh database's URL before the product sees it (e.g. through a proxy a test can cut). */
  databaseUrl?: (url: string) => string;
}

export async function startHarness(env: Record<string, string> = {}, opts: HarnessOptions = {}): Promise<Harness> {
  const db = await createTestDatabaseUrl();
  const adminPassword = 'E2e-Admin-Password-1';
  const configure = async () => {
    const ports = { GATEWAY_PORT: await freePort(), AUTH_PORT: await freePort(), INVENTORY_PORT: await freePort(), FINDINGS_PORT: await freePort(), NOTIFICATIONS_PORT: await freePort() };
    return loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'silent',
      DATA_DIR: path.join(os.tmpdir(), `cspmexa-e2e-${crypto.randomBytes(6).toString('hex')}`),
      PGLITE_DIR: 'memory://',
      ADMIN_EMAIL: 'admin@example.test',
      ADMIN_PASSWORD: adminPassword,
      ...(db ? { DATABASE_URL: opts.databaseUrl?.(db.url) ?? db.url, INTERNAL_SECRET: crypto.randomBytes(32).toString('base64url'), MFA_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'), CREDENTIALS_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'), JWT_PRIVATE_KEY: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() } : {}),
      ...(process.env.REDIS_URL ? { REDIS_URL: process.env.REDIS_URL } : {}),
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      // The dashboard's origin, as a browser test opens it: the WebSocket origin allowlist (S2) admits it.
      PUBLIC_URL: `http://127.0.0.1:${ports.GATEWAY_PORT}`,
      // Loopback only: freePort probed 127.0.0.1, and tests reach the gateway there.
      GATEWAY_HOST: '127.0.0.1',
      ...env,
    });
  };
  let config = await configure();
  let product: RunningProduct;
  for (let attempt = 1; ; attempt += 1) {
    try {
      product = await startProduct(config, createLogger({ level: config.LOG_LEVEL }));
      break;
    } catch (err) {
      // A port free a moment ago can be taken before we bind it (parallel test files, outgoing connections):
      // pick new ports rather than fail the file. Any other error is the test's to see.
      if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE' && attempt < 3) {
        config = await configure();
        continue;
      }
      await db?.drop();
      throw err;
    }
  }
  const base = `http://127.0.0.1:${config.GATEWAY_PORT}`;
  const clients: Client[] = [];
  return {
    url: base,
    subgraphUrls: { auth: config.AUTH_URL, inventory: config.INVENTORY_URL, findings: config.FINDINGS_URL, notifications: config.NOTIFICATIONS_URL },
    adminEmail: config.ADMIN_EMAIL,
    adminPassword,
    db: product.db,
    internalSecret: product.secrets.internalSecret,
    async gql(query, variables = {}, token) {
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { ...((await res.json()) as object), status: res.status };
    },
    subscribe(query, variables, token) {
      const events: unknown[] = [];
      const errors: unknown[] = [];
      const client = createClient({ url: `ws://127.0.0.1:${config.GATEWAY_PORT}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
      clients.push(client);
      client.subscribe({ query, variables }, { next: (v) => void events.push(v), error: (e) => void errors.push(e), complete: () => undefined });
      return { events, errors, close: () => client.dispose() as Promise<void> };
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await product.stop();
      await db?.drop();
    },
  };
}
