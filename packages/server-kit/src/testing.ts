/**
 * Test helpers: a fresh database per suite (in-memory PGlite, or a new database on the server named by
 * DATABASE_URL, so integration suites run on real PostgreSQL without stepping on each other), and a config.
 */
import crypto from 'node:crypto';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { ActionSink, ReportedAction } from './action-audit';
import { loadConfig, type AppConfig } from './config';
import { openDatabase, type DatabaseHandle } from './db';
import { createLogger } from './logger';
import type { RequestMeta } from './tokens';

/** `url` is set on PostgreSQL, so a test can open a second pool on the same database (a second replica). */
export async function openTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  const fresh = await createTestDatabaseUrl();
  if (!fresh) return openDatabase({ pgliteDir: 'memory://' });
  const handle = await openDatabase({ databaseUrl: fresh.url });
  return {
    ...handle,
    url: fresh.url,
    close: async () => {
      await handle.close();
      await fresh.drop();
    },
  };
}

/** A new, empty database on the server named by DATABASE_URL; undefined when DATABASE_URL is unset. */
export async function createTestDatabaseUrl(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) return undefined;
  const name = `cspmexa_t_${crypto.randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const c = new pg.Client({ connectionString: serverUrl });
    await c.connect();
    try {
      await c.query(statement);
    } finally {
      await c.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}

/** A TCP port that was free a moment ago (for servers whose URL others must know before they start). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A valid configuration for tests: a throwaway data folder, keys generated there, quiet logs. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATA_DIR: path.join(os.tmpdir(), `cspmexa-test-${crypto.randomBytes(6).toString('hex')}`),
    ADMIN_EMAIL: 'admin@example.test',
    ADMIN_PASSWORD: 'Test-Admin-Password-1',
    INTERNAL_SECRET: crypto.randomBytes(32).toString('base64url'),
    JWT_PRIVATE_KEY: crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    ...overrides,
  });
}

export const silentLogger = createLogger({ level: 'silent' });

/** Collects the actions a subgraph audits (instead of calling auth), for its own integration tests. */
export function memoryActionSink(): ActionSink & { entries: (ReportedAction & { orgId: string; request: RequestMeta })[] } {
  const entries: (ReportedAction & { orgId: string; request: RequestMeta })[] = [];
  const sink: ActionSink = async (orgId, actions, request) => {
    for (const action of actions) entries.push({ ...action, orgId, request });
  };
  return Object.assign(sink, { entries });
}
