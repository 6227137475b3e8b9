/**
 * X8: an alert is committed with the finding and published after the commit; when the publish fails (bus down,
 * process killed) the relay delivers it later, exactly once.
 */
import crypto from 'node:crypto';
import type { EventBus } from '@cspmexa/server-kit';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/domain/evaluate';
import { createAlertPublisher } from '../src/domain/alert-publisher';
import { createScanEvaluator } from '../src/domain/evaluate-scan';
import { VerdictSet } from '../src/domain/verdict-set';
import { startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const failing = (resource: string): CheckResult => ({
  checkId: 'fake_durable_check',
  shortId: 'S3-97',
  severity: 'HIGH',
  title: 'Fake durable check passes',
  service: 's3',
  resourceId: resource,
  resourceArn: `arn:aws:s3:::${resource}`,
  accountId: '555566667777',
  region: 'us-east-1',
  status: 'FAIL',
  message: 'failing',
});

/** A bus whose publish always throws, as Redis does when it is down. */
const downBus: EventBus = {
  publish: async () => {
    throw new Error('bus down');
  },
  subscribe: async () => async () => undefined,
  close: async () => undefined,
};

async function evaluateWithBus(orgId: string, bus: EventBus, resources: string[]) {
  const evaluate = createScanEvaluator({
    db: h.db,
    bus,
    logger: silentLogger,
    runChecks: () => VerdictSet.of(resources.map(failing)),
    fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-x8', status: 'PARTIAL', resources: [] }),
  });
  return evaluate({ orgId, accountId: 'acct-x8', scanId: `scan-${crypto.randomUUID()}`, status: 'PARTIAL' });
}

describe('durable alerts (X8)', () => {
  it('X8 the evaluation commits while the bus publish throws; the relay delivers the alert later exactly once', async () => {
    const org = `org-x8-${crypto.randomUUID()}`;
    const outcome = await evaluateWithBus(org, downBus, ['bucket-a', 'bucket-b']);
    expect(outcome).toMatchObject({ outcome: 'evaluated', alerts: 2 });
    // Committed: the findings are there, but nobody heard of them yet.
    expect((await h.gql(userOf(org), '{ findings { totalCount } }')).data!.findings.totalCount).toBe(2);
    expect(h.alerts.filter((a) => a.orgId === org)).toEqual([]);

    // A young alert is left to the evaluation that raised it...
    expect(await h.module.relayAlerts()).toBe(0);
    // ...one older than the relay's grace period is delivered.
    const later = new Date(Date.now() + 120_000);
    const relay = createAlertPublisher({ db: h.db, bus: h.bus, logger: silentLogger, now: () => later });
    expect(await relay.relayPending()).toBe(2);
    await expect.poll(() => h.alerts.filter((a) => a.orgId === org).length).toBe(2);
    const delivered = h.alerts.filter((a) => a.orgId === org);
    expect(delivered.map((a) => a.resourceArn).sort()).toEqual(['arn:aws:s3:::bucket-a', 'arn:aws:s3:::bucket-b']);
    expect(delivered.every((a) => a.kind === 'OPENED' && a.severity === 'HIGH' && a.checkId === 'fake_durable_check')).toBe(true);

    // The delivered alert is the same one the API serves.
    const alert = await h.gql(userOf(org), 'query($id: ID!) { alert(id: $id) { id kind } }', { id: delivered[0]!.alertId });
    expect(alert.data!.alert).toEqual({ id: delivered[0]!.alertId, kind: 'OPENED' });

    // Exactly once: further rounds find nothing to relay.
    expect(await relay.relayPending()).toBe(0);
    expect(await h.module.relayAlerts()).toBe(0);
    expect(h.alerts.filter((a) => a.orgId === org)).toHaveLength(2);
  });

  it('X8 an alert published at evaluation time is marked, so the relay never repeats it', async () => {
    const org = `org-x8-ok-${crypto.randomUUID()}`;
    await evaluateWithBus(org, h.bus, ['bucket-c']);
    await expect.poll(() => h.alerts.filter((a) => a.orgId === org).length).toBe(1);
    const relay = createAlertPublisher({ db: h.db, bus: h.bus, logger: silentLogger, now: () => new Date(Date.now() + 120_000) });
    expect(await relay.relayPending()).toBe(0);
    expect(h.alerts.filter((a) => a.orgId === org)).toHaveLength(1);
  });

  it('X8 a bus that keeps failing leaves the alert pending for a later round', async () => {
    const org = `org-x8-down-${crypto.randomUUID()}`;
    await evaluateWithBus(org, downBus, ['bucket-d']);
    const later = () => new Date(Date.now() + 120_000);
    expect(await createAlertPublisher({ db: h.db, bus: downBus, logger: silentLogger, now: later }).relayPending()).toBe(0);
    expect(await createAlertPublisher({ db: h.db, bus: h.bus, logger: silentLogger, now: later }).relayPending()).toBe(1);
    await expect.poll(() => h.alerts.filter((a) => a.orgId === org).length).toBe(1);
  });

  it('an alert keeps the severity it was raised with when its finding later changes severity, published and relayed alike', async () => {
    const org = `org-sev-${crypto.randomUUID()}`;
    let severity: CheckResult['severity'] = 'LOW';
    const evaluate = createScanEvaluator({
      db: h.db,
      bus: downBus,
      logger: silentLogger,
      runChecks: () => VerdictSet.of([{ ...failing('bucket-sev'), severity }]),
      fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-sev', status: 'PARTIAL', resources: [] }),
    });
    await evaluate({ orgId: org, accountId: 'acct-sev', scanId: `scan-${crypto.randomUUID()}`, status: 'PARTIAL' });
    // A release makes the check CRITICAL: the finding follows, no new alert (nothing appeared or came back).
    severity = 'CRITICAL';
    expect(await evaluate({ orgId: org, accountId: 'acct-sev', scanId: `scan-${crypto.randomUUID()}`, status: 'PARTIAL' })).toMatchObject({ alerts: 0 });

    // The relay (the bus was down) delivers what was raised, not what the finding says now...
    const later = new Date(Date.now() + 120_000);
    expect(await createAlertPublisher({ db: h.db, bus: h.bus, logger: silentLogger, now: () => later }).relayPending()).toBe(1);
    await expect.poll(() => h.alerts.filter((a) => a.orgId === org).length).toBe(1);
    const [delivered] = h.alerts.filter((a) => a.orgId === org);
    expect(delivered!.severity).toBe('LOW');
    // ...and the API shows the alert as raised beside its finding as it is now.
    const byId = await h.gql(userOf(org), 'query($id: ID!) { alert(id: $id) { severity finding { severity } } }', { id: delivered!.alertId });
    expect(byId.errors).toBeUndefined();
    expect(byId.data!.alert).toEqual({ severity: 'LOW', finding: { severity: 'CRITICAL' } });
  });

  it('X8 a bus that refuses the first page of a scan is not asked for the rest; the relay takes them all later', async () => {
    const org = `org-x8-${crypto.randomUUID()}`;
    let asked = 0;
    const refusing: EventBus = { ...downBus, publish: async () => (asked++, Promise.reject(new Error('bus down'))) };
    const resources = ['p1', 'p2', 'p3', 'p4', 'p5'];
    const evaluate = createScanEvaluator({
      db: h.db,
      bus: refusing,
      logger: silentLogger,
      publisher: createAlertPublisher({ db: h.db, bus: refusing, logger: silentLogger, scanPageSize: 2 }),
      runChecks: () => VerdictSet.of(resources.map(failing)),
      fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-x8', status: 'PARTIAL', resources: [] }),
    });
    const outcome = await evaluate({ orgId: org, accountId: 'acct-x8', scanId: `scan-${crypto.randomUUID()}`, status: 'PARTIAL' });
    expect(outcome).toMatchObject({ outcome: 'evaluated', alerts: 5 });
    expect(asked).toBe(2);
    const later = createAlertPublisher({ db: h.db, bus: h.bus, logger: silentLogger, now: () => new Date(Date.now() + 120_000) });
    await later.relayPending();
    await expect.poll(() => h.alerts.filter((a) => a.orgId === org).length).toBe(5);
  });
});
