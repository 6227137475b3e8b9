/** Compliance posture and trend from stored per-scan tallies, and streamed exports read back through the API. */
import crypto from 'node:crypto';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanCheckResults } from '../src/db/schema';
import { createScanEvaluator } from '../src/domain/evaluate-scan';
import { VerdictSet } from '../src/domain/verdict-set';
import { asInventory, bucket, publicBucket } from './fixtures';
import { startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness({ exportBatchSize: 2 });
});

afterAll(async () => {
  await h?.close();
});

const REPORT = `query($a: ID!) { compliance(framework: CIS_AWS_5_0_0, accountId: $a) {
  framework accountId scanId score passed failed manual notApplicable unknown
  controls { controlId assessment status checkIds passed failed muted unknown } } }`;

describe('compliance', () => {
  const org = `org-c-${crypto.randomUUID()}`;

  it('C1 is null before any evaluated scan, then per control from the latest scan with a score', async () => {
    expect((await h.gql(userOf(org), REPORT, { a: 'acct-c' })).data!.compliance).toBeNull();
    const first = await h.scan(org, 'acct-c', [asInventory('c1', publicBucket('c-public')), asInventory('c2', bucket('c-private'))]);
    const report = (await h.gql(userOf(org), REPORT, { a: 'acct-c' })).data!.compliance;
    expect(report).toMatchObject({ framework: 'CIS_AWS_5_0_0', accountId: 'acct-c', scanId: first.scanId });
    const control = (id: string) => report.controls.find((c: { controlId: string }) => c.controlId === id);
    // 2.1.4 (Block Public Access): the public bucket has none, the private one does.
    expect(control('2.1.4')).toMatchObject({ status: 'FAIL', failed: 1, passed: 1 });
    expect(control('4.2')).toMatchObject({ status: 'MANUAL', checkIds: [] });
    expect(report.controls).toHaveLength(report.passed + report.failed + report.manual + report.notApplicable + report.unknown);
    expect(report.failed).toBeGreaterThanOrEqual(1);

    // Fixing the bucket turns the control green in the next scan; the trend shows both scans.
    await h.scan(org, 'acct-c', [asInventory('c1', bucket('c-public')), asInventory('c2', bucket('c-private'))]);
    const fixed = (await h.gql(userOf(org), REPORT, { a: 'acct-c' })).data!.compliance;
    expect(fixed.controls.find((c: { controlId: string }) => c.controlId === '2.1.4')).toMatchObject({ status: 'PASS', passed: 2, failed: 0 });
    expect(fixed.score).toBeGreaterThan(report.score ?? 0);

    const trend = await h.gql(userOf(org), `query($a: ID!) { postureTrend(accountId: $a, days: 7) { scanId passed failed scores { framework score } } }`, { a: 'acct-c' });
    expect(trend.errors).toBeUndefined();
    const points = trend.data!.postureTrend;
    expect(points).toHaveLength(2);
    expect(points[0].scanId).toBe(first.scanId);
    expect(points[1].failed).toBeLessThan(points[0].failed);
    expect(points[1].scores).toContainEqual({ framework: 'CIS_AWS_5_0_0', score: fixed.score });
    expect((await h.gql(userOf(org), `{ postureTrend(accountId: "acct-c", days: 0) { scanId } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Another org sees nothing of it.
    expect((await h.gql(userOf(`org-z-${crypto.randomUUID()}`), REPORT, { a: 'acct-c' })).data!.compliance).toBeNull();
  });
});

describe('posture trend by severity', () => {
  const org = `org-sev-${crypto.randomUUID()}`;
  const TREND = `query($a: ID!) { postureTrend(accountId: $a, days: 7) { scanId failed muted failedBySeverity { severity count } } }`;
  const COUNTS = `query($f: FindingFilter) { findingCounts(filter: $f) { critical high medium low info } }`;
  const resources = [asInventory('s1', publicBucket('sev-public')), asInventory('s2', publicBucket('sev-public-2')), asInventory('s3', bucket('sev-private'))];
  const split = (point: { failedBySeverity: { severity: string; count: number }[] }) => Object.fromEntries(point.failedBySeverity.map((e) => [e.severity, e.count]));

  it('C2 splits each scan\'s failing results by severity in product order, matching the open findings; muted ones leave it', async () => {
    await h.scan(org, 'acct-sev', resources);
    const first = (await h.gql(userOf(org), TREND, { a: 'acct-sev' })).data!.postureTrend[0];
    expect(first.failedBySeverity.map((e: { severity: string }) => e.severity)).toEqual(['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']);
    const open = (await h.gql(userOf(org), COUNTS, { f: { statuses: ['OPEN', 'REOPENED'] } })).data!.findingCounts;
    // One finding per failing result after a COMPLETED scan: the split must agree with the findings themselves.
    expect(split(first)).toEqual({ CRITICAL: open.critical, HIGH: open.high, MEDIUM: open.medium, LOW: open.low, INFO: open.info });
    expect(open.critical).toBeGreaterThanOrEqual(2);
    expect(Object.values(split(first)).reduce((a, b) => a + b, 0)).toBe(first.failed);

    // Muting the critical findings moves them from failing to muted at the next scan.
    const critical = await h.gql(userOf(org), `{ findings(filter: { severities: [CRITICAL] }, first: 100) { edges { node { id } } } }`);
    const ids = critical.data!.findings.edges.map((e: { node: { id: string } }) => e.node.id);
    expect((await h.gql(userOf(org), `mutation($ids: [ID!]!) { muteFindings(ids: $ids, reason: "accepted for the test") { id } }`, { ids })).errors).toBeUndefined();
    await h.scan(org, 'acct-sev', resources);
    const second = (await h.gql(userOf(org), TREND, { a: 'acct-sev' })).data!.postureTrend[1];
    expect(split(second)).toEqual({ ...split(first), CRITICAL: 0 });
    expect(second.muted).toBe(first.muted + open.critical);
    expect(second.failed).toBe(first.failed - open.critical);
  });
});

describe('posture trend of an emptied account', () => {
  it('C4 a scan that produced no verdict is a point of the trend with zero counts, not a gap', async () => {
    const org = `org-empty-${crypto.randomUUID()}`;
    const TREND = `query($a: ID!) { postureTrend(accountId: $a, days: 7) { scanId passed failed muted unknown } }`;
    const full = await h.scan(org, 'acct-empty', [asInventory('e1', publicBucket('e-public'))]);
    const emptied = await h.scan(org, 'acct-empty', []);
    const points = (await h.gql(userOf(org), TREND, { a: 'acct-empty' })).data!.postureTrend;
    expect(points.map((p: { scanId: string }) => p.scanId)).toEqual([full.scanId, emptied.scanId]);
    expect(points[0].failed).toBeGreaterThan(0);
    expect(points[1]).toEqual({ scanId: emptied.scanId, passed: 0, failed: 0, muted: 0, unknown: 0 });
  });
});

describe('posture from a PARTIAL scan', () => {
  it('C5 a control failing before stays FAIL when a PARTIAL scan did not list the failing resource; a COMPLETED one settles it', async () => {
    const org = `org-partial-${crypto.randomUUID()}`;
    const control = async () =>
      ((await h.gql(userOf(org), REPORT, { a: 'acct-p' })).data!.compliance.controls as { controlId: string; status: string; failed: number }[]).find((c) => c.controlId === '2.1.4');
    await h.scan(org, 'acct-p', [asInventory('p1', publicBucket('p-public')), asInventory('p2', bucket('p-private'))]);
    expect(await control()).toMatchObject({ status: 'FAIL', failed: 1 });
    // The listing of the public bucket failed this time: its finding stays open, and so does the control.
    await h.scan(org, 'acct-p', [asInventory('p2', bucket('p-private'))], 'PARTIAL');
    expect(await control()).toMatchObject({ status: 'FAIL', failed: 1 });
    const trend = (await h.gql(userOf(org), `query($a: ID!) { postureTrend(accountId: $a, days: 7) { failed } }`, { a: 'acct-p' })).data!.postureTrend;
    expect(trend[1].failed).toBe(trend[0].failed);
    // A complete scan without it proves it gone: the finding resolves and the control passes.
    await h.scan(org, 'acct-p', [asInventory('p2', bucket('p-private'))]);
    expect(await control()).toMatchObject({ status: 'PASS', failed: 0 });
  });
});

describe('posture trend history', () => {
  const org = `org-hist-${crypto.randomUUID()}`;
  const TREND = `query($a: ID!) { postureTrend(accountId: $a, days: 7) { scanId failedBySeverity { severity count } } }`;
  const split = async () =>
    ((await h.gql(userOf(org), TREND, { a: 'acct-hist' })).data!.postureTrend as { failedBySeverity: { severity: string; count: number }[] }[]).map((p) =>
      Object.fromEntries(p.failedBySeverity.filter((e) => e.count > 0).map((e) => [e.severity, e.count])),
    );

  it("C3 a scan's failing results keep the severity their check had then; tallies stored without one use the catalogue's", async () => {
    // The first scan ran while the catalogue rated s3_bucket_public_access LOW; it is CRITICAL now.
    const thenLow = createScanEvaluator({
      db: h.db,
      bus: h.bus,
      logger: silentLogger,
      runChecks: () =>
        VerdictSet.of([
          { checkId: 's3_bucket_public_access', shortId: 'S3-03', severity: 'LOW', title: 'S3 bucket is not publicly accessible', service: 's3',
            resourceId: 'h1', resourceArn: 'arn:aws:s3:::hist-public', accountId: '111122223333', region: 'us-east-1', status: 'FAIL', message: 'public' },
        ]),
      fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-hist', status: 'COMPLETED', resources: [] }),
    });
    const first = `hist-${crypto.randomUUID()}`;
    expect((await thenLow({ orgId: org, accountId: 'acct-hist', scanId: first, status: 'COMPLETED' })).outcome).toBe('evaluated');
    await h.scan(org, 'acct-hist', [asInventory('h1', publicBucket('hist-public'))]);

    const [before, now] = await split();
    expect(before).toEqual({ LOW: 1 });
    expect(now!.CRITICAL).toBeGreaterThanOrEqual(1);
    expect(now!.LOW ?? 0).toBe(0);

    // A tally written before severities were stored (the migration leaves them NULL): the catalogue's severity.
    await h.db.update(scanCheckResults).set({ severity: null }).where(and(eq(scanCheckResults.orgId, org), eq(scanCheckResults.scanId, first)));
    expect((await split())[0]).toEqual({ CRITICAL: 1 });
  });
});

describe('exports', () => {
  const org = `org-e-${crypto.randomUUID()}`;
  const START = `mutation($f: ExportFormat!, $filter: FindingFilter) { exportFindings(format: $f, filter: $filter) { id status format fileName } }`;
  const POLL = `query($id: ID!) { findingsExport(id: $id) { status rowCount byteSize } }`;

  beforeAll(async () => {
    await h.scan(org, 'acct-e', [1, 2, 3].map((i) => asInventory(`e${i}`, publicBucket(`export-${i}`))));
  });

  async function exportAll(format: 'CSV' | 'OCSF', filter?: Record<string, unknown>) {
    const started = await h.gql(userOf(org), START, { f: format, filter });
    expect(started.errors).toBeUndefined();
    const { id } = started.data!.exportFindings;
    await h.module.idle();
    const done = (await h.gql(userOf(org), POLL, { id })).data!.findingsExport;
    expect(done.status).toBe('COMPLETED');
    let text = '';
    let offset: number | null = 0;
    let chunks = 0;
    while (offset !== null) {
      const answer: { data?: Record<string, any> | null } = await h.gql(userOf(org), `query($id: ID!, $o: Int) { findingsExport(id: $id) { content(offset: $o, maxBytes: 1024) { data nextOffset } } }`, { id, o: offset });
      const chunk: { data: string; nextOffset: number | null } = answer.data!.findingsExport.content;
      text += chunk.data;
      offset = chunk.nextOffset;
      chunks++;
    }
    expect(Buffer.byteLength(text)).toBe(done.byteSize);
    return { id, text, rowCount: done.rowCount as number, chunks };
  }

  it('E1 CSV: every matching finding once, written in batches and read back in line-aligned chunks', async () => {
    const total = (await h.gql(userOf(org), '{ findings { totalCount } }')).data!.findings.totalCount as number;
    const { text, rowCount, chunks } = await exportAll('CSV');
    const lines = text.split('\r\n').filter((l) => l !== '');
    expect(lines[0]).toMatch(/^id,status,severity,check_id/);
    expect(rowCount).toBe(total);
    expect(lines).toHaveLength(total + 1);
    expect(new Set(lines.slice(1).map((l) => l.split(',')[0])).size).toBe(total);
    expect(chunks).toBeGreaterThan(1);
  });

  it('E2 OCSF: one Detection Finding (class_uid 2004) per line, filtered', async () => {
    const { text, rowCount } = await exportAll('OCSF', { severities: ['CRITICAL'] });
    const records = text.trim().split('\n').map((l) => JSON.parse(l));
    expect(records).toHaveLength(rowCount);
    expect(rowCount).toBeGreaterThanOrEqual(3);
    for (const r of records) {
      expect(r).toMatchObject({ class_uid: 2004, category_uid: 2, type_uid: 200401, severity_id: 5, status_id: 1, cloud: { provider: 'AWS' } });
      expect(r.finding_info.uid).toMatch(/^[0-9a-f-]{36}$/);
      expect(r.resources[0].uid).toMatch(/^arn:aws:s3:::export-/);
    }
  });

  it('E3 another org cannot read an export (R2)', async () => {
    const started = await h.gql(userOf(org), START, { f: 'CSV' });
    const { id } = started.data!.exportFindings;
    expect((await h.gql(userOf(`org-w-${crypto.randomUUID()}`), POLL, { id })).data!.findingsExport).toBeNull();
    await h.module.idle();
  });
});
