/**
 * Deleting an account through the gateway takes its findings with it: inventory publishes
 * `inventory.account.deleted` on the product's bus and findings purges the account's findings, its compliance and
 * posture, and the mute rules that named only it, while rules over other scopes stay.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventoryConnectedAccounts } from '../../subgraphs/findings/src/domain/connected-accounts';
import { adminSession } from '../support/identities';
import { startHarness, type Harness } from '../support/product-harness';

let h: Harness;
let token: string;

beforeAll(async () => {
  h = await startHarness();
  token = await adminSession(h, h.adminEmail, h.adminPassword);
});

afterAll(async () => {
  await h?.stop();
});

const COUNTS = 'query($a: [ID!]) { findings(filter: { accountIds: $a }, first: 1) { totalCount } findingFacets { account { value } } }';

describe('deleting an account', () => {
  it('purges its findings, compliance and account-only mute rules from findings', async () => {
    const added = await h.gql<{ addDemoAccount: { id: string; lastScan: { id: string } } }>('mutation { addDemoAccount { id lastScan { id } } }', {}, token);
    expect(added.errors).toBeUndefined();
    const { id: accountId, lastScan } = added.data!.addDemoAccount;
    await expect
      .poll(async () => (await h.gql<{ scan: { evaluation: object | null } }>('query($id: ID!) { scan(id: $id) { evaluation { evaluatedAt } } }', { id: lastScan.id }, token)).data?.scan.evaluation ?? null, { timeout: 60_000, interval: 250 })
      .not.toBeNull();
    const before = await h.gql<{ findings: { totalCount: number }; findingFacets: { account: { value: string }[] } }>(COUNTS, { a: [accountId] }, token);
    expect(before.data!.findings.totalCount).toBeGreaterThan(0);
    expect(before.data!.findingFacets.account.map((f) => f.value)).toContain('111122223333');

    const rule = (input: Record<string, unknown>) =>
      h.gql<{ createMuteRule: { id: string } }>('mutation($i: CreateMuteRuleInput!) { createMuteRule(input: $i) { id } }', { i: { reason: 'accepted risk', ...input } }, token);
    const onlyThisAccount = (await rule({ accountIds: [accountId] })).data!.createMuteRule.id;
    const anyAccount = (await rule({ resourcePattern: 'arn:aws:s3:::*' })).data!.createMuteRule.id;

    // What findings' reconcile asks inventory (its safety net for a missed deletion event), over real HTTP.
    const orgId = (JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()) as { org: string }).org;
    const connected = () => inventoryConnectedAccounts({ inventoryUrl: h.subgraphUrls.inventory, internalSecret: h.internalSecret })(orgId);
    expect(await connected()).toContainEqual({ id: accountId, awsAccountId: '111122223333' });

    const deleted = await h.gql<{ deleteAwsAccount: string }>('mutation($id: ID!) { deleteAwsAccount(id: $id) }', { id: accountId }, token);
    expect(deleted.errors).toBeUndefined();
    expect((await connected()).map((a) => a.id)).not.toContain(accountId);

    await expect.poll(async () => (await h.gql<{ findings: { totalCount: number } }>(COUNTS, { a: [accountId] }, token)).data?.findings.totalCount, { timeout: 30_000, interval: 250 }).toBe(0);
    const after = await h.gql<{ findings: { totalCount: number }; findingFacets: { account: { value: string }[] } }>(COUNTS, { a: null }, token);
    expect(after.data).toEqual({ findings: { totalCount: 0 }, findingFacets: { account: [] } });
    const posture = await h.gql('query($a: ID!) { compliance(framework: CIS_AWS_5_0_0, accountId: $a) { scanId } postureTrend(accountId: $a) { scanId } }', { a: accountId }, token);
    expect(posture.data).toEqual({ compliance: null, postureTrend: [] });
    const rules = await h.gql<{ muteRules: { edges: { node: { id: string } }[] } }>('{ muteRules(first: 100) { edges { node { id } } } }', {}, token);
    const left = rules.data!.muteRules.edges.map((e) => e.node.id);
    expect(left).toContain(anyAccount);
    expect(left).not.toContain(onlyThisAccount);
  });
});
