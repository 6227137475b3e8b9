/**
 * Managing connected accounts over GraphQL: static access keys (A3: write-only, sealed at rest, never logged),
 * updateAwsAccount and deleteAwsAccount, against the local AWS stand-in, which knows the test's static keys.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { createLogger } from '@cspmexa/server-kit';
import { sql } from 'drizzle-orm';
import { Kind, parse, type ObjectTypeDefinitionNode, type TypeNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanOutcome, service, startHarness, user, type Harness } from './support/harness';
import { pointAwsAtStandIn } from './support/stand-in-env';

const ORG = `org-${crypto.randomUUID()}`;
const OTHER_ORG = `org-${crypto.randomUUID()}`;
const AWS_ACCOUNT = '246813579024';
// Built at run time: a real-looking key id (AKIA + 16) so that the log check below means something.
const keys = { accessKeyId: `AKIA${crypto.randomBytes(8).toString('hex').toUpperCase()}`, secretAccessKey: crypto.randomBytes(30).toString('base64') };
const newKeys = { accessKeyId: `AKIA${crypto.randomBytes(8).toString('hex').toUpperCase()}`, secretAccessKey: crypto.randomBytes(30).toString('base64') };

const ADD = `mutation($input: AddAwsAccountInput!) { addAwsAccount(input: $input) { id authMethod accessKeyIdLast4 awsAccountId } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateAwsAccountInput!) { updateAwsAccount(id: $id, input: $input) { id name regions roleArn awsAccountId accessKeyIdLast4 } }`;
const DELETE = `mutation($id: ID!) { deleteAwsAccount(id: $id) }`;
const START = `mutation($id: ID!) { startScan(accountId: $id) { id } }`;

let standIn: S3StandIn;
let h: Harness;
let restoreEnv: () => void;
const logLines: string[] = [];

beforeAll(async () => {
  standIn = await startS3StandIn({ accountId: AWS_ACCOUNT, buckets: { 'keys-bucket': {} }, accessKeys: [keys, newKeys] });
  restoreEnv = pointAwsAtStandIn(standIn);
  const sink = new Writable({ write: (chunk, _enc, done) => void (logLines.push(String(chunk)), done()) });
  h = await startHarness({}, {}, createLogger({ level: 'trace' }, sink));
});
afterAll(async () => {
  await h?.close();
  await standIn?.close();
  restoreEnv?.();
});

/** Every field of AwsAccount, read from the subgraph's own SDL, so that a field added later is covered too. */
function everyAccountField(): string {
  const doc = parse(fs.readFileSync(fileURLToPath(new URL('../src/schema.graphql', import.meta.url)), 'utf8'));
  const objects = new Set(doc.definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION ? [d.name.value] : [])));
  const account = doc.definitions.find((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION && d.name.value === 'AwsAccount');
  const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
  return (account?.fields ?? []).map((f) => (objects.has(named(f.type)) ? `${f.name.value} { id }` : f.name.value)).join(' ');
}

