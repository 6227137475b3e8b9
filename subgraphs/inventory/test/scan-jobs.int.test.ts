/**
 * Issue 4, scans as jobs: pg-boss on the test database (PGlite, or PostgreSQL with DATABASE_URL), one running scan
 * per account (X5), a dead worker's scan taken over within the lease, cancel, live progress and schedules.
 * The harness node only enqueues (no pg-boss workers); scans run in explicitly started worker nodes.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AuditedAction, ScanProgressEvent } from '@cspmexa/server-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '@cspmexa/server-kit/testing';
import type { ScanRow } from '../src/db/schema';
import { runDueSchedules } from '../src/domain/scan-schedule';
import type { InventoryOptions } from '../src/index';
import { eventually, startHarness, user, type Harness, type Worker } from './support/harness';
import { fakeAwsClients, pacedCollector } from './support/scan-doubles';

const ORG = `org-jobs-${crypto.randomUUID()}`;
const admin = user(ORG);
const common: InventoryOptions = {
  awsClients: fakeAwsClients(),
  scanLease: { heartbeatMs: 200, staleAfterMs: 1_000, abandonedAfterMs: 8_000, recoveryIntervalMs: 500 },
  jobs: { expireInSeconds: 60, retryLimit: 5, retryDelaySeconds: 1, pollingIntervalSeconds: 0.5, maintenanceIntervalSeconds: 1, stopTimeoutMs: 1_000 },
};
/** 30 calls of 60 ms: a scan runs about 2 s, long enough to watch and to cancel. */
const paced = pacedCollector({ calls: 30, delayMs: 60, resources: 3 });

const ADD = 'mutation($name: String!) { addAwsAccount(input: { name: $name, authMethod: DEFAULT_CHAIN }) { id } }';
const START = 'mutation($id: ID!) { startScan(accountId: $id) { id status } }';
const CANCEL = 'mutation($id: ID!) { cancelScan(scanId: $id) { id status } }';
const SCAN = 'query($id: ID!) { scan(id: $id) { id status resourceCount failureReason progress { phase percentage apiCalls } } }';
const PROGRESS = 'query($id: ID!) { scanProgressSnapshot(scanId: $id) { scanId status phase resourcesCollected apiCalls errors percentage } }';
const SCHEDULE = 'mutation($id: ID!, $cron: String) { scheduleScans(accountId: $id, cron: $cron) { id scanSchedule } }';

let h: Harness;
let worker: Worker;

beforeAll(async () => {
  h = await startHarness({ ...common, jobs: { ...common.jobs, concurrency: 0 } });
  worker = await h.startWorker({ ...common, collectors: [paced] });
});

afterAll(async () => {
  await worker?.close();
  await h?.close();
});

async function addAccount(): Promise<string> {
  const res = await h.gql(admin, ADD, { name: `acct-${crypto.randomUUID().slice(0, 8)}` });
  expect(res.errors).toBeUndefined();
  return res.data!.addAwsAccount.id;
}

async function startScan(accountId: string): Promise<string> {
  const res = await h.gql(admin, START, { id: accountId });
  expect(res.errors).toBeUndefined();
  return res.data!.startScan.id;
}

const scanOf = async (id: string) => (await h.gql(admin, SCAN, { id })).data?.scan;
const ended = (id: string, timeoutMs = 20_000) =>
  eventually(async () => {
    const scan = await scanOf(id);
    return scan && !['QUEUED', 'RUNNING'].includes(scan.status) ? scan : undefined;
  }, timeoutMs);

