import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asInventory, bucket, publicBucket, unreadableBucket } from './fixtures';
import { startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;
const ORG_A = `org-a-${crypto.randomUUID()}`;
const ACCOUNT = 'aws-account-entity-1';
const viewerA = userOf(ORG_A);

// The inventory ids of the two buckets, stable across scans as inventory keeps them.
const PUBLIC_ID = 'res-public';
const PRIVATE_ID = 'res-private';
const publicRes = asInventory(PUBLIC_ID, publicBucket('open-bucket'));
const privateRes = asInventory(PRIVATE_ID, bucket('closed-bucket'));
const fixedRes = asInventory(PUBLIC_ID, bucket('open-bucket'));

let publicAccessCheckId: string;

const FINDING_FIELDS = `id checkId shortId status severity resourceArn accountId region firstSeenAt lastSeenAt resolvedAt
  statusChangedAt resource { id } account { id } remediation { text cli terraform }
  history { fromStatus toStatus scanId at }`;

async function s3PublicFindings() {
  const answer = await h.gql(viewerA, `query($f: FindingFilter) { findings(filter: $f, first: 100) { totalCount edges { node { ${FINDING_FIELDS} } } } }`, {
    f: { checkIds: [publicAccessCheckId] },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data!.findings as { totalCount: number; edges: { node: Record<string, any> }[] };
}

async function allFindingsCount() {
  const answer = await h.gql(viewerA, `{ findings { totalCount } }`);
  return answer.data!.findings.totalCount as number;
}

beforeAll(async () => {
  h = await startHarness();
  const checks = await h.gql(viewerA, `{ checks { id shortId title severity service description } }`);
  const s303 = (checks.data!.checks as { id: string; shortId: string }[]).find((c) => c.shortId === 'S3-03');
  expect(s303).toBeDefined();
  publicAccessCheckId = s303!.id;
});

afterAll(async () => {
  await h?.close();
});

describe('scan evaluation lifecycle (X4)', () => {
  let findingId: string;

  it('opens one S3-03 finding for the public bucket and raises its alert', async () => {
    const { outcome, alerts, scanId } = await h.scan(ORG_A, ACCOUNT, [publicRes, privateRes]);
    expect(outcome.outcome).toBe('evaluated');
    const list = await s3PublicFindings();
    expect(list.totalCount).toBe(1);
    const f = list.edges[0]!.node;
    findingId = f.id;
    expect(f).toMatchObject({
      status: 'OPEN',
      shortId: 'S3-03',
      severity: 'CRITICAL',
      resourceArn: 'arn:aws:s3:::open-bucket',
      accountId: '111122223333',
      region: 'us-east-1',
      resolvedAt: null,
      resource: { id: PUBLIC_ID },
      account: { id: ACCOUNT },
    });
    expect(f.remediation.cli).toContain('put-public-access-block');
    expect(f.history).toEqual([{ fromStatus: null, toStatus: 'OPEN', scanId, at: f.firstSeenAt }]);
    const s3Alert = alerts.find((a) => a.findingId === findingId);
    expect(s3Alert).toMatchObject({ orgId: ORG_A, kind: 'OPENED', severity: 'CRITICAL', resourceArn: 'arn:aws:s3:::open-bucket' });
    // Every alert published is an OPENED one of this org: one per finding created.
    expect(alerts.every((a) => a.kind === 'OPENED' && a.orgId === ORG_A)).toBe(true);
    expect(alerts.length).toBe(await allFindingsCount());

    const alert = await h.gql(viewerA, `query($id: ID!) { alert(id: $id) { id kind severity raisedAt finding { id status } } }`, { id: s3Alert!.alertId });
    expect(alert.data!.alert).toEqual({ id: s3Alert!.alertId, kind: 'OPENED', severity: 'CRITICAL', raisedAt: s3Alert!.raisedAt, finding: { id: findingId, status: 'OPEN' } });

    const evaluation = await h.gql(viewerA, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Scan { id evaluation { opened reopened resolved unknown total evaluatedAt } } } }`, {
      r: [{ __typename: 'Scan', id: scanId }],
    });
    expect(evaluation.data!._entities[0].evaluation).toMatchObject({ opened: alerts.length, reopened: 0, resolved: 0, unknown: 0 });
  });

  it('rescanning the same snapshot keeps the count, bumps last seen and raises no alert', async () => {
    const before = (await s3PublicFindings()).edges[0]!.node;
    const total = await allFindingsCount();
    const { alerts } = await h.scan(ORG_A, ACCOUNT, [publicRes, privateRes]);
    expect(alerts).toEqual([]);
    expect(await allFindingsCount()).toBe(total);
    const after = (await s3PublicFindings()).edges[0]!.node;
    expect(after.id).toBe(before.id);
    expect(after.status).toBe('OPEN');
    expect(after.firstSeenAt).toBe(before.firstSeenAt);
    expect(new Date(after.lastSeenAt).getTime()).toBeGreaterThan(new Date(before.lastSeenAt).getTime());
    expect(after.history).toHaveLength(1);
  });

  it('the same scan event delivered twice is evaluated once', async () => {
    const first = await h.scan(ORG_A, ACCOUNT, [publicRes, privateRes]);
    const again = await h.module.evaluateScan({ orgId: ORG_A, accountId: ACCOUNT, scanId: first.scanId, status: 'COMPLETED' });
    expect(again).toEqual({ outcome: 'skipped', reason: 'already evaluated' });
  });

  it('a fixed bucket resolves the finding and records it in history, without an alert', async () => {
    const { alerts, scanId } = await h.scan(ORG_A, ACCOUNT, [fixedRes, privateRes]);
    expect(alerts.filter((a) => a.findingId === findingId)).toEqual([]);
    const f = (await s3PublicFindings()).edges[0]!.node;
    expect(f.status).toBe('RESOLVED');
    expect(f.resolvedAt).toBe(f.statusChangedAt);
    expect(f.history.map((e: { fromStatus: string | null; toStatus: string }) => [e.fromStatus, e.toStatus])).toEqual([
      [null, 'OPEN'],
      ['OPEN', 'RESOLVED'],
    ]);
    expect(f.history[1].scanId).toBe(scanId);
  });

  it('breaking it again reopens the same finding with one REOPENED alert', async () => {
    const { alerts } = await h.scan(ORG_A, ACCOUNT, [publicRes, privateRes]);
    const mine = alerts.filter((a) => a.findingId === findingId);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.kind).toBe('REOPENED');
    const f = (await s3PublicFindings()).edges[0]!.node;
    expect(f).toMatchObject({ id: findingId, status: 'REOPENED', resolvedAt: null });
    const alert = await h.gql(viewerA, `query($id: ID!) { alert(id: $id) { kind finding { id } } }`, { id: mine[0]!.alertId });
    expect(alert.data!.alert).toEqual({ kind: 'REOPENED', finding: { id: findingId } });
  });

  it('an unreadable bucket (UNKNOWN) leaves the finding as it was and is counted', async () => {
    const { alerts, scanId } = await h.scan(ORG_A, ACCOUNT, [asInventory(PUBLIC_ID, unreadableBucket('open-bucket')), privateRes]);
    expect(alerts).toEqual([]);
    const f = (await s3PublicFindings()).edges[0]!.node;
    expect(f.status).toBe('REOPENED');
    expect(f.history).toHaveLength(3);
    const evaluation = await h.gql(viewerA, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Scan { evaluation { unknown resolved } } } }`, {
      r: [{ __typename: 'Scan', id: scanId }],
    });
    expect(evaluation.data!._entities[0].evaluation.unknown).toBeGreaterThanOrEqual(1);
    expect(evaluation.data!._entities[0].evaluation.resolved).toBe(0);
  });

  it('a PARTIAL scan missing the resource proves nothing; a COMPLETED one resolves it as gone', async () => {
    await h.scan(ORG_A, ACCOUNT, [privateRes], 'PARTIAL');
    expect((await s3PublicFindings()).edges[0]!.node.status).toBe('REOPENED');

    const { alerts } = await h.scan(ORG_A, ACCOUNT, [privateRes]);
    expect(alerts).toEqual([]);
    const f = (await s3PublicFindings()).edges[0]!.node;
    expect(f.status).toBe('RESOLVED');
    expect(f.history.at(-1)).toMatchObject({ fromStatus: 'REOPENED', toStatus: 'RESOLVED' });
    const open = await h.gql(viewerA, `query($id: ID!) { findings(filter: { statuses: [OPEN, REOPENED], resourceId: $id }) { totalCount } }`, { id: PUBLIC_ID });
    expect(open.data!.findings.totalCount).toBe(0);
  });

  it('a scan-finished event on the bus is evaluated, and a FAILED scan is ignored', async () => {
    const scanId = `bus-${crypto.randomUUID()}`;
    h.snapshots.set(scanId, { orgId: ORG_A, scanId, accountId: ACCOUNT, status: 'COMPLETED', resources: [publicRes] });
    await h.bus.publish('inventory.scan.finished', { orgId: ORG_A, accountId: ACCOUNT, scanId, status: 'COMPLETED' });
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Scan { evaluation { reopened } } } }`;
    await expect
      .poll(async () => (await h.gql(viewerA, query, { r: [{ __typename: 'Scan', id: scanId }] })).data?._entities[0].evaluation, { timeout: 10_000 })
      .toBeTruthy();
    expect((await s3PublicFindings()).edges[0]!.node.status).toBe('REOPENED');
    expect(await h.module.evaluateScan({ orgId: ORG_A, accountId: ACCOUNT, scanId: 'whatever', status: 'FAILED' })).toEqual({
      outcome: 'skipped',
      reason: 'scan failed',
    });
  });
});