describe('A3 static access keys', () => {
  let accountId: string;

  it('A3 connects with static keys and scans with them; the API shows only the last 4 characters of the key id', async () => {
    const added = await h.gql(user(ORG), ADD, { input: { name: 'Keys', authMethod: 'ACCESS_KEYS', ...keys } });
    expect(added.errors).toBeUndefined();
    accountId = added.data?.addAwsAccount.id;
    expect(added.data?.addAwsAccount).toMatchObject({ authMethod: 'ACCESS_KEYS', accessKeyIdLast4: keys.accessKeyId.slice(-4) });

    const tested = await h.gql(user(ORG), `mutation($id: ID) { testAwsConnection(accountId: $id) { status awsAccountId callerArn } }`, { id: accountId });
    expect(tested.data?.testAwsConnection).toEqual({ status: 'CONNECTED', awsAccountId: AWS_ACCOUNT, callerArn: `arn:aws:iam::${AWS_ACCOUNT}:user/static-keys` });
    const scan = await scanOutcome(h, user(ORG), (await h.gql(user(ORG), START, { id: accountId })).data?.startScan.id);
    expect(scan).toMatchObject({ status: 'COMPLETED', failureReason: null });
    expect(scan.resourceCount).toBeGreaterThan(0);
  });

  it('A3 no query returns the keys: every AwsAccount field, by every entry point, for admins and analysts', async () => {
    const fields = everyAccountField();
    expect(fields).toContain('accessKeyIdLast4');
    const answers = [
      await h.gql(user(ORG), `query($id: ID!) { awsAccount(id: $id) { ${fields} } }`, { id: accountId }),
      await h.gql(user(ORG), `{ awsAccounts { edges { node { ${fields} } } } }`),
      await h.gql(user(ORG, 'ANALYST'), `query($id: ID!) { awsAccount(id: $id) { ${fields} } }`, { id: accountId }),
      await h.gql(user(ORG), `query($r: [_Any!]!) { _entities(representations: $r) { ... on AwsAccount { ${fields} } } }`, { r: [{ __typename: 'AwsAccount', id: accountId }] }),
      await h.gql(user(ORG), `{ resources { edges { node { account { ${fields} } } } } }`),
    ];
    for (const answer of answers) {
      expect(answer.errors).toBeUndefined();
      const text = JSON.stringify(answer);
      expect(text).not.toContain(keys.accessKeyId);
      expect(text).not.toContain(keys.secretAccessKey);
    }
    expect(answers[2]?.data?.awsAccount.accessKeyIdLast4).toBeNull();
  });

  it('A3 the database holds ciphertext: neither the key id nor the secret appears in the row', async () => {
    const result = await h.handle.db.execute(sql`select row_to_json(a)::text as row, a.access_keys_sealed as sealed from inventory.aws_accounts a where a.id = ${accountId}::uuid`);
    const [row] = (result as unknown as { rows: { row: string; sealed: string }[] }).rows;
    expect(row?.sealed).toMatch(/^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(row?.row).not.toContain(keys.accessKeyId);
    expect(row?.row).not.toContain(keys.secretAccessKey);
    expect(row?.row).toContain(keys.accessKeyId.slice(-4));
  });

  it('A3 replaces the keys (both at once), then scans with the new ones', async () => {
    const half = await h.gql(user(ORG), UPDATE, { id: accountId, input: { accessKeyId: newKeys.accessKeyId } });
    expect(half.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'secretAccessKey' });
    const updated = await h.gql(user(ORG), UPDATE, { id: accountId, input: newKeys });
    expect(updated.data?.updateAwsAccount).toMatchObject({ accessKeyIdLast4: newKeys.accessKeyId.slice(-4), awsAccountId: null });
    expect(JSON.stringify(updated)).not.toContain(newKeys.secretAccessKey);
    const scan = await scanOutcome(h, user(ORG), (await h.gql(user(ORG), START, { id: accountId })).data?.startScan.id);
    expect(scan.status).toBe('COMPLETED');
    const badSecret = await h.gql(user(ORG), ADD, { input: { name: 'Bad', authMethod: 'ACCESS_KEYS', accessKeyId: keys.accessKeyId, secretAccessKey: `${keys.secretAccessKey} !` } });
    expect(badSecret.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'secretAccessKey' });
    expect(JSON.stringify(badSecret)).not.toContain(keys.secretAccessKey);
  });

  it("A3 the logs of all of that (adds, tests, scans, updates, at trace level) contain no AKIA key id and no secret", () => {
    const logs = logLines.join('');
    expect(logs).toContain('AWS account added');
    expect(logs).toContain('AWS connection tested');
    expect(logs).not.toMatch(/AKIA[0-9A-Z]{16}/);
    expect(logs).not.toMatch(/aws_secret/i);
    for (const secret of [keys.secretAccessKey, newKeys.secretAccessKey]) expect(logs).not.toContain(secret);
  });
});

