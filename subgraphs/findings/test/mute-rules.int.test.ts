/** Mute rules through the API: scope, existing and future findings, history with actor, expiry, R1 on delete. */
import crypto from 'node:crypto';
import { ok } from '@cspmexa/resources';
import { silentLogger } from '@cspmexa/server-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScanEvaluator } from '../src/domain/evaluate-scan';
import { VerdictSet } from '../src/domain/verdict-set';
import { asInventory, bucket, publicBucket } from './fixtures';
import { adminOf, startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;
let s303: string;
const ACCOUNT = 'acct-mute';

beforeAll(async () => {
  h = await startHarness();
  const checks = (await h.gql(userOf('org-any'), '{ checks { id shortId } }')).data!.checks as { id: string; shortId: string }[];
  s303 = checks.find((c) => c.shortId === 'S3-03')!.id;
});

afterAll(async () => {
  await h?.close();
});

const FIELDS = `id status resourceArn muteRule { id reason } history { fromStatus toStatus actorId actorEmail muteRuleId note }`;

async function publicFinding(org: string, arn: string) {
  const answer = await h.gql(userOf(org), `query($f: FindingFilter) { findings(filter: $f) { edges { node { ${FIELDS} } } } }`, {
    f: { checkIds: [s303], resourceArn: arn },
  });
  expect(answer.errors).toBeUndefined();
  return answer.data!.findings.edges[0]?.node as { id: string; status: string; muteRule: { id: string } | null; history: Record<string, unknown>[] };
}

const CREATE = `mutation($i: CreateMuteRuleInput!) { createMuteRule(input: $i) { id reason checkIds resourcePattern tags { key value } expiresAt expired mutedFindingCount createdById createdByEmail } }`;

describe('mute rules', () => {
  const org = `org-m-${crypto.randomUUID()}`;
  const analyst = userOf(org);
  let ruleId: string;

  it('M1 an analyst mutes existing matching findings; history records who, when and why', async () => {
    await h.scan(org, ACCOUNT, [asInventory('r-open', publicBucket('open-one')), asInventory('r-other', publicBucket('public-other'))]);
    const answer = await h.gql(analyst, CREATE, { i: { reason: 'Public website bucket, accepted', checkIds: [s303], resourcePattern: 'arn:aws:s3:::open-*' } });
    expect(answer.errors).toBeUndefined();
    const rule = answer.data!.createMuteRule;
    ruleId = rule.id;
    expect(rule).toMatchObject({ reason: 'Public website bucket, accepted', mutedFindingCount: 1, createdById: analyst.kind === 'user' ? analyst.userId : '', expired: false });

    const muted = await publicFinding(org, 'arn:aws:s3:::open-one');
    expect(muted.status).toBe('MUTED');
    expect(muted.muteRule).toEqual({ id: ruleId, reason: 'Public website bucket, accepted' });
    expect(muted.history.at(-1)).toEqual({
      fromStatus: 'OPEN',
      toStatus: 'MUTED',
      actorId: `user-${org}`,
      actorEmail: `analyst@${org}.test`,
      muteRuleId: ruleId,
      note: 'Public website bucket, accepted',
    });
    expect((await publicFinding(org, 'arn:aws:s3:::public-other')).status).toBe('OPEN');
    const list = await h.gql(analyst, '{ muteRules { totalCount edges { node { id mutedFindingCount } } } }');
    expect(list.data!.muteRules).toEqual({ totalCount: 1, edges: [{ node: { id: ruleId, mutedFindingCount: 1 } }] });
  });

  it('M2 a future finding the rule covers is born MUTED and raises no alert; one it does not cover alerts', async () => {
    const { alerts } = await h.scan(org, ACCOUNT, [
      asInventory('r-open', publicBucket('open-one')),
      asInventory('r-other', publicBucket('public-other')),
      asInventory('r-open-2', publicBucket('open-two')),
      asInventory('r-new', publicBucket('new-public')),
    ]);
    const born = await publicFinding(org, 'arn:aws:s3:::open-two');
    expect(born.status).toBe('MUTED');
    expect(born.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'MUTED', muteRuleId: ruleId, actorId: null })]);
    expect(alerts.some((a) => a.findingId === born.id)).toBe(false);
    const other = await publicFinding(org, 'arn:aws:s3:::new-public');
    expect(alerts.filter((a) => a.findingId === other.id)).toHaveLength(1);
    // The rescan kept the first one muted, without a history row.
    expect((await publicFinding(org, 'arn:aws:s3:::open-one')).history).toHaveLength(2);
  });

  it('M3 a tag-scoped rule mutes the resources carrying the tag only', async () => {
    const tagOrg = `org-tag-${crypto.randomUUID()}`;
    const tagged = { ...publicBucket('sandbox-bucket'), tags: ok({ env: 'sandbox', team: 'a' }) };
    const untagged = { ...publicBucket('prod-bucket'), tags: ok({ env: 'prod' }) };
    await h.scan(tagOrg, ACCOUNT, [asInventory('t1', tagged), asInventory('t2', untagged)]);
    const answer = await h.gql(userOf(tagOrg), CREATE, { i: { reason: 'Sandbox is throwaway', tags: [{ key: 'env', value: 'sandbox' }] } });
    expect(answer.errors).toBeUndefined();
    expect((await publicFinding(tagOrg, 'arn:aws:s3:::sandbox-bucket')).status).toBe('MUTED');
    expect((await publicFinding(tagOrg, 'arn:aws:s3:::prod-bucket')).status).toBe('OPEN');
  });

  it('R1 deleting a mute rule needs ADMIN: an analyst is FORBIDDEN and nothing changes', async () => {
    const denied = await h.gql(analyst, 'mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: ruleId });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(analyst, '{ muteRules { totalCount } }')).data!.muteRules.totalCount).toBe(1);
    expect((await publicFinding(org, 'arn:aws:s3:::open-one')).status).toBe('MUTED');
  });

  it('M5 an admin whose session has not passed MFA cannot delete it (FORBIDDEN, reason MFA_REQUIRED) and nothing changes', async () => {
    const denied = await h.gql({ ...adminOf(org), mfa: false } as ReturnType<typeof adminOf>, 'mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: ruleId });
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    expect((await publicFinding(org, 'arn:aws:s3:::open-one')).status).toBe('MUTED');
  });

  it('M4 an admin deletes the rule: its findings come back, history names the admin; another org cannot see or delete it', async () => {
    const stranger = await h.gql(adminOf(`org-x-${crypto.randomUUID()}`), 'mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: ruleId });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const answer = await h.gql(adminOf(org), 'mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: ruleId });
    expect(answer.data).toEqual({ deleteMuteRule: true });
    const back = await publicFinding(org, 'arn:aws:s3:::open-one');
    expect(back.status).toBe('OPEN');
    expect(back.history.at(-1)).toMatchObject({ fromStatus: 'MUTED', toStatus: 'OPEN', actorId: `admin-${org}` });
    expect((await publicFinding(org, 'arn:aws:s3:::open-two')).status).toBe('OPEN');
  });

  it('M5 bulk mute by finding ids creates a rule over their keys, which rescans keep muted', async () => {
    const target = await publicFinding(org, 'arn:aws:s3:::new-public');
    const answer = await h.gql(analyst, 'mutation($ids: [ID!]!, $r: String!) { muteFindings(ids: $ids, reason: $r) { id findingCount mutedFindingCount } }', {
      ids: [target.id],
      r: 'Triaged: false positive',
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.muteFindings).toMatchObject({ findingCount: 1, mutedFindingCount: 1 });
    const { alerts } = await h.scan(org, ACCOUNT, [asInventory('r-new', publicBucket('new-public'))]);
    expect(alerts.some((a) => a.findingId === target.id)).toBe(false);
    expect((await publicFinding(org, 'arn:aws:s3:::new-public')).status).toBe('MUTED');
    // Another org's finding id is simply not found.
    const foreign = await h.gql(userOf(`org-y-${crypto.randomUUID()}`), 'mutation($ids: [ID!]!) { muteFindings(ids: $ids, reason: "nope nope") { id } }', { ids: [target.id] });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('filtering findings by a mute rule id that is not a UUID gives an empty page, not an internal error', async () => {
    const answer = await h.gql(analyst, `{ findings(filter: { muteRuleId: "not-a-uuid" }) { totalCount edges { node { id } } } findingFacets(filter: { muteRuleId: "not-a-uuid" }) { severity { value count } } }`);
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.findings).toEqual({ totalCount: 0, edges: [] });
  });

  it('M6 a reason and a scope are required, and expiry must be in the future (BAD_USER_INPUT)', async () => {
    for (const i of [
      { reason: '  ', checkIds: [s303] },
      { reason: 'No scope at all' },
      { reason: 'Past expiry', checkIds: [s303], expiresAt: new Date(Date.now() - 1000).toISOString() },
      { reason: 'Wildcards only', resourcePattern: '**' },
    ]) {
      const answer = await h.gql(analyst, CREATE, { i });
      expect(answer.errors?.[0]?.extensions?.code, JSON.stringify(i)).toBe('BAD_USER_INPUT');
    }
  });

  it('M6 an unknown check id is refused on its field (BAD_USER_INPUT, field checkIds) and nothing is written', async () => {
    const org = `org-unknown-check-${crypto.randomUUID()}`;
    await h.scan(org, ACCOUNT, [asInventory('u1', publicBucket('unknown-check'))]);
    const answer = await h.gql(userOf(org), CREATE, { i: { reason: 'Typo in the check id', checkIds: [s303, 's3_bucket_public_acess'] } });
    expect(answer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'checkIds' });
    expect(answer.errors?.[0]?.message).toContain('s3_bucket_public_acess');
    expect(answer.data).toBeNull();
    const after = await h.gql(userOf(org), '{ muteRules { totalCount } findings(filter: { statuses: [MUTED] }) { totalCount } }');
    expect(after.data).toEqual({ muteRules: { totalCount: 0 }, findings: { totalCount: 0 } });
    expect((await publicFinding(org, 'arn:aws:s3:::unknown-check')).status).toBe('OPEN');
  });
});

