import crypto from 'node:crypto';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult } from '../src/domain/evaluate';
import { createScanEvaluator } from '../src/domain/evaluate-scan';
import { VerdictSet } from '../src/domain/verdict-set';
import { startHarness, userOf, type GraphQLAnswer } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;
const ORG_B = `org-b-${crypto.randomUUID()}`;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('findings API', () => {
  const ORG_S = `org-s-${crypto.randomUUID()}`;
  const viewerS = userOf(ORG_S);
  const severities = ['LOW', 'CRITICAL', 'INFO', 'HIGH', 'MEDIUM', 'CRITICAL', 'HIGH'] as const;
  let resultsFor: (n: number) => CheckResult[];

  beforeAll(async () => {
    // A fake engine with one failing check per severity, so that the order and the counts have something to show.
    resultsFor = (n) =>
      severities.slice(0, n).map((severity, i) => ({
        checkId: `fake_check_${i}`,
        shortId: `S3-${String(90 + i)}`,
        severity,
        title: `Fake check number ${i} passes`,
        service: 's3',
        resourceId: `res-${i % 3}`,
        resourceArn: `arn:aws:s3:::bucket-${i % 3}`,
        accountId: '444455556666',
        region: i % 2 === 0 ? 'us-east-1' : 'eu-west-1',
        status: 'FAIL',
        message: `failing ${i}`,
      }));
    let n = 0;
    const evaluate = createScanEvaluator({
      db: h.db,
      bus: h.bus,
      logger: silentLogger,
      runChecks: () => VerdictSet.of(resultsFor(n)),
      fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-s', status: 'PARTIAL', resources: [] }),
    });
    // Two scans, so that lastSeenAt differs between findings of the same severity.
    n = 5;
    await evaluate({ orgId: ORG_S, accountId: 'acct-s', scanId: `s-${crypto.randomUUID()}`, status: 'PARTIAL' });
    await new Promise((r) => setTimeout(r, 5));
    n = 7;
    await evaluate({ orgId: ORG_S, accountId: 'acct-s', scanId: `s-${crypto.randomUUID()}`, status: 'PARTIAL' });
  });

  const LIST = `query($f: FindingFilter, $first: Int, $after: String) {
    findings(filter: $f, first: $first, after: $after) {
      totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id checkId severity lastSeenAt } }
    }
  }`;

  it('pages through every finding once, most severe first then most recently seen', async () => {
    const seen: { id: string; severity: string; lastSeenAt: string }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const answer: GraphQLAnswer<Record<string, any>> = await h.gql(viewerS, LIST, { first: 3, after });
      expect(answer.errors).toBeUndefined();
      const page: Record<string, any> = answer.data!.findings;
      expect(page.totalCount).toBe(7);
      expect(page.edges.length).toBeLessThanOrEqual(3);
      seen.push(...page.edges.map((e: { node: { id: string; severity: string; lastSeenAt: string } }) => e.node));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen.map((f) => f.id)).size).toBe(7);
    expect(seen.map((f) => f.severity)).toEqual(['CRITICAL', 'CRITICAL', 'HIGH', 'HIGH', 'MEDIUM', 'LOW', 'INFO']);
    // Within a severity, the one seen last (the second scan) comes first.
    const [firstCritical, secondCritical] = seen;
    expect(new Date(firstCritical!.lastSeenAt).getTime()).toBeGreaterThanOrEqual(new Date(secondCritical!.lastSeenAt).getTime());
  });

  it('filters by severity, check, account, resource, status and text', async () => {
    const total = async (f: Record<string, unknown>) => (await h.gql(viewerS, LIST, { f })).data!.findings.totalCount;
    expect(await total({ severities: ['CRITICAL', 'HIGH'] })).toBe(4);
    expect(await total({ checkIds: ['fake_check_2', 'fake_check_4'] })).toBe(2);
    expect(await total({ accountIds: ['444455556666'] })).toBe(7);
    expect(await total({ accountIds: ['acct-s'] })).toBe(7);
    expect(await total({ accountIds: ['999999999999'] })).toBe(0);
    expect(await total({ resourceId: 'res-0' })).toBe(3);
    expect(await total({ statuses: ['OPEN'] })).toBe(7);
    expect(await total({ statuses: ['RESOLVED'] })).toBe(0);
    expect(await total({ search: 'BUCKET-1' })).toBe(2);
    expect(await total({ search: '%' })).toBe(0);
    expect(await total({ search: 'bucket-2' })).toBe(2);
  });

  it('counts per severity with the same filter', async () => {
    const counts = await h.gql(viewerS, `query($f: FindingFilter) { findingCounts(filter: $f) { critical high medium low info total } }`, {});
    expect(counts.data!.findingCounts).toEqual({ critical: 2, high: 2, medium: 1, low: 1, info: 1, total: 7 });
    const filtered = await h.gql(viewerS, `query($f: FindingFilter) { findingCounts(filter: $f) { critical high medium total } }`, { f: { resourceId: 'res-1' } });
    // res-1 carries fake checks 1 (CRITICAL) and 4 (MEDIUM).
    expect(filtered.data!.findingCounts).toEqual({ critical: 1, high: 0, medium: 1, total: 2 });
  });

  it('rejects pages over 100, foreign cursors and overlong search as BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 101 }, { after: 'bm90LWEtY3Vyc29y' }, { after: Buffer.from(JSON.stringify(['NOPE', 'x', 'y'])).toString('base64url') }, { f: { search: 'x'.repeat(201) } }]) {
      const answer = await h.gql(viewerS, LIST, variables);
      expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('lists a resource findings through the federated join, scoped to the viewer org', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resource { id findings(status: [OPEN]) { totalCount edges { node { id } } } } } }`;
    const mine = await h.gql(viewerS, query, { r: [{ __typename: 'Resource', id: 'res-0' }] });
    expect(mine.data!._entities[0].findings.totalCount).toBe(3);
    const theirs = await h.gql(userOf(ORG_B), query, { r: [{ __typename: 'Resource', id: 'res-0' }] });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!._entities[0].findings).toEqual({ totalCount: 0, edges: [] });
  });

  it('never returns another org finding, alert or scan evaluation, by any entry point', async () => {
    const [node] = (await h.gql(viewerS, LIST, { first: 1 })).data!.findings.edges;
    const id = node.node.id as string;
    expect((await h.gql(viewerS, `query($id: ID!) { finding(id: $id) { id } }`, { id })).data!.finding).toEqual({ id });

    const other = userOf(ORG_B);
    expect((await h.gql(other, `query($id: ID!) { finding(id: $id) { id } }`, { id })).data!.finding).toBeNull();
    expect((await h.gql(other, `{ findings { totalCount } findingCounts { total } }`)).data).toEqual({ findings: { totalCount: 0 }, findingCounts: { total: 0 } });
    const entities = await h.gql(other, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Finding { id } } }`, { r: [{ __typename: 'Finding', id }] });
    expect(entities.data!._entities).toEqual([null]);
    const alertId = h.alerts.find((a) => a.orgId === ORG_S)!.alertId;
    expect((await h.gql(other, `query($id: ID!) { alert(id: $id) { id } }`, { id: alertId })).data!.alert).toBeNull();
    expect((await h.gql(viewerS, `query($id: ID!) { alert(id: $id) { id } }`, { id: alertId })).data!.alert).toEqual({ id: alertId });
    const alertEntity = await h.gql(other, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Alert { id } } }`, { r: [{ __typename: 'Alert', id: alertId }] });
    expect(alertEntity.data!._entities).toEqual([null]);
    // An id that is not a uuid is simply not found, not a database error.
    expect((await h.gql(viewerS, `{ finding(id: "1' or '1'='1") { id } }`)).data!.finding).toBeNull();
  });

  it('refuses viewers without an org, and requests without the gateway assertion', async () => {
    const noOrg = { kind: 'user', userId: 'u', orgId: '', role: 'ADMIN', email: 'x@y.test', mfa: true } as const;
    for (const query of ['{ findings { totalCount } }', '{ findingCounts { total } }', '{ checks { id } }', '{ finding(id: "00000000-0000-4000-8000-000000000000") { id } }']) {
      const answer = await h.gql(noOrg, query);
      expect(answer.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect((await h.gql(null, query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const entity = await h.gql(noOrg, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Resource { findings { totalCount } } } }`, { r: [{ __typename: 'Resource', id: 'res-0' }] });
    expect(entity.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const raw = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ findings { totalCount } }' }) });
    expect(raw.status).toBe(401);
  });

  it('says that alertRaised is served by the gateway when executed here', async () => {
    const answer = await h.gql(viewerS, `subscription { alertRaised { id } }`);
    expect(answer.data ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
  });
});
