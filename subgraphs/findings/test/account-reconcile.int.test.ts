/**
 * Accounts deleted while findings missed `inventory.account.deleted` (the bus is at-most-once): the reconcile
 * round compares the accounts findings holds evaluations for with inventory's `connectedAccounts` and purges the
 * missing ones as the event would have. An org whose inventory answer fails keeps everything.
 */
import crypto from 'node:crypto';
import type { InventoryResource } from '@cspmexa/resources';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectedAccount } from '../src/domain/connected-accounts';
import { asInventory, AWS_ACCOUNT, publicBucket } from './fixtures';
import { startHarness, userOf } from './harness';

const OTHER_AWS = '444455556666';
const org = `org-rec-${crypto.randomUUID()}`;
const unreachableOrg = `org-down-${crypto.randomUUID()}`;
const gone = `acct-gone-${crypto.randomUUID()}`;
const kept = `acct-kept-${crypto.randomUUID()}`;
const inventory = new Map<string, ConnectedAccount[]>();
let asked: string[] = [];


let h: Awaited<ReturnType<typeof startHarness>>;

beforeAll(async () => {
  h = await startHarness({
    connectedAccounts: async (orgId) => {
      asked.push(orgId);
      const accounts = inventory.get(orgId);
      if (!accounts) throw new Error('inventory unreachable');
      return accounts;
    },
  });
});

afterAll(async () => {
  await h?.close();
});

const publicIn = (id: string, name: string, awsAccountId: string): InventoryResource => asInventory(id, { ...publicBucket(name), accountId: awsAccountId });
const arnsOf = async (o: string) => {
  const r = await h.gql(userOf(o), '{ findings(first: 100) { edges { node { resourceArn } } } }');
  expect(r.errors).toBeUndefined();
  return [...new Set((r.data!.findings.edges as { node: { resourceArn: string } }[]).map((e) => e.node.resourceArn))].sort();
};

describe('reconciling accounts deleted while the event was missed', () => {
  it('purges the accounts inventory no longer has, with their AWS-number mute rules, and only those', async () => {
    // Before: the rule is there, so that its absence afterwards means something.
    await h.scan(org, gone, [publicIn('r-g', 'missed-gone', AWS_ACCOUNT)]);
    await h.scan(org, kept, [publicIn('r-k', 'missed-kept', OTHER_AWS)]);
    await h.scan(unreachableOrg, gone, [publicIn('r-u', 'unreachable', AWS_ACCOUNT)]);
    const rule = await h.gql(userOf(org), 'mutation($i: CreateMuteRuleInput!) { createMuteRule(input: $i) { id } }', { i: { reason: 'accepted', accountIds: [AWS_ACCOUNT] } });
    expect(rule.errors).toBeUndefined();
    expect((await h.gql(userOf(org), '{ muteRules { totalCount } }')).data!.muteRules.totalCount).toBe(1);
    inventory.set(org, [{ id: kept, awsAccountId: OTHER_AWS }]);

    asked = [];
    expect(await h.module.reconcileDeletedAccounts()).toEqual([{ orgId: org, accountId: gone }]);
    expect(asked).toEqual(expect.arrayContaining([org, unreachableOrg]));
    expect(await arnsOf(org)).toEqual(['arn:aws:s3:::missed-kept']);
    // The AWS number is no longer connected in the org: the rule naming it could only match the purged account.
    const rules = await h.gql(userOf(org), '{ muteRules { totalCount } }');
    expect(rules.errors).toBeUndefined();
    expect(rules.data!.muteRules.totalCount).toBe(0);
    // Inventory did not answer for this org: nothing of it is touched.
    expect(await arnsOf(unreachableOrg)).toEqual(['arn:aws:s3:::unreachable']);
  });

  it('leaves a tombstone: a late evaluation writes nothing, and the next round has nothing to do', async () => {
    const late = await h.scan(org, gone, [publicIn('r-g', 'missed-gone', AWS_ACCOUNT)]);
    expect(late.outcome).toEqual({ outcome: 'skipped', reason: 'account deleted' });
    expect(await arnsOf(org)).toEqual(['arn:aws:s3:::missed-kept']);
    expect(await h.module.reconcileDeletedAccounts()).toEqual([]);
  });
});