describe('mute expiry', () => {
  it('M7 the sweep brings findings back when the rule expires', async () => {
    const org = `org-exp-${crypto.randomUUID()}`;
    await h.scan(org, ACCOUNT, [asInventory('e1', publicBucket('expiring'))]);
    const expiresAt = new Date(Date.now() + 1500).toISOString();
    const created = await h.gql(userOf(org), CREATE, { i: { reason: 'Until the fix ships', checkIds: [s303], expiresAt } });
    expect(created.data!.createMuteRule).toMatchObject({ expiresAt, mutedFindingCount: 1 });
    expect((await publicFinding(org, 'arn:aws:s3:::expiring')).status).toBe('MUTED');
    await new Promise((r) => setTimeout(r, 1600));
    expect(await h.module.sweepExpiredMutes()).toBeGreaterThanOrEqual(1);
    const back = await publicFinding(org, 'arn:aws:s3:::expiring');
    expect(back.status).toBe('OPEN');
    expect(back.history.at(-1)).toMatchObject({ fromStatus: 'MUTED', toStatus: 'OPEN', actorId: null });
    expect((await h.gql(userOf(org), '{ muteRules { edges { node { expired mutedFindingCount } } } }')).data!.muteRules.edges[0].node).toEqual({ expired: true, mutedFindingCount: 0 });
  });

  it('M11 when the muting rule expires and another still covers the finding, the sweep records the switch of rule', async () => {
    const org = `org-switch-${crypto.randomUUID()}`;
    await h.scan(org, ACCOUNT, [asInventory('s1', publicBucket('switching'))]);
    const first = (await h.gql(userOf(org), CREATE, { i: { reason: 'Until Friday', checkIds: [s303], expiresAt: new Date(Date.now() + 1000).toISOString() } })).data!.createMuteRule.id;
    const second = (await h.gql(userOf(org), CREATE, { i: { reason: 'Website bucket, accepted', resourcePattern: 'arn:aws:s3:::switching' } })).data!.createMuteRule;
    expect((await publicFinding(org, 'arn:aws:s3:::switching')).muteRule?.id).toBe(first);
    await new Promise((r) => setTimeout(r, 1100));
    await h.module.sweepExpiredMutes();
    const after = await publicFinding(org, 'arn:aws:s3:::switching');
    expect(after).toMatchObject({ status: 'MUTED', muteRule: { id: second.id } });
    expect(after.history.at(-1)).toMatchObject({ fromStatus: 'MUTED', toStatus: 'MUTED', muteRuleId: second.id, note: 'Website bucket, accepted', actorId: null });
  });

  it('M11 an evaluation that finds the muting rule expired and another covering the finding records the switch', async () => {
    const org = `org-switch2-${crypto.randomUUID()}`;
    const estate = [asInventory('s2', publicBucket('switching-2'))];
    await h.scan(org, ACCOUNT, estate);
    await h.gql(userOf(org), CREATE, { i: { reason: 'Until Friday', checkIds: [s303], expiresAt: new Date(Date.now() + 1000).toISOString() } });
    const second = (await h.gql(userOf(org), CREATE, { i: { reason: 'Website bucket, accepted', resourcePattern: 'arn:aws:s3:::switching-2' } })).data!.createMuteRule;
    await new Promise((r) => setTimeout(r, 1100));
    const { alerts } = await h.scan(org, ACCOUNT, estate);
    const after = await publicFinding(org, 'arn:aws:s3:::switching-2');
    expect(after).toMatchObject({ status: 'MUTED', muteRule: { id: second.id } });
    expect(after.history.at(-1)).toMatchObject({ fromStatus: 'MUTED', toStatus: 'MUTED', muteRuleId: second.id, note: 'Website bucket, accepted' });
    expect(alerts.some((a) => a.findingId === after.id)).toBe(false);
  });

  it('M10 the list filters live and expired rules in the database, totalCount included', async () => {
    const org = `org-list-${crypto.randomUUID()}`;
    await h.scan(org, ACCOUNT, [asInventory('l1', publicBucket('list-1'))]);
    const live = (await h.gql(userOf(org), CREATE, { i: { reason: 'Live rule', checkIds: [s303] } })).data!.createMuteRule.id;
    const lapsing = (await h.gql(userOf(org), CREATE, { i: { reason: 'Lapsing rule', regions: ['eu-west-3'], expiresAt: new Date(Date.now() + 1000).toISOString() } })).data!
      .createMuteRule.id;
    await new Promise((r) => setTimeout(r, 1100));
    const LIST = `query($f: MuteRuleFilter) { muteRules(filter: $f) { totalCount edges { node { id expired } } } }`;
    const ids = async (f: Record<string, unknown> | null) => {
      const answer = await h.gql(userOf(org), LIST, { f });
      expect(answer.errors).toBeUndefined();
      const list = answer.data!.muteRules;
      expect(list.totalCount).toBe(list.edges.length);
      return list.edges.map((e: { node: { id: string } }) => e.node.id);
    };
    expect(await ids(null)).toEqual([live, lapsing]);
    expect(await ids({ expired: false })).toEqual([live]);
    expect(await ids({ expired: true })).toEqual([lapsing]);
  });

  it('M8 an evaluation honours expiry even before the sweep runs, without a new alert', async () => {
    const org = `org-exp2-${crypto.randomUUID()}`;
    await h.scan(org, ACCOUNT, [asInventory('e2', publicBucket('expiring-2')), asInventory('p2', bucket('private-2'))]);
    await h.gql(userOf(org), CREATE, { i: { reason: 'Short mute', checkIds: [s303], expiresAt: new Date(Date.now() + 1000).toISOString() } });
    expect((await publicFinding(org, 'arn:aws:s3:::expiring-2')).status).toBe('MUTED');
    await new Promise((r) => setTimeout(r, 1100));
    const { alerts } = await h.scan(org, ACCOUNT, [asInventory('e2', publicBucket('expiring-2')), asInventory('p2', bucket('private-2'))]);
    const back = await publicFinding(org, 'arn:aws:s3:::expiring-2');
    expect(back.status).toBe('OPEN');
    expect(alerts.some((a) => a.findingId === back.id)).toBe(false);
  });
});

