/**
 * The walking skeleton end to end, through the gateway only: sign in, connect an account whose S3 is a local
 * stand-in (s3rver + bucket configuration), scan, see the public bucket's finding, receive the live alert over
 * WebSocket and the email in aws-ses-v2-local, rescan without duplicates or second alerts, fix, rescan, RESOLVED.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PutBucketAclCommand, S3Client } from '@aws-sdk/client-s3';
import sesLocal from 'aws-ses-v2-local';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_USERS, STAND_IN_CREDENTIALS, standInEndpointEnv, startS3StandIn, type S3StandIn } from '@cspmexa/aws-local';
import { enrolMfa } from '../support/identities';
import { startHarness, type Harness } from '../support/product-harness';

let standIn: S3StandIn;
let ses: Server;
let sesUrl: string;
let h: Harness;
let token: string;
let accountId: string;
let alerts: ReturnType<Harness['subscribe']>;
let emailsAfterFirstScan = 0;

const PUBLIC_ARN = 'arn:aws:s3:::public-b';
const PRIVATE_ARN = 'arn:aws:s3:::private-b';

async function emails(): Promise<{ subject?: string; destination?: unknown }[]> {
  const store = (await (await fetch(`${sesUrl}/store`)).json()) as { emails: { subject?: string; destination?: unknown }[] };
  return store.emails;
}

type ScanView = { status: string; evaluation: { evaluatedAt: string; opened: number; resolved: number } | null };

async function scanAndWait(): Promise<ScanView & { evaluation: NonNullable<ScanView["evaluation"]> }> {
  const started = await h.gql<{ startScan: { id: string } }>('mutation($a: ID!) { startScan(accountId: $a) { id status } }', { a: accountId }, token);
  expect(started.errors).toBeUndefined();
  const scanId = started.data!.startScan.id;
  let scan: ScanView | undefined;
  await expect
    .poll(
      async () => {
        const r = await h.gql<{ scan: ScanView }>('query($id: ID!) { scan(id: $id) { status failureReason evaluation { evaluatedAt opened resolved } } }', { id: scanId }, token);
        scan = r.data?.scan ?? undefined;
        return scan?.evaluation?.evaluatedAt ?? null;
      },
      { timeout: 30_000, interval: 250 },
    )
    .not.toBeNull();
  return scan as ScanView & { evaluation: NonNullable<ScanView['evaluation']> };
}

async function findingsOf(arn: string): Promise<{ id: string; shortId: string; status: string; severity: string }[]> {
  const r = await h.gql<{ findings: { edges: { node: { id: string; shortId: string; status: string; severity: string; resourceArn: string } }[] } }>(
    '{ findings(first: 100) { totalCount edges { node { id shortId status severity resourceArn } } } }',
    {},
    token,
  );
  expect(r.errors).toBeUndefined();
  return r.data!.findings.edges.map((e) => e.node).filter((n) => n.resourceArn === arn);
}

beforeAll(async () => {
  standIn = await startS3StandIn({
    buckets: {
      'public-b': { grants: [{ type: 'Group', uri: ALL_USERS, permission: 'READ' }] },
      'private-b': {
        publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
        encryption: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k' },
        versioning: { status: 'Enabled', mfaDelete: 'Enabled' },
        logging: { targetBucket: 'access-logs', targetPrefix: 'private-b/' },
        ownershipControls: 'BucketOwnerEnforced',
        objectLock: { mode: 'GOVERNANCE', days: 30 },
        // TLS enforced (S3-07): the only policy statement is the standard deny of plain HTTP.
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::private-b', 'arn:aws:s3:::private-b/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
          ],
        }),
      },
    },
  });
  ses = await sesLocal({ host: '127.0.0.1', port: 0 });
  sesUrl = `http://127.0.0.1:${(ses.address() as AddressInfo).port}`;
  // The product's SDK clients take these from the environment, exactly as they would on a real deployment.
  Object.assign(process.env, {
    AWS_ACCESS_KEY_ID: STAND_IN_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: STAND_IN_CREDENTIALS.secretAccessKey,
    AWS_REGION: 'us-east-1',
    // The stand-in answers EC2, IAM, S3 Control, CloudTrail, Config, CloudWatch (Logs), SSM and Account as an empty
    // account, so the scan reads every API it calls.
    ...standInEndpointEnv(standIn.endpoint),
    AWS_ENDPOINT_URL_SES: sesUrl,
  });
  h = await startHarness();
});

afterAll(async () => {
  await alerts?.close();
  await h?.stop();
  await standIn?.close();
  await new Promise((r) => ses?.close(r));
});

describe('CSPMEXA end to end through the gateway', () => {
  it('refuses a wrong password with UNAUTHENTICATED, then signs the admin in and enrols MFA', async () => {
    const bad = await h.gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }', { e: h.adminEmail, p: 'wrong-password-123' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const ok = await h.gql<{ login: { accessToken: string; mfaRequired: boolean } }>(
      'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken mfaRequired } }',
      { e: h.adminEmail, p: h.adminPassword },
    );
    expect(ok.errors).toBeUndefined();
    // The bootstrap admin has no second factor yet: enrolling hands out the session admin work needs (M5).
    token = await enrolMfa(h, ok.data!.login.accessToken).then((session) => session.accessToken);
    const me = await h.gql<{ me: { email: string; role: string } }>('{ me { id email role } }', {}, token);
    expect(me.data?.me).toMatchObject({ email: h.adminEmail, role: 'ADMIN' });
  });

  it('connects the account, sets an email rule and subscribes to live alerts', async () => {
    const added = await h.gql<{ addAwsAccount: { id: string } }>(
      'mutation($i: AddAwsAccountInput!) { addAwsAccount(input: $i) { id name } }',
      { i: { name: 'e2e', authMethod: 'DEFAULT_CHAIN' } },
      token,
    );
    expect(added.errors).toBeUndefined();
    accountId = added.data!.addAwsAccount.id;
    const rule = await h.gql(
      'mutation($i: CreateNotificationRuleInput!) { createNotificationRule(input: $i) { id } }',
      { i: { name: 'critical to security', minSeverity: 'CRITICAL', recipients: ['security@example.test'] } },
      token,
    );
    expect(rule.errors).toBeUndefined();
    alerts = h.subscribe('subscription($m: Severity) { alertRaised(minSeverity: $m) { id kind severity finding { id shortId resourceArn status } } }', { m: 'HIGH' }, token);
    await new Promise((r) => setTimeout(r, 300));
    expect(alerts.errors).toEqual([]);
  });

  it('scans: the public bucket has an OPEN finding, the private one none; alert pushed and mailed', async () => {
    const scan = await scanAndWait();
    expect(scan.status).toBe('COMPLETED');
    const pub = await findingsOf(PUBLIC_ARN);
    expect(pub.find((f) => f.shortId === 'S3-03')).toMatchObject({ status: 'OPEN', severity: 'CRITICAL' });
    expect(await findingsOf(PRIVATE_ARN)).toEqual([]);
    await expect
      .poll(() => alerts.events.map((e) => (e as { data: { alertRaised: { finding: { resourceArn: string; shortId: string } } } }).data.alertRaised.finding), { timeout: 10_000 })
      .toContainEqual(expect.objectContaining({ resourceArn: PUBLIC_ARN, shortId: 'S3-03' }));
    // The rule admits CRITICAL only: one email per CRITICAL finding opened (public through ACL: S3-03, S3-05).
    const critical = pub.filter((f) => f.severity === 'CRITICAL' && f.status === 'OPEN').length;
    expect(critical).toBeGreaterThanOrEqual(1);
    await expect.poll(async () => (await emails()).length, { timeout: 15_000 }).toBe(critical);
    expect(JSON.stringify(await emails())).toContain('public-b');
    emailsAfterFirstScan = critical;
    // Every alert of the scan arrives, one per HIGH or CRITICAL finding it opened (the subscription's floor):
    // they are published after the commit, so the scan can read as done before the last one is pushed.
    const high = await h.gql<{ findings: { totalCount: number } }>('{ findings(filter: { severities: [CRITICAL, HIGH], statuses: [OPEN] }) { totalCount } }', {}, token);
    await expect.poll(() => alerts.events.length, { timeout: 10_000 }).toBe(high.data!.findings.totalCount);
  });

  it('rescans without duplicate findings, alerts or emails (X4)', async () => {
    const before = await findingsOf(PUBLIC_ARN);
    const alertsBefore = alerts.events.length;
    const scan = await scanAndWait();
    expect(scan.evaluation.opened).toBe(0);
    const after = await findingsOf(PUBLIC_ARN);
    expect(after.map((f) => f.id).sort()).toEqual(before.map((f) => f.id).sort());
    await new Promise((r) => setTimeout(r, 1_000));
    expect(alerts.events.length).toBe(alertsBefore);
    expect((await emails()).length).toBe(emailsAfterFirstScan);
  });

  it('resolves the finding once the bucket is made private', async () => {
    const s3 = new S3Client({ region: 'us-east-1', endpoint: standIn.endpoint, forcePathStyle: true, credentials: STAND_IN_CREDENTIALS });
    await s3.send(new PutBucketAclCommand({ Bucket: 'public-b', ACL: 'private' }));
    const scan = await scanAndWait();
    expect(scan.evaluation.resolved).toBeGreaterThanOrEqual(1);
    expect((await findingsOf(PUBLIC_ARN)).find((f) => f.shortId === 'S3-03')?.status).toBe('RESOLVED');
  });

  it('joins subgraphs through the gateway: the resource of a finding (inventory) and the findings of a resource', async () => {
    const r = await h.gql<{ findings: { edges: { node: { resource: { arn: string; kind: string; findings: { totalCount: number } } } }[] } }>(
      '{ findings(first: 5) { edges { node { shortId resource { arn kind findings(first: 10) { totalCount } } } } } }',
      {},
      token,
    );
    expect(r.errors).toBeUndefined();
    const first = r.data!.findings.edges[0]!.node.resource;
    expect(first).toMatchObject({ arn: PUBLIC_ARN, kind: 'aws.s3.bucket' });
    expect(first.findings.totalCount).toBeGreaterThan(0);
  });

  it('J6 every subgraph refuses an _entities call that does not come through the gateway', async () => {
    const query = '{ _entities(representations: [{ __typename: "Resource", id: "x" }]) { __typename } }';
    for (const url of Object.values(h.subgraphUrls)) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user-id': 'admin', 'x-org-id': 'o' }, body: JSON.stringify({ query }) });
      expect(res.status, url).toBe(401);
    }
  });

  it('answers an unknown account id with NOT_FOUND and malformed GraphQL with a parse error, and keeps running', async () => {
    const unknown = await h.gql('mutation { startScan(accountId: "00000000-0000-0000-0000-000000000000") { id } }', {}, token);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await h.gql('{ findings(first: 1) { edges { node { id }', {}, token);
    expect(malformed.status).toBe(400);
    expect(malformed.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const me = await h.gql('{ me { id } }', {}, token);
    expect(me.errors).toBeUndefined();
  });
});
