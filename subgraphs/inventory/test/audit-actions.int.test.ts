/**
 * Inventory's actions in the audit trail (L1), at the subgraph: what it reports for account changes (never a
 * secret), and nothing for a refused action. The trail itself (auth) is covered through the gateway by
 * test/e2e/audit-actions.int.test.ts.
 */
import crypto from 'node:crypto';
import { startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, user, type Harness } from './support/harness';
import { pointAwsAtStandIn } from './support/stand-in-env';

const ORG = `org-${crypto.randomUUID()}`;
const keys = { accessKeyId: `AKIA${crypto.randomBytes(8).toString('hex').toUpperCase()}`, secretAccessKey: crypto.randomBytes(30).toString('base64') };
const newKeys = { accessKeyId: `AKIA${crypto.randomBytes(8).toString('hex').toUpperCase()}`, secretAccessKey: crypto.randomBytes(30).toString('base64') };

let standIn: S3StandIn;
let h: Harness;
let restoreEnv: () => void;

beforeAll(async () => {
  standIn = await startS3StandIn({ buckets: {}, accessKeys: [keys, newKeys] });
  restoreEnv = pointAwsAtStandIn(standIn);
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
  await standIn?.close();
  restoreEnv?.();
});

const ofOrg = () => h.audited.filter((e) => e.orgId === ORG);

describe('inventory audit entries (L1)', () => {
  it('L1 A3 an access-key account added, its keys replaced and deleted: one entry each with actor and target, no secret and no key id beyond its last 4', async () => {
    const admin = user(ORG);
    const added = await h.gql(admin, 'mutation($i: AddAwsAccountInput!) { addAwsAccount(input: $i) { id } }', { i: { name: 'Keys', authMethod: 'ACCESS_KEYS', ...keys } });
    expect(added.errors).toBeUndefined();
    const id = added.data!.addAwsAccount.id as string;
    const updated = await h.gql(admin, 'mutation($id: ID!, $i: UpdateAwsAccountInput!) { updateAwsAccount(id: $id, input: $i) { id } }', { id, i: { regions: ['eu-west-1'], ...newKeys } });
    expect(updated.errors).toBeUndefined();
    expect((await h.gql(admin, 'mutation($id: ID!) { deleteAwsAccount(id: $id) }', { id })).errors).toBeUndefined();

    const entries = ofOrg();
    expect(entries.map((e) => [e.action, e.target, e.actorId])).toEqual([
      ['aws_account.created', id, admin.kind === 'user' && admin.userId],
      ['aws_account.updated', id, admin.kind === 'user' && admin.userId],
      ['aws_account.deleted', id, admin.kind === 'user' && admin.userId],
    ]);
    expect(entries[0]!.details).toMatchObject({ authMethod: 'ACCESS_KEYS', accessKeyIdLast4: keys.accessKeyId.slice(-4) });
    expect(entries[1]!.details).toMatchObject({ changed: 'regions,credentials', credentialsChanged: true, regions: 'eu-west-1', accessKeyIdLast4: newKeys.accessKeyId.slice(-4) });
    expect(entries.every((e) => e.request.requestId)).toBe(true);
    const written = JSON.stringify(entries);
    for (const k of [keys, newKeys]) {
      expect(written).not.toContain(k.secretAccessKey);
      expect(written).not.toContain(k.accessKeyId.slice(0, -4));
    }
  });

  it('L1 R1 a refused action reports nothing (its denial is audited separately)', async () => {
    const before = ofOrg().length;
    const refused = await h.gql(user(ORG, 'ANALYST'), 'mutation { addAwsAccount(input: { name: "x", authMethod: DEFAULT_CHAIN }) { id } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(ofOrg()).toHaveLength(before);
  });

  it('L1 the demo account is audited when it is created, not when a repeated call returns it', async () => {
    const org = `org-${crypto.randomUUID()}`;
    const first = await h.gql(user(org), 'mutation { addDemoAccount { id } }');
    const again = await h.gql(user(org), 'mutation { addDemoAccount { id } }');
    expect(first.errors).toBeUndefined();
    expect(again.data).toEqual(first.data);
    expect(h.audited.filter((e) => e.orgId === org && e.action === 'aws_account.demo_added').map((e) => e.target)).toEqual([first.data!.addDemoAccount.id]);
  });
});
