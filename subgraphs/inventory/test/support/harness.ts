/**
 * Runs the inventory subgraph the way production does (migrations, module.start, serveSubgraph over HTTP with the
 * signed gateway assertion) on a test database, and sends GraphQL as a given viewer.
 */
import crypto from 'node:crypto';
import {
  createMemoryEventBus,
  loadSecrets,
  signAssertion,
  startSubgraph,
  ASSERTION_HEADER,
  type DatabaseHandle,
  type EventBus,
  type Logger,
  type ScanFinishedEvent,
  type Viewer,
} from '@cspmexa/server-kit';
import { memoryActionSink, openTestDatabase, silentLogger, testConfig } from '@cspmexa/server-kit/testing';
import { createInventorySubgraph, migrationsFolder, type InventoryOptions } from '../../src/index';

export interface GraphQLResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export interface Worker {
  url: string;
  gql: Harness['gql'];
  close(): Promise<void>;
}

export interface Harness {
  url: string;
  /** Another inventory process on the same database and bus (a second worker), with its own options. */
  startWorker(options: InventoryOptions): Promise<Worker>;
  handle: DatabaseHandle;
  bus: EventBus;
  scanEvents: ScanFinishedEvent[];
  /** What the subgraph audited (auth's `recordAuditEvents` in production). */
  audited: ReturnType<typeof memoryActionSink>['entries'];
  gql<T = Record<string, any>>(viewer: Viewer | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** `logger` replaces the silent one (tests that read what the subgraph logs); `configOverrides` set settings. */
export async function startHarness(options: InventoryOptions = {}, configOverrides: Record<string, string> = {}, logger: Logger = silentLogger): Promise<Harness> {
  const config = testConfig(configOverrides);
  const secrets = loadSecrets(config);
  const handle = await openTestDatabase();
  const bus = createMemoryEventBus(silentLogger);
  const scanEvents: ScanFinishedEvent[] = [];
  await bus.subscribe('inventory.scan.finished', (e) => {
    scanEvents.push(e);
  });
  const actionSink = memoryActionSink();
  const start = (opts: InventoryOptions) =>
    startSubgraph((deps) => createInventorySubgraph(deps, opts), migrationsFolder, {
      config,
      secrets,
      db: handle.db,
      handle,
      bus,
      logger,
      port: 0,
      actionSink,
    });
  const gqlAt = (url: string): Harness['gql'] => async (viewer, query, variables = {}) => {
      const res = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [ASSERTION_HEADER]: signAssertion(viewer, { requestId: crypto.randomUUID() }, secrets.internalSecret),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as GraphQLResult<any>;
    };
  const running = await start(options);
  return {
    url: running.url,
    handle,
    bus,
    scanEvents,
    audited: actionSink.entries,
    gql: gqlAt(running.url),
    async startWorker(opts) {
      const worker = await start(opts);
      return { url: worker.url, gql: gqlAt(worker.url), close: () => worker.close() };
    },
    async close() {
      await running.close();
      await bus.close();
      await handle.close();
    },
  };
}

export const user = (orgId: string, role: 'ADMIN' | 'ANALYST' = 'ADMIN'): Viewer => ({
  kind: 'user',
  userId: `user-${role.toLowerCase()}-${orgId}`,
  orgId,
  role,
  email: `${role.toLowerCase()}@${orgId}.test`,
  // Signed in with MFA, as admins must be (M5).
  mfa: role === 'ADMIN',
});

export const service = (orgId: string): Viewer => ({ kind: 'service', service: 'findings', orgId });

/** Polls until `check` returns a value, or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until the scan has left QUEUED/RUNNING and returns its status, counts and failure reason. */
export async function scanOutcome(h: Pick<Harness, 'gql'>, viewer: Viewer, scanId: string) {
  return eventually(async () => {
    const res = await h.gql(viewer, `query($id: ID!) { scan(id: $id) { id status resourceCount errorCount failureReason exportable } }`, { id: scanId });
    const scan = res.data?.scan;
    return scan && !['QUEUED', 'RUNNING'].includes(scan.status) ? (scan as { id: string; status: string; resourceCount: number; errorCount: number; failureReason: string | null; exportable: boolean }) : undefined;
  });
}