describe('one meaning of "matches"', () => {
  const targets = [
    { arn: 'arn:aws:s3:::logs_2026', region: 'us-east-1', check: 's3_bucket_object_versioning', account: '111122223333', tags: { env: 'prod' } },
    { arn: 'arn:aws:s3:::logsX2026', region: 'eu-west-1', check: 's3_bucket_object_versioning', account: '111122223333', tags: { env: 'dev' } },
    { arn: 'arn:aws:s3:::data%1', region: 'eu-west-1', check: 's3_bucket_kms_encryption', account: '444455556666', tags: {} },
    { arn: 'arn:aws:ec2:eu-west-1:444455556666:instance/i-1', region: 'eu-west-1', check: 's3_bucket_kms_encryption', account: '444455556666', tags: { env: 'prod', team: 'x' } },
  ];
  const results = targets.map((t, i) => ({
    checkId: t.check,
    shortId: 'S3-96',
    severity: 'LOW' as const,
    title: 'Fake matcher check passes',
    service: 's3',
    resourceId: `m-${i}`,
    resourceArn: t.arn,
    accountId: t.account,
    region: t.region,
    status: 'FAIL' as const,
    message: 'failing',
  }));
  const resources = targets.map((t, i) => ({ id: `m-${i}`, resource: { kind: 'aws.s3.bucket', arn: t.arn, tags: ok(t.tags) } }));

  async function evaluate(org: string) {
    const run = createScanEvaluator({
      db: h.db,
      bus: h.bus,
      logger: silentLogger,
      runChecks: () => VerdictSet.of(results, resources),
      fetchSnapshot: async ({ scanId }) => ({ scanId, accountId: 'acct-match', status: 'PARTIAL', resources: resources as never }),
    });
    await run({ orgId: org, accountId: 'acct-match', scanId: `m-${crypto.randomUUID()}`, status: 'PARTIAL' });
  }

  async function mutedArns(org: string): Promise<string[]> {
    const answer = await h.gql(userOf(org), '{ findings(filter: { statuses: [MUTED] }, first: 100) { edges { node { resourceArn } } } }');
    return answer.data!.findings.edges.map((e: { node: { resourceArn: string } }) => e.node.resourceArn).sort();
  }

  it.each([
    [{ resourcePattern: 'arn:aws:s3:::logs_*' }, ['arn:aws:s3:::logs_2026']],
    [{ resourcePattern: 'arn:aws:s3:::data%?' }, ['arn:aws:s3:::data%1']],
    [{ regions: ['eu-west-1'], checkIds: ['s3_bucket_kms_encryption'] }, ['arn:aws:ec2:eu-west-1:444455556666:instance/i-1', 'arn:aws:s3:::data%1']],
    [{ tags: [{ key: 'env', value: 'prod' }] }, ['arn:aws:ec2:eu-west-1:444455556666:instance/i-1', 'arn:aws:s3:::logs_2026']],
    [{ accountIds: ['acct-match'], resourcePattern: '*i-?' }, ['arn:aws:ec2:eu-west-1:444455556666:instance/i-1']],
  ])('M9 the SQL (existing findings) and evaluation-time (new findings) matchers agree: %j', async (scope, expected) => {
    const existingFirst = `org-sql-${crypto.randomUUID()}`;
    await evaluate(existingFirst);
    expect((await h.gql(userOf(existingFirst), CREATE, { i: { reason: 'matcher case', ...scope } })).errors).toBeUndefined();

    const ruleFirst = `org-js-${crypto.randomUUID()}`;
    expect((await h.gql(userOf(ruleFirst), CREATE, { i: { reason: 'matcher case', ...scope } })).errors).toBeUndefined();
    await evaluate(ruleFirst);

    expect(await mutedArns(existingFirst)).toEqual([...expected].sort());
    expect(await mutedArns(ruleFirst)).toEqual([...expected].sort());
  });
});
