/**
 * Findings' actions in the audit trail (L1; issue 5: who muted and when), at the subgraph: a rule, a bulk mute
 * (rule id and count), a deletion and an export, each reported once with actor and target; nothing when refused.
 */
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asInventory, publicBucket } from './fixtures';
import { adminOf, startHarness, userOf } from './harness';

let h: Awaited<ReturnType<typeof startHarness>>;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('findings audit entries (L1)', () => {
  it('L1 rule created, findings muted in bulk, rule deleted and findings exported: who, what, how many', async () => {
    const org = `org-audit-${crypto.randomUUID()}`;
    const analyst = userOf(org);
    const admin = adminOf(org);
    await h.scan(org, 'acct-audit', [asInventory('r-1', publicBucket('open-1')), asInventory('r-2', publicBucket('open-2'))]);
    const ids = ((await h.gql(analyst, '{ findings(filter: { statuses: [OPEN] }) { edges { node { id } } } }')).data!.findings.edges as { node: { id: string } }[]).map((e) => e.node.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);

    const rule = await h.gql(analyst, 'mutation { createMuteRule(input: { reason: "accepted", resourcePattern: "arn:aws:s3:::open-*" }) { id } }');
    const ruleId = rule.data!.createMuteRule.id as string;
    const bulk = await h.gql(analyst, 'mutation($ids: [ID!]!) { muteFindings(ids: $ids, reason: "false positive") { id } }', { ids: ids.slice(0, 2) });
    const bulkId = bulk.data!.muteFindings.id as string;
    expect((await h.gql(analyst, 'mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: ruleId })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(admin, 'mutation($id: ID!) { deleteMuteRule(id: $id) }', { id: ruleId })).errors).toBeUndefined();
    const exported = await h.gql(analyst, 'mutation { exportFindings(format: CSV) { id } }');
    expect(exported.errors).toBeUndefined();

    const entries = h.audited.filter((e) => e.orgId === org);
    const analystId = analyst.kind === 'user' ? analyst.userId : '';
    const adminId = admin.kind === 'user' ? admin.userId : '';
    expect(entries.map((e) => [e.action, e.target, e.actorId])).toEqual([
      ['mute_rule.created', ruleId, analystId],
      ['findings.muted', bulkId, analystId],
      ['mute_rule.deleted', ruleId, adminId],
      ['findings.exported', exported.data!.exportFindings.id, analystId],
    ]);
    expect(entries[0]!.details).toMatchObject({ reason: 'accepted', resourcePattern: 'arn:aws:s3:::open-*' });
    expect(entries[1]!.details).toMatchObject({ muteRuleId: bulkId, count: 2, reason: 'false positive' });
    await h.module.idle();
  });
});
