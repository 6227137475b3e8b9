/**
 * Durable audit delivery (L1, "nothing is lost or half-written"): a subgraph's actions and refusals are written to
 * the audit outbox in its own database and drained into auth's trail over real HTTP. An auth outage delays entries
 * but loses none; an answer lost after auth wrote an entry does not duplicate it; two drainers (replicas) on one
 * database deliver each row once; the chain verifies afterwards.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authAuditDelivery,
  createAuditOutbox,
  createAuditOutboxStore,
  createMemoryEventBus,
  loadSecrets,
  openDatabase,
  signAssertion,
  startSubgraph,
  type AuditDelivery,
  type Database,
  type DatabaseHandle,
  type RunningSubgraph,
  type SubgraphModule,
  type UserViewer,
  type Viewer,
} from '@cspmexa/server-kit';
import { openTestDatabase, silentLogger, testConfig } from '@cspmexa/server-kit/testing';
import { startAuthHarness, type AuthHarness } from '../../subgraphs/auth/test/harness';
import { auditOutbox } from '../../subgraphs/notifications/src/db/schema';
import { createNotificationsSubgraph, migrationsFolder } from '../../subgraphs/notifications/src/index';
import { startFlakyHttpProxy, type FlakyHttpProxy } from '../support/flaky-http-proxy';

const CREATE_RULE = `mutation($input: CreateNotificationRuleInput!) { createNotificationRule(input: $input) { id } }`;
const DELETE_RULE = `mutation($id: ID!) { deleteNotificationRule(id: $id) }`;
const EVENTS = `query($f: AuditEventFilter) { auditEvents(filter: $f, first: 100) { edges { node { id action actorId target at ip userAgent requestId details } } } }`;
const VERIFY = `{ verifyAuditChain { ok firstBrokenId checkedCount } }`;

interface Entry {
  id: string;
  action: string;
  actorId: string | null;
  target: string | null;
  at: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown>;
}

let auth: AuthHarness;
let proxy: FlakyHttpProxy;
let handle: DatabaseHandle & { url?: string };
let notifications: RunningSubgraph & { module: SubgraphModule };
let admin: UserViewer;
let analyst: UserViewer;
let internalSecret: string;

/** Calls the notifications subgraph as the gateway does, for one user request with its id, IP and user agent. */
async function act(viewer: Viewer, query: string, variables: Record<string, unknown>, requestId = crypto.randomUUID()) {
  const res = await fetch(notifications.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-cspmexa-assertion': signAssertion(viewer, { requestId, ip: '203.0.113.7', userAgent: 'outbox-test/1' }, internalSecret) },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as { data?: Record<string, any>; errors?: { extensions?: { code?: string } }[] }), requestId };
}

async function trail(filter: Record<string, unknown>): Promise<Entry[]> {
  const res = await auth.call<{ auditEvents: { edges: { node: Entry }[] } }>(EVENTS, { f: filter }, admin);
  expect(res.errors).toBeUndefined();
  return res.data!.auditEvents.edges.map((e) => e.node);
}

async function chainVerifies() {
  const res = await auth.call<{ verifyAuditChain: { ok: boolean; checkedCount: number } }>(VERIFY, {}, admin);
  expect(res.data?.verifyAuditChain.ok).toBe(true);
  return res.data!.verifyAuditChain.checkedCount;
}

const queued = () => handle.db.select().from(auditOutbox);
const drain = () => notifications.module.auditOutbox!.drainer.wake();

beforeAll(async () => {
  auth = await startAuthHarness();
  const seeded = await auth.seedOrganization(['ADMIN', 'ANALYST']);
  admin = seeded.viewerOf(0);
  analyst = seeded.viewerOf(1);
  internalSecret = auth.secrets.internalSecret;
  proxy = await startFlakyHttpProxy(auth.url);
  handle = await openTestDatabase();
  const config = testConfig({ AUTH_URL: proxy.url, INTERNAL_SECRET: internalSecret });
  notifications = await startSubgraph((deps) => createNotificationsSubgraph(deps), migrationsFolder, {
    config,
    secrets: loadSecrets(config),
    db: handle.db,
    handle,
    bus: createMemoryEventBus(silentLogger),
    logger: silentLogger,
    port: 0,
    // The loop runs only when the test wakes it (no waiting on a timer), and a failed row is due again at once.
    auditOutboxTuning: { pollIntervalMs: 3_600_000, backoff: { baseMs: 0, maxMs: 0 } },
  });
});

afterAll(async () => {
  await notifications?.close();
  await handle?.close();
  await proxy?.close();
  await auth?.close();
});

describe('audit outbox (L1)', () => {
  it('L1 with auth unreachable an action and a refusal succeed; their entries wait in the outbox and reach the trail once, when auth is back', async () => {
    proxy.setReachable(false);
    const created = await act(admin, CREATE_RULE, { input: { name: 'During outage', minSeverity: 'HIGH', recipients: ['secops@example.test'] } });
    expect(created.errors).toBeUndefined();
    const ruleId = created.data!.createNotificationRule.id as string;
    const refused = await act(analyst, DELETE_RULE, { id: ruleId });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const waiting = await queued();
    expect(waiting.map((r) => r.action).sort()).toEqual(['authorization.denied', 'notification_rule.created']);
    expect(waiting.every((r) => r.attempts >= 1 && r.lastError)).toBe(true);
    expect(await trail({ target: ruleId })).toEqual([]);
    await drain();
    expect(await queued()).toHaveLength(2);

    proxy.setReachable(true);
    await drain();
    expect(await queued()).toEqual([]);
    const [entry, ...more] = await trail({ target: ruleId, actions: ['notification_rule.created'] });
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ id: waiting.find((r) => r.action === 'notification_rule.created')!.id, actorId: admin.userId, requestId: created.requestId, ip: '203.0.113.7', userAgent: 'outbox-test/1' });
    expect(entry!.details).toMatchObject({ subgraph: 'notifications', name: 'During outage' });
    // The entry says when the action happened, not when auth was back.
    const occurredAt = waiting.find((r) => r.action === 'notification_rule.created')!.occurredAt;
    expect(entry!.at).toBe(occurredAt.toISOString());
    expect(Date.parse(String(entry!.details.recordedAt))).toBeGreaterThan(occurredAt.getTime());
    const [denial, ...moreDenials] = await trail({ target: ruleId, actions: ['authorization.denied'] });
    expect(moreDenials).toEqual([]);
    expect(denial).toMatchObject({ actorId: analyst.userId, requestId: refused.requestId, ip: '203.0.113.7' });
    expect(denial!.details).toMatchObject({ field: 'Mutation.deleteNotificationRule', reason: 'NOT_ADMIN', subgraph: 'notifications' });
    await chainVerifies();
  });

  it('L1 an answer lost after auth wrote the entry does not duplicate it: the retry is recognised by the entry id', async () => {
    proxy.dropAnswers(1);
    const created = await act(admin, CREATE_RULE, { input: { name: 'Lost answer', minSeverity: 'LOW', recipients: ['secops@example.test'] } });
    expect(created.errors).toBeUndefined();
    const ruleId = created.data!.createNotificationRule.id as string;
    const [row] = await queued();
    expect(row).toMatchObject({ action: 'notification_rule.created', target: ruleId });
    // Auth has it already; the subgraph does not know.
    expect(await trail({ target: ruleId })).toHaveLength(1);

    await drain();
    expect(await queued()).toEqual([]);
    expect(proxy.forwarded.filter((body) => body.includes(row!.id))).toHaveLength(2);
    const entries = await trail({ target: ruleId });
    expect(entries.map((e) => e.id)).toEqual([row!.id]);
    await chainVerifies();
  });

  it('L1 two drainers on one database deliver each queued row exactly once', async () => {
    const before = await chainVerifies();
    // A second replica's outbox on the same database: its own pool on PostgreSQL, the shared PGlite otherwise.
    const replicaHandle = handle.url ? await openDatabase({ databaseUrl: handle.url }) : handle;
    const sent = new Map<string, number>();
    const counting = (deliver: AuditDelivery): AuditDelivery => async (orgId, rows) => {
      for (const r of rows) sent.set(r.id, (sent.get(r.id) ?? 0) + 1);
      await deliver(orgId, rows);
    };
    const toAuth = authAuditDelivery({ authUrl: auth.url, internalSecret, subgraph: 'notifications' });
    const tuning = { batchSize: 3, pollIntervalMs: 3_600_000 };
    const a = createAuditOutbox({ db: handle.db, table: auditOutbox, deliver: counting(toAuth), logger: silentLogger, tuning });
    const b = createAuditOutbox({ db: replicaHandle.db, table: auditOutbox, deliver: counting(toAuth), logger: silentLogger, tuning });
    try {
      const request = { requestId: crypto.randomUUID(), ip: '203.0.113.8', userAgent: 'replicas/1' };
      for (let i = 0; i < 24; i += 1) {
        await a.actionSink(admin.orgId, [{ action: 'notification_rule.deleted', target: `rule-${i}`, details: { i }, actorId: admin.userId, apiTokenId: null }], request);
      }
      const ids = (await queued()).map((r) => r.id);
      expect(ids).toHaveLength(24);
      a.drainer.start();
      b.drainer.start();
      await Promise.all([a.drainer.wake(), b.drainer.wake()]);
      expect(await queued()).toEqual([]);
      expect([...sent.keys()].sort()).toEqual([...ids].sort());
      expect([...sent.values()].every((n) => n === 1)).toBe(true);
      const written = (await trail({ actions: ['notification_rule.deleted'] })).filter((e) => e.requestId === request.requestId);
      expect(written.map((e) => e.id).sort()).toEqual([...ids].sort());
      expect(await chainVerifies()).toBe(before + 24);
    } finally {
      await Promise.all([a.drainer.stop(), b.drainer.stop()]);
      if (replicaHandle !== handle) await replicaHandle.close();
    }
  });

  it('L1 a claim skips the rows another drainer holds: concurrent claims never return the same row', async () => {
    const replicaHandle = handle.url ? await openDatabase({ databaseUrl: handle.url }) : handle;
    const outbox = createAuditOutbox({ db: handle.db, table: auditOutbox, deliver: async () => undefined, logger: silentLogger });
    try {
      const request = { requestId: crypto.randomUUID() };
      for (let i = 0; i < 6; i += 1) {
        await outbox.actionSink(admin.orgId, [{ action: 'notification_rule.deleted', target: `held-${i}`, actorId: admin.userId, apiTokenId: null }], request);
      }
      const now = new Date();
      const lease = { now, leaseUntil: new Date(now.getTime() + 60_000), requestId: request.requestId };
      const replica = createAuditOutboxStore(replicaHandle.db, auditOutbox);
      let second: { id: string }[] = [];
      const first = await handle.db.transaction(async (tx) => {
        const held = await createAuditOutboxStore(tx as unknown as Database, auditOutbox).claim({ ...lease, limit: 3 });
        // On PostgreSQL the replica claims while the first claim's transaction still holds its rows; PGlite has one
        // connection, so there the replica claims right after it.
        if (replicaHandle !== handle) second = await replica.claim({ ...lease, limit: 6 });
        return held;
      });
      if (replicaHandle === handle) second = await replica.claim({ ...lease, limit: 6 });
      expect(first).toHaveLength(3);
      expect(second).toHaveLength(3);
      expect(new Set([...first, ...second].map((r) => r.id)).size).toBe(6);
      expect(await replica.claim({ ...lease, limit: 6 })).toEqual([]);
    } finally {
      await handle.db.delete(auditOutbox);
      if (replicaHandle !== handle) await replicaHandle.close();
    }
  });

  it('L1 a system action (a scheduled scan) reaches the trail without actor or request; a row auth refuses holds back no other', async () => {
    const before = await chainVerifies();
    const inventory = createAuditOutbox({
      db: handle.db,
      table: auditOutbox,
      deliver: authAuditDelivery({ authUrl: auth.url, internalSecret, subgraph: 'inventory' }),
      logger: silentLogger,
      tuning: { pollIntervalMs: 3_600_000, backoff: { baseMs: 3_600_000, maxMs: 3_600_000 } },
    });
    const scanId = crypto.randomUUID();
    try {
      const request = { requestId: crypto.randomUUID() };
      await inventory.actionSink(admin.orgId, [{ action: 'scan.cancelled', target: 'before', actorId: admin.userId, apiTokenId: null }], request);
      // Not an inventory action: auth refuses it, whatever batch it travels in.
      await inventory.actionSink(admin.orgId, [{ action: 'role.changed' as never, target: 'forged', actorId: admin.userId, apiTokenId: null }], request);
      inventory.drainer.start();
      await inventory.recordSystemAction(admin.orgId, { action: 'scan.started', target: scanId, details: { accountId: 'acc-1', trigger: 'schedule' } });
      await inventory.drainer.wake();
      const [scheduled] = await trail({ target: scanId });
      expect(scheduled).toMatchObject({ action: 'scan.started', actorId: null, requestId: null, ip: null, userAgent: null });
      expect(scheduled!.details).toMatchObject({ trigger: 'schedule', subgraph: 'inventory' });
      expect(await trail({ target: 'before' })).toHaveLength(1);
      expect(await trail({ target: 'forged' })).toEqual([]);
      const left = await queued();
      expect(left.map((r) => r.target)).toEqual(['forged']);
      expect(left[0]!.lastError).toMatch(/does not record role.changed/);
      expect(await chainVerifies()).toBe(before + 2);
    } finally {
      await inventory.drainer.stop();
      await handle.db.delete(auditOutbox);
    }
  });
});
