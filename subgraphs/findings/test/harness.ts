/**
 * A findings subgraph served over real HTTP on a test database, with the snapshot source replaced by an in-memory
 * map of scans, and every `findings.alert.raised` event captured.
 */
import crypto from 'node:crypto';
import type { InventoryResource } from '@cspmexa/resources';
import {
  createMemoryEventBus,
  loadSecrets,
  signAssertion,
  startSubgraph,
  type AlertRaisedEvent,
  type DatabaseHandle,
  type Viewer,
} from '@cspmexa/server-kit';
import { memoryActionSink, openTestDatabase, silentLogger, testConfig } from '@cspmexa/server-kit/testing';
import { createFindingsSubgraph, migrationsFolder, type FindingsModule, type FindingsOptions, type ScanSnapshot } from '../src/index';

export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function startHarness(options: Omit<FindingsOptions, 'fetchSnapshot'> = {}) {
  const config = testConfig({ SUBGRAPH_HOST: '127.0.0.1' });
  const secrets = loadSecrets(config);
  const handle: DatabaseHandle = await openTestDatabase();
  const bus = createMemoryEventBus(silentLogger);
  const alerts: AlertRaisedEvent[] = [];
  await bus.subscribe('findings.alert.raised', (a) => {
    alerts.push(a);
  });
  const snapshots = new Map<string, ScanSnapshot & { orgId: string }>();
  const deps = { config, secrets, db: handle.db, bus, logger: silentLogger };
  // What the subgraph audits, kept here instead of calling auth's `recordAuditEvents`.
  const actionSink = memoryActionSink();
  const running = await startSubgraph(
    (d) => createFindingsSubgraph(d, { ...options, fetchSnapshot: async ({ orgId, scanId }) => {
      const s = snapshots.get(scanId);
      return s && s.orgId === orgId ? s : null;
    } }),
    migrationsFolder,
    { ...deps, handle, port: 0, actionSink },
  );
  const module = running.module as FindingsModule;

  let scanCount = 0;
  /** Stores a snapshot as inventory would, then evaluates it as the scan-finished event would. */
  async function scan(orgId: string, accountId: string, resources: InventoryResource[], status: 'COMPLETED' | 'PARTIAL' = 'COMPLETED') {
    const scanId = `scan-${++scanCount}-${crypto.randomUUID()}`;
    snapshots.set(scanId, { orgId, scanId, accountId, status, resources });
    const alertsBefore = alerts.length;
    const outcome = await module.evaluateScan({ orgId, accountId, scanId, status });
    return { scanId, outcome, alerts: alerts.slice(alertsBefore) };
  }

  async function gql<T = Record<string, any>>(viewer: Viewer | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
    const res = await fetch(running.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cspmexa-assertion': signAssertion(viewer, { requestId: crypto.randomUUID() }, secrets.internalSecret),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, ...((await res.json()) as object) };
  }

  return {
    url: running.url,
    config,
    db: handle.db,
    bus,
    alerts,
    audited: actionSink.entries,
    snapshots,
    module,
    scan,
    gql,
    async close() {
      await running.close();
      await bus.close();
      await handle.close();
    },
  };
}

export const userOf = (orgId: string): Viewer => ({ kind: 'user', userId: `user-${orgId}`, orgId, role: 'ANALYST', email: `analyst@${orgId}.test`, mfa: false });

export const adminOf = (orgId: string): Viewer => ({ kind: 'user', userId: `admin-${orgId}`, orgId, role: 'ADMIN', email: `admin@${orgId}.test`, mfa: true });