describe('updateAwsAccount', () => {
  it('changes name, regions and role ARN; null regions means every region again; refuses fields of another method', async () => {
    const added = await h.gql(user(ORG), ADD, { input: { name: 'Role', authMethod: 'ASSUME_ROLE', roleArn: 'arn:aws:iam::111111111111:role/A' } });
    const id = added.data?.addAwsAccount.id;
    const changed = await h.gql(user(ORG), UPDATE, { id, input: { name: 'Renamed', regions: ['eu-west-1', 'eu-west-1'], roleArn: 'arn:aws:iam::222222222222:role/B' } });
    expect(changed.data?.updateAwsAccount).toEqual({ id, name: 'Renamed', regions: ['eu-west-1'], roleArn: 'arn:aws:iam::222222222222:role/B', awsAccountId: '222222222222', accessKeyIdLast4: null });
    const reset = await h.gql(user(ORG), UPDATE, { id, input: { regions: null, name: null } });
    expect(reset.data?.updateAwsAccount).toMatchObject({ name: 'Renamed', regions: null });

    const keysOnRole = await h.gql(user(ORG), UPDATE, { id, input: newKeys });
    expect(keysOnRole.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'accessKeyId' });
    const badArn = await h.gql(user(ORG), UPDATE, { id, input: { roleArn: 'arn:aws:iam::1:user/x' } });
    expect(badArn.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleArn' });
    await h.gql(user(ORG), ADD, { input: { name: 'Taken', authMethod: 'ASSUME_ROLE', roleArn: 'arn:aws:iam::333333333333:role/C' } });
    const taken = await h.gql(user(ORG), UPDATE, { id, input: { roleArn: 'arn:aws:iam::333333333333:role/C' } });
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await h.gql(user(ORG, 'ANALYST'), UPDATE, { id, input: { name: 'x' } })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(user(OTHER_ORG), UPDATE, { id, input: { name: 'x' } })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('deleteAwsAccount', () => {
  it('refuses while a scan is active, then removes the account with its scans and resources', async () => {
    const added = await h.gql(user(ORG), ADD, { input: { name: 'Doomed', authMethod: 'DEFAULT_CHAIN' } });
    const id = added.data?.addAwsAccount.id;
    const first = await scanOutcome(h, user(ORG), (await h.gql(user(ORG), START, { id })).data?.startScan.id);
    expect(first.status).toBe('COMPLETED');

    const roleAccount = (await h.gql(user(ORG), ADD, { input: { name: 'Busy', authMethod: 'ASSUME_ROLE', roleArn: `arn:aws:iam::${AWS_ACCOUNT}:role/Busy` } })).data?.addAwsAccount.id;
    standIn.delayAssumeRole(1_500);
    try {
      const busyScan = (await h.gql(user(ORG), START, { id: roleAccount })).data?.startScan.id;
      const busy = await h.gql(user(ORG), DELETE, { id: roleAccount });
      expect(busy.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      await scanOutcome(h, user(ORG), busyScan);
    } finally {
      standIn.delayAssumeRole(0);
    }

    expect((await h.gql(user(ORG, 'ANALYST'), DELETE, { id })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(user(OTHER_ORG), DELETE, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const deleted = await h.gql(user(ORG), DELETE, { id });
    expect(deleted).toEqual({ data: { deleteAwsAccount: id } });
    const after = await h.gql(user(ORG), `query($id: ID!) { awsAccount(id: $id) { id } scans(accountId: $id) { totalCount } resources(filter: { accountId: $id }) { totalCount } }`, { id });
    expect(after.data).toEqual({ awsAccount: null, scans: { totalCount: 0 }, resources: { totalCount: 0 } });
    expect((await h.gql(user(ORG), DELETE, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(logLines.join('')).toContain('"audit":"aws_account.deleted"');
  });
});

describe('connectedAccounts (internal)', () => {
  const CONNECTED = '{ connectedAccounts { id awsAccountId } }';

  it("lists every account of the service's organization, id and AWS number, and nothing to users or other orgs", async () => {
    const org = `org-${crypto.randomUUID()}`;
    const a = (await h.gql(user(org), ADD, { input: { name: 'Role', authMethod: 'ASSUME_ROLE', roleArn: `arn:aws:iam::${AWS_ACCOUNT}:role/Reader` } })).data?.addAwsAccount.id;
    const b = (await h.gql(user(org), ADD, { input: { name: 'Chain', authMethod: 'DEFAULT_CHAIN' } })).data?.addAwsAccount.id;
    const listed = await h.gql(service(org), CONNECTED);
    expect(listed.errors).toBeUndefined();
    const byId = (rows: { id: string; awsAccountId: string | null }[]) => [...rows].sort((x, y) => x.id.localeCompare(y.id));
    expect(byId(listed.data?.connectedAccounts)).toEqual(byId([{ id: a, awsAccountId: AWS_ACCOUNT }, { id: b, awsAccountId: null }]));
    expect((await h.gql(user(org), CONNECTED)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.gql(service(`org-${crypto.randomUUID()}`), CONNECTED)).data?.connectedAccounts).toEqual([]);
    await h.gql(user(org), DELETE, { id: b });
    expect((await h.gql(service(org), CONNECTED)).data?.connectedAccounts).toEqual([{ id: a, awsAccountId: AWS_ACCOUNT }]);
  });
});
