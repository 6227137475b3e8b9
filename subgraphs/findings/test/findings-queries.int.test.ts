/** The triage queries: new filters, sort orders with stable cursors, facets, and a finding's detail. */
import crypto from 'node:crypto';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/domain/evaluate';
import { createScanEvaluator } from '../src/domain/evaluate-scan';
import { VerdictSet } from '../src/domain/verdict-set';
import { asInventory, publicBucket } from './fixtures';
import { startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;
const ORG = `org-q-${crypto.randomUUID()}`;
const viewer = userOf(ORG);
const SERVICES = ['s3', 'ec2', 'iam'] as const;
const SEVERITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'] as const;
let firstScanAt: Date;

const result = (i: number): CheckResult => ({
  checkId: `q_check_${i % 4}`,
  shortId: `S3-${String(80 + (i % 4))}`,
  severity: SEVERITIES[i % 4]!,
  title: `Query check ${i % 4} passes`,
  service: SERVICES[i % 3]!,
  resourceId: `q-res-${i}`,
  resourceArn: `arn:aws:${SERVICES[i % 3]}:::q-${i}`,
  accountId: i % 2 === 0 ? '111100001111' : '222200002222',
  region: i % 2 === 0 ? 'us-east-1' : 'eu-west-1',
  status: 'FAIL',
  message: `failing ${i}`,
});

beforeAll(async () => {
  h = await startHarness();
  let n = 0;
  const evaluate = createScanEvaluator({
    db: h.db,
    bus: h.bus,
    logger: silentLogger,
    runChecks: () => VerdictSet.of(Array.from({ length: n }, (_, i) => result(i))),
    fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-q', status: 'PARTIAL', resources: [] }),
  });
  n = 8;
  await evaluate({ orgId: ORG, accountId: 'acct-q', scanId: `q-${crypto.randomUUID()}`, status: 'PARTIAL' });
  firstScanAt = new Date();
  await new Promise((r) => setTimeout(r, 10));
  n = 12;
  await evaluate({ orgId: ORG, accountId: 'acct-q', scanId: `q-${crypto.randomUUID()}`, status: 'PARTIAL' });
});

afterAll(async () => {
  await h?.close();
});

const LIST = `query($f: FindingFilter, $o: FindingOrder, $first: Int, $after: String) {
  findings(filter: $f, orderBy: $o, first: $first, after: $after) {
    totalCount pageInfo { endCursor hasNextPage } edges { node { id severity service region firstSeenAt lastSeenAt } }
  }
}`;

async function total(f: Record<string, unknown>) {
  const answer = await h.gql(viewer, LIST, { f });
  expect(answer.errors).toBeUndefined();
  return answer.data!.findings.totalCount as number;
}

async function all(order: Record<string, unknown>, pageSize: number) {
  const seen: Record<string, string>[] = [];
  let after: string | null = null;
  do {
    const answer: { data?: Record<string, any> | null; errors?: unknown } = await h.gql(viewer, LIST, { o: order, first: pageSize, after });
    expect(answer.errors).toBeUndefined();
    const page = answer.data!.findings;
    seen.push(...page.edges.map((e: { node: Record<string, string> }) => e.node));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return seen;
}

describe('findings queries', () => {
  it('Q1 filters by service, region, resource ARN, first-seen range and text', async () => {
    expect(await total({ services: ['ec2'] })).toBe(4);
    expect(await total({ services: ['ec2', 'iam'], regions: ['eu-west-1'] })).toBe(4);
    expect(await total({ resourceArn: 'arn:aws:iam:::q-5' })).toBe(1);
    expect(await total({ firstSeen: { to: firstScanAt.toISOString() } })).toBe(8);
    expect(await total({ firstSeen: { from: firstScanAt.toISOString() } })).toBe(4);
    // The ARN, whatever the case (the s3 findings, i = 0, 3, 6, 9); title and check texts: findings-search tests.
    expect(await total({ search: 'S3:::Q-' })).toBe(4);
  });

  it('Q2 every order pages through each finding once, in order, with cursors bound to their order', async () => {
    for (const [order, key, dir] of [
      [{ field: 'FIRST_SEEN_AT', direction: 'ASC' }, 'firstSeenAt', 1],
      [{ field: 'FIRST_SEEN_AT' }, 'firstSeenAt', -1],
      [{ field: 'LAST_SEEN_AT', direction: 'ASC' }, 'lastSeenAt', 1],
      [{ field: 'SEVERITY', direction: 'DESC' }, 'severity', -1],
    ] as const) {
      const rows = await all(order, 5);
      expect(rows).toHaveLength(12);
      expect(new Set(rows.map((r) => r.id)).size).toBe(12);
      const values = rows.map((r) => (key === 'severity' ? SEVERITIES.indexOf(r.severity as never) : new Date(r[key]!).getTime()));
      const sorted = [...values].sort((a, b) => (a - b) * dir);
      expect(values).toEqual(sorted);
    }
    const page = await h.gql(viewer, LIST, { first: 2 });
    const foreignCursor = await h.gql(viewer, LIST, { o: { field: 'LAST_SEEN_AT' }, after: page.data!.findings.pageInfo.endCursor });
    expect(foreignCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('Q3 facets count per value with their own dimension left out of the filter', async () => {
    const FACETS = `query($f: FindingFilter) { findingFacets(filter: $f) { severity { value count } status { value count } service { value count } account { value count } check { value count } } }`;
    const answer = await h.gql(viewer, FACETS, { f: { severities: ['CRITICAL'], services: ['s3'] } });
    expect(answer.errors).toBeUndefined();
    const facets = answer.data!.findingFacets;
    // Severity ignores the severity filter: every severity of the s3 findings (i = 0, 3, 6, 9).
    expect(Object.fromEntries(facets.severity.map((c: { value: string; count: number }) => [c.value, c.count]))).toEqual({ CRITICAL: 1, LOW: 1, MEDIUM: 1, HIGH: 1 });
    // Service ignores the service filter: the CRITICAL findings (i = 0, 4, 8) per service.
    expect(Object.fromEntries(facets.service.map((c: { value: string; count: number }) => [c.value, c.count]))).toEqual({ s3: 1, ec2: 1, iam: 1 });
    expect(facets.status).toEqual([{ value: 'OPEN', count: 1 }]);
    expect(facets.account).toEqual([{ value: '111100001111', count: 1 }]);
    expect(facets.check).toEqual([{ value: 'q_check_0', count: 1 }]);
    // The text search narrows every facet (ARNs q-1, q-10, q-11: HIGH, MEDIUM and LOW, checks 1, 2 and 3).
    const searched = (await h.gql(viewer, FACETS, { f: { search: 'q-1' } })).data!.findingFacets;
    const counts = (facet: { value: string; count: number }[]) => Object.fromEntries(facet.map((c) => [c.value, c.count]));
    expect(counts(searched.severity)).toEqual({ HIGH: 1, MEDIUM: 1, LOW: 1 });
    expect(counts(searched.check)).toEqual({ q_check_1: 1, q_check_2: 1, q_check_3: 1 });
  });

  it('Q4 a finding carries remediation, references and compliance controls from its check, and the control filter finds it', async () => {
    const org = `org-detail-${crypto.randomUUID()}`;
    await h.scan(org, 'acct-d', [asInventory('d1', publicBucket('detail-bucket'))]);
    const checks = (await h.gql(userOf(org), '{ checks { id } }')).data!.checks as { id: string }[];
    const list = await h.gql(userOf(org), `{ findings(first: 100) { edges { node { id checkId remediation { cli } references compliance { framework controlId title } } } } }`);
    const mapped = list.data!.findings.edges.map((e: { node: any }) => e.node).find((n: any) => n.compliance.some((c: any) => c.controlId === '2.1.4'));
    expect(mapped).toBeDefined();
    expect(mapped.references.length).toBeGreaterThan(0);
    expect(mapped.remediation.cli.length).toBeGreaterThan(0);
    expect(mapped.compliance).toContainEqual({ framework: 'CIS_AWS_5_0_0', controlId: '2.1.4', title: expect.stringMatching(/Block Public Access/i) });
    const byControl = await h.gql(userOf(org), `{ findings(filter: { control: { framework: CIS_AWS_3_0_0, controlId: "2.1.4" } }) { edges { node { id checkId } } } }`);
    expect(byControl.data!.findings.edges.map((e: any) => e.node.id)).toContain(mapped.id);
    expect(byControl.data!.findings.edges.every((e: any) => checks.some((c) => c.id === e.node.checkId))).toBe(true);
    const none = await h.gql(userOf(org), `{ findings(filter: { control: { framework: CIS_AWS_3_0_0, controlId: "4.2" } }) { totalCount } }`);
    expect(none.data!.findings.totalCount).toBe(0);
  });
});