describe('scan jobs on pg-boss', () => {
  it('X5 two startScan for one account at once: one is queued, the other CONFLICT; its job is keyed by the account', async () => {
    const accountId = await addAccount();
    const [a, b] = await Promise.all([h.gql(admin, START, { id: accountId }), h.gql(admin, START, { id: accountId })]);
    const winners = [a, b].filter((r) => r.data?.startScan);
    expect(winners).toHaveLength(1);
    expect([a, b].flatMap((r) => r.errors?.map((e) => e.extensions?.code) ?? [])).toEqual(['CONFLICT']);
    const scanId = winners[0]!.data!.startScan.id as string;
    const jobs = await h.handle.db.execute(sql`select singleton_key from pgboss.job where id = ${scanId}::uuid`);
    expect((jobs as unknown as { rows: { singleton_key: string }[] }).rows).toEqual([{ singleton_key: accountId }]);
    expect(await ended(scanId)).toMatchObject({ status: 'COMPLETED', resourceCount: 3 });
  });

  it('scanProgress events are throttled, their snapshots increase, and the last one is 100', async () => {
    const accountId = await addAccount();
    const events: ScanProgressEvent[] = [];
    const snapshots: { percentage: number; phase: string; apiCalls: number }[] = [];
    let reading = Promise.resolve();
    const unsubscribe = await h.bus.subscribe('inventory.scan.progress', (e) => {
      if (e.accountId !== accountId) return;
      events.push(e);
      // Read each snapshot in event order, as the gateway does for a subscriber.
      reading = reading.then(async () => void snapshots.push((await h.gql(admin, PROGRESS, { id: e.scanId })).data!.scanProgressSnapshot));
    });
    const scanId = await startScan(accountId);
    const started = Date.now();
    await ended(scanId);
    const elapsedMs = Date.now() - started;
    await eventually(async () => (snapshots.at(-1)?.percentage === 100 ? true : undefined));
    await reading;
    await unsubscribe();
    expect(events.every((e) => e.orgId === ORG && e.scanId === scanId)).toBe(true);
    // At most 4 per second (plus the final one).
    expect(events.length).toBeLessThanOrEqual(Math.ceil(elapsedMs / 250) + 2);
    expect(snapshots.length).toBeGreaterThanOrEqual(3);
    const percentages = snapshots.map((s) => s.percentage);
    expect([...percentages].sort((x, y) => x - y)).toEqual(percentages);
    // Only an ended scan reads 100 (a late event may read the ended scan too, hence possibly several 100s).
    expect(snapshots.filter((p) => p.percentage === 100).every((p) => p.phase === 'DONE')).toBe(true);
    expect(new Set(percentages).size).toBeGreaterThanOrEqual(3);
    // 30 collector calls plus DescribeRegions.
    expect(snapshots.at(-1)).toMatchObject({ percentage: 100, phase: 'DONE', apiCalls: 31 });
  });

  it('cancelScan on a running scan ends it CANCELLED within an API call and writes no resources', async () => {
    const accountId = await addAccount();
    const scanId = await startScan(accountId);
    await eventually(async () => {
      const scan = await scanOf(scanId);
      return scan?.status === 'RUNNING' && scan.progress.apiCalls > 0 ? scan : undefined;
    });
    const cancelled = await h.gql(admin, CANCEL, { id: scanId });
    expect(cancelled.errors).toBeUndefined();
    const scan = await ended(scanId, 5_000);
    expect(scan).toMatchObject({ status: 'CANCELLED', resourceCount: 0, progress: { phase: 'DONE', percentage: 100 } });
    expect(scan.progress.apiCalls).toBeLessThan(30);
    const stored = await h.gql(admin, 'query($a: ID!) { resources(filter: { accountId: $a }) { totalCount } }', { a: accountId });
    expect(stored.data?.resources.totalCount).toBe(0);
    expect(h.scanEvents.some((e) => e.scanId === scanId)).toBe(false);
    // The account is free again, and cancelling a finished scan changes nothing.
    expect(await ended(await startScan(accountId))).toMatchObject({ status: 'COMPLETED' });
    expect((await h.gql(admin, CANCEL, { id: scanId })).data?.cancelScan.status).toBe('CANCELLED');
    expect((await h.gql(user(`other-${ORG}`), CANCEL, { id: scanId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('scheduleScans validates the cron expression with croner and stores it on the account (admins only)', async () => {
    const accountId = await addAccount();
    for (const cron of ['not a cron', '61 * * * *', '* * * * *', '']) {
      const res = await h.gql(admin, SCHEDULE, { id: accountId, cron });
      expect(res.errors?.[0]?.extensions?.code, cron).toBe('BAD_USER_INPUT');
    }
    expect((await h.gql(user(ORG, 'ANALYST'), SCHEDULE, { id: accountId, cron: '0 3 * * *' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(admin, SCHEDULE, { id: accountId, cron: ' 0 3 * * * ' })).data?.scheduleScans).toEqual({ id: accountId, scanSchedule: '0 3 * * *' });
    const read = await h.gql(admin, 'query($id: ID!) { awsAccount(id: $id) { scanSchedule } }', { id: accountId });
    expect(read.data?.awsAccount.scanSchedule).toBe('0 3 * * *');
    expect((await h.gql(admin, SCHEDULE, { id: accountId, cron: null })).data?.scheduleScans.scanSchedule).toBeNull();
  });

  it('a scheduled scan starts when its cron time falls due, once even if two replicas tick', async () => {
    const accountId = await addAccount();
    await h.gql(admin, SCHEDULE, { id: accountId, cron: '*/10 * * * *' });
    const started: string[] = [];
    const runner = {
      startScheduledScan: async (orgId: string, id: string) => {
        if (id !== accountId) return false;
        expect(orgId).toBe(ORG);
        started.push(id);
        return started.length === 1; // the second replica meets the one-active-scan index
      },
    };
    const deps = { db: h.handle.db, logger: silentLogger };
    const at = (iso: string) => new Date(iso);
    // No run between 12:01 and 12:09; the 12:10 run is due at 12:10:30.
    await runDueSchedules(deps, runner, at('2026-01-01T12:01:00Z'), at('2026-01-01T12:09:00Z'));
    expect(started).toEqual([]);
    await runDueSchedules(deps, runner, at('2026-01-01T12:09:00Z'), at('2026-01-01T12:10:30Z'));
    await runDueSchedules(deps, runner, at('2026-01-01T12:09:00Z'), at('2026-01-01T12:10:30Z'));
    expect(started).toEqual([accountId, accountId]);
    await h.gql(admin, SCHEDULE, { id: accountId, cron: null });
  });

  it('L1 a scheduled scan is audited as the system\'s scan.started: no actor, trigger schedule', async () => {
    const accountId = await addAccount();
    await h.gql(admin, SCHEDULE, { id: accountId, cron: '*/10 * * * *' });
    const scan = { id: crypto.randomUUID(), accountId } as ScanRow;
    const runner = {
      startScheduledScan: async (_orgId: string, id: string, onQueued?: (s: ScanRow) => Promise<void>) => {
        if (id !== accountId) return false;
        await onQueued?.(scan);
        return true;
      },
    };
    const audited: [string, AuditedAction][] = [];
    const audit = async (orgId: string, action: AuditedAction) => void audited.push([orgId, action]);
    await runDueSchedules({ db: h.handle.db, logger: silentLogger }, runner, new Date('2026-01-01T12:09:00Z'), new Date('2026-01-01T12:10:30Z'), audit);
    expect(audited).toEqual([[ORG, { action: 'scan.started', target: scan.id, details: { accountId, trigger: 'schedule' } }]]);
    await h.gql(admin, SCHEDULE, { id: accountId, cron: null });
  });

  it('X5 a killed worker: its scan is taken over by another worker once the lease lapses', async () => {
    await worker.close(); // only the doomed worker takes the next job
    const accountId = await addAccount();
    const doomed = await h.startWorker({ ...common, collectors: [pacedCollector({ calls: 400, delayMs: 50, resources: 1, prefix: 'doomed' })] });
    const scanId = await startScan(accountId);
    await eventually(async () => ((await scanOf(scanId))?.progress.apiCalls > 0 ? true : undefined));
    worker = await h.startWorker({ ...common, collectors: [pacedCollector({ calls: 2, delayMs: 10, resources: 2, prefix: 'rescued' })] });
    const killedAt = Date.now();
    await doomed.close(); // stops beating; its job is failed and retried
    const scan = await ended(scanId, 15_000);
    expect(scan).toMatchObject({ status: 'COMPLETED', resourceCount: 2 });
    expect(Date.now() - killedAt).toBeLessThan(15_000);
  });
});
