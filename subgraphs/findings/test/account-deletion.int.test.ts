/**
 * `inventory.account.deleted` through the findings subgraph's own bus subscription: the account's findings,
 * evaluations and account-only mute rules go; other accounts and other orgs keep theirs; a repeated event changes
 * nothing; an evaluation finishing after the purge writes nothing.
 */
import crypto from 'node:crypto';
import type { InventoryResource } from '@cspmexa/resources';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingResources } from '../src/db/schema';
import { asInventory, AWS_ACCOUNT, publicBucket } from './fixtures';
import { startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

const OTHER_AWS = '444455556666';
const publicIn = (id: string, name: string, awsAccountId: string): InventoryResource =>
  asInventory(id, { ...publicBucket(name), accountId: awsAccountId });

describe('purging a deleted account', () => {
  const org = `org-del-${crypto.randomUUID()}`;
  const otherOrg = `org-keep-${crypto.randomUUID()}`;
  const viewer = userOf(org);
  const gone = `acct-gone-${crypto.randomUUID()}`;
  const kept = `acct-kept-${crypto.randomUUID()}`;
  const rules: Record<string, string> = {};

  const findingArns = async (o: string) => {
    const r = await h.gql(userOf(o), '{ findings(first: 100) { totalCount edges { node { id resourceArn accountId } } } }');
    expect(r.errors).toBeUndefined();
    return [...new Set((r.data!.findings.edges as { node: { resourceArn: string } }[]).map((e) => e.node.resourceArn))].sort();
  };
  const createRule = async (input: Record<string, unknown>) => {
    const r = await h.gql(viewer, 'mutation($i: CreateMuteRuleInput!) { createMuteRule(input: $i) { id } }', { i: { reason: 'accepted for the test', ...input } });
    expect(r.errors).toBeUndefined();
    return r.data!.createMuteRule.id as string;
  };

  beforeAll(async () => {
    await h.scan(org, gone, [publicIn('r-g1', 'gone-one', AWS_ACCOUNT), publicIn('r-g2', 'gone-two', AWS_ACCOUNT)]);
    await h.scan(org, kept, [publicIn('r-k1', 'kept-one', OTHER_AWS)]);
    await h.scan(otherOrg, gone, [publicIn('r-o1', 'other-org', AWS_ACCOUNT)]);
    rules.byInventoryId = await createRule({ accountIds: [gone] });
    rules.byAwsId = await createRule({ accountIds: [AWS_ACCOUNT], regions: ['us-east-1'] });
    rules.bothAccounts = await createRule({ accountIds: [gone, kept] });
    rules.byCheckOnly = await createRule({ resourcePattern: 'arn:aws:s3:::*-two' });
    const goneFindings = (await h.gql(viewer, '{ findings(filter: { resourceArn: "arn:aws:s3:::gone-one" }) { edges { node { id } } } }')).data!.findings.edges as { node: { id: string } }[];
    const bulk = await h.gql(viewer, 'mutation($ids: [ID!]!) { muteFindings(ids: $ids, reason: "bulk for the test") { id } }', { ids: goneFindings.map((e) => e.node.id) });
    expect(bulk.errors).toBeUndefined();
    rules.bulk = bulk.data!.muteFindings.id;
  });

  const searchable = async () =>
    (await h.db.select({ id: findingResources.resourceId }).from(findingResources).where(eq(findingResources.orgId, org))).map((r) => r.id).sort();
  const searchCount = async (text: string) => (await h.gql(viewer, 'query($s: String) { findings(filter: { search: $s }) { totalCount } }', { s: text })).data!.findings.totalCount;

  it('removes the account from lists, text search, facets, compliance and the posture trend', async () => {
    expect(await findingArns(org)).toEqual(['arn:aws:s3:::gone-one', 'arn:aws:s3:::gone-two', 'arn:aws:s3:::kept-one']);
    expect(await searchable()).toEqual(['r-g1', 'r-g2', 'r-k1']);
    expect(await searchCount('gone-')).toBeGreaterThan(0);
    await h.bus.publish('inventory.account.deleted', { orgId: org, accountId: gone, releasedAwsAccountId: AWS_ACCOUNT });
    await h.module.idle();

    expect(await findingArns(org)).toEqual(['arn:aws:s3:::kept-one']);
    expect(await searchable()).toEqual(['r-k1']);
    expect(await searchCount('gone-')).toBe(0);
    const facets = await h.gql(viewer, '{ findingFacets { account { value count } } }');
    expect(facets.data!.findingFacets.account).toEqual([{ value: OTHER_AWS, count: expect.any(Number) }]);
    const posture = await h.gql(viewer, 'query($a: ID!, $k: ID!) { gone: compliance(framework: CIS_AWS_5_0_0, accountId: $a) { scanId } kept: compliance(framework: CIS_AWS_5_0_0, accountId: $k) { scanId } trend: postureTrend(accountId: $a) { scanId } }', { a: gone, k: kept });
    expect(posture.errors).toBeUndefined();
    expect(posture.data).toMatchObject({ gone: null, kept: { scanId: expect.any(String) }, trend: [] });
  });

  it('deletes the mute rules that could only match the deleted account, and keeps the others', async () => {
    const r = await h.gql(viewer, '{ muteRules(first: 100) { edges { node { id } } } }');
    const left = (r.data!.muteRules.edges as { node: { id: string } }[]).map((e) => e.node.id).sort();
    expect(left).toEqual([rules.bothAccounts, rules.byCheckOnly].sort());
  });

  it('leaves other orgs alone, and a repeated event changes nothing', async () => {
    expect(await findingArns(otherOrg)).toEqual(['arn:aws:s3:::other-org']);
    await expect(h.module.purgeAccount({ orgId: org, accountId: gone, releasedAwsAccountId: AWS_ACCOUNT })).resolves.toEqual({ findings: 0, evaluations: 0, muteRules: 0 });
    expect(await findingArns(org)).toEqual(['arn:aws:s3:::kept-one']);
  });

  it('an evaluation of the deleted account that finishes after the purge writes nothing', async () => {
    const late = await h.scan(org, gone, [publicIn('r-g3', 'gone-late', AWS_ACCOUNT)]);
    expect(late.outcome).toEqual({ outcome: 'skipped', reason: 'account deleted' });
    expect(late.alerts).toEqual([]);
    expect(await findingArns(org)).toEqual(['arn:aws:s3:::kept-one']);
  });
});
