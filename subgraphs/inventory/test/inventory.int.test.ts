import crypto from 'node:crypto';
import { ALL_USERS, OWNER_ID, type S3StandIn } from '@cspmexa/aws-local';
import { describe, expect, it } from 'vitest';
import { service, user, type Harness } from './support/harness';
import { ADD, AWS_ACCOUNT, PUBLIC_POLICY, RESOURCES_PER_SCAN, SCAN, START, useScannedEstate } from './support/scanned-estate';

const ORG_A = `org-a-${crypto.randomUUID()}`;
const ORG_B = `org-b-${crypto.randomUUID()}`;
const ORG_D = `org-d-${crypto.randomUUID()}`;

let standIn: S3StandIn;
let h: Harness;
const { waitForScanEnd } = useScannedEstate((estate) => ({ standIn, h } = estate));

describe('inventory subgraph, scanning the local S3 stand-in', () => {
  let accountId: string;
  let scanId: string;

  it('adds an account and scans it: both buckets listed, every setting readable, scan COMPLETED', async () => {
    const added = await h.gql(user(ORG_A), ADD, { input: { name: 'Local', authMethod: 'DEFAULT_CHAIN' } });
    expect(added.errors).toBeUndefined();
    accountId = added.data?.addAwsAccount.id;
    expect(added.data?.addAwsAccount).toMatchObject({ name: 'Local', authMethod: 'DEFAULT_CHAIN', roleArn: null, externalId: null });

    const started = await h.gql(user(ORG_A, 'ANALYST'), START, { id: accountId });
    expect(started.errors).toBeUndefined();
    expect(started.data?.startScan).toMatchObject({ status: 'QUEUED', account: { id: accountId } });
    scanId = started.data?.startScan.id;

    const scan = await waitForScanEnd(ORG_A, scanId);
    expect(scan).toMatchObject({ status: 'COMPLETED', resourceCount: RESOURCES_PER_SCAN, errorCount: 0, errors: [], failureReason: null });
    expect(scan.finishedAt).not.toBeNull();
    // X2: the region the account has not opted in to is skipped and says why.
    expect(scan.regions).toEqual([
      { region: 'af-south-1', status: 'SKIPPED', reason: 'The account has not opted in to this region.' },
      { region: 'us-east-1', status: 'SCANNED', reason: null },
    ]);
    // EC2, IAM (credential report, authorization details), S3 Control and the JSON-protocol account-level services
    // were read over their own wire protocols.
    const s3control = 'S3CONTROL GET /v20180820/configuration/publicAccessBlock';
    const accountLevel = ['CLOUDTRAIL ListTrails', 'CONFIG DescribeConfigurationRecorders', 'CONFIG DescribeConfigurationRecorderStatus', 'ACCOUNT GetAlternateContact', 'ACCESS-ANALYZER ListAnalyzers'];
    for (const call of ['EC2 DescribeRegions', 'EC2 DescribeSecurityGroups', 'IAM GetAccountAuthorizationDetails', 'IAM GetCredentialReport', s3control, ...accountLevel]) {
      expect(standIn.calls.get(call), call).toBeGreaterThanOrEqual(1);
    }
    // Every configuration read of both buckets reached the stand-in once (the collector fetches each setting once).
    for (const bucket of ['public-assets', 'private-data']) {
      for (const sub of ['acl', 'policy', 'policyStatus', 'publicAccessBlock', 'encryption', 'versioning', 'logging', 'tagging']) {
        expect(standIn.calls.get(`GET ${bucket}?${sub}`), `${bucket}?${sub}`).toBe(1);
      }
    }
  });

  it('lists the collected resources with their normalized configuration', async () => {
    const res = await h.gql(
      user(ORG_A, 'ANALYST'),
      `{ resources(filter: { kind: "aws.s3.bucket" }) { totalCount edges { node { id arn name kind accountId region tags config account { id awsAccountId } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const nodes = res.data?.resources.edges.map((e: { node: any }) => e.node);
    expect(res.data?.resources.totalCount).toBe(2);
    expect(nodes.map((n: { name: string }) => n.name)).toEqual(['private-data', 'public-assets']);
    const [priv, pub] = nodes;
    expect(pub).toMatchObject({ arn: 'arn:aws:s3:::public-assets', accountId: AWS_ACCOUNT, region: 'us-east-1', account: { id: accountId, awsAccountId: AWS_ACCOUNT } });
    expect(pub.config.policy).toEqual({ state: 'ok', value: JSON.parse(PUBLIC_POLICY) });
    expect(pub.config.policyStatus).toEqual({ state: 'ok', value: { isPublic: true } });
    expect(pub.config.acl.value.grants).toContainEqual({ grantee: { type: 'Group', uri: ALL_USERS }, permission: 'READ' });
    // Never configured on AWS: absent, not an error; no tag set is an empty tag map.
    expect(pub.config.publicAccessBlock).toEqual({ state: 'absent' });
    expect(pub.config.versioning).toEqual({ state: 'ok', value: {} });
    expect(pub.config.logging).toEqual({ state: 'ok', value: {} });
    expect(pub.config.encryption).toEqual({ state: 'ok', value: { rules: [{ sseAlgorithm: 'AES256', bucketKeyEnabled: false }] } });
    expect(pub.tags).toEqual({});

    expect(priv.config.policy).toEqual({ state: 'absent' });
    expect(priv.config.policyStatus).toEqual({ state: 'absent' });
    expect(priv.config.acl).toEqual({ state: 'ok', value: { ownerId: OWNER_ID, grants: [{ grantee: { type: 'CanonicalUser', id: OWNER_ID }, permission: 'FULL_CONTROL' }] } });
    expect(priv.config.publicAccessBlock).toEqual({
      state: 'ok',
      value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
    });
    expect(priv.config.encryption).toEqual({ state: 'ok', value: { rules: [{ sseAlgorithm: 'aws:kms', kmsMasterKeyId: 'alias/data', bucketKeyEnabled: false }] } });
    expect(priv.config.versioning).toEqual({ state: 'ok', value: { status: 'Enabled' } });
    expect(priv.config.logging).toEqual({ state: 'ok', value: { targetBucket: 'public-assets', targetPrefix: 'logs/' } });
    expect(priv.tags).toEqual({ team: 'data' });

    const text = await h.gql(user(ORG_A), `{ resources(filter: { text: "PUBLIC" }) { totalCount edges { node { name } } } }`);
    expect(text.data?.resources).toEqual({ totalCount: 1, edges: [{ node: { name: 'public-assets' } }] });
    const page = await h.gql(user(ORG_A), `{ resources(first: 1, filter: { kind: "aws.s3.bucket" }) { edges { cursor } pageInfo { hasNextPage endCursor } } }`);
    expect(page.data?.resources.pageInfo.hasNextPage).toBe(true);
    const next = await h.gql(user(ORG_A), `query($after: String) { resources(first: 1, after: $after, filter: { kind: "aws.s3.bucket" }) { edges { node { name } } pageInfo { hasNextPage } } }`, {
      after: page.data?.resources.pageInfo.endCursor,
    });
    expect(next.data?.resources).toEqual({ edges: [{ node: { name: 'public-assets' } }], pageInfo: { hasNextPage: false } });
  });

  it('published inventory.scan.finished once the results were stored', () => {
    expect(h.scanEvents).toContainEqual({ orgId: ORG_A, accountId, scanId, status: 'COMPLETED' });
  });

  it('serves scanSnapshot to a service viewer and refuses it to users', async () => {
    const q = `query($id: ID!) { scanSnapshot(scanId: $id) { scanId accountId status resources { id arn kind accountId region data } } }`;
    const asUser = await h.gql(user(ORG_A), q, { id: scanId });
    expect(asUser.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asService = await h.gql(service(ORG_A), q, { id: scanId });
    expect(asService.errors).toBeUndefined();
    const snap = asService.data?.scanSnapshot;
    expect(snap).toMatchObject({ scanId, accountId, status: 'COMPLETED' });
    expect(snap.resources).toHaveLength(RESOURCES_PER_SCAN);
    const buckets = snap.resources.filter((r: { kind: string }) => r.kind === 'aws.s3.bucket');
    expect(buckets[0]).toMatchObject({ kind: 'aws.s3.bucket', accountId: AWS_ACCOUNT, data: { kind: 'aws.s3.bucket', name: 'private-data' } });
    const kinds = ['aws.accessanalyzer.region', 'aws.account.contacts', 'aws.cloudtrail.account', 'aws.config.region', 'aws.ec2.account', 'aws.iam.account', 'aws.s3.account'];
    expect(snap.resources.map((r: { kind: string }) => r.kind).sort()).toEqual([...kinds, 'aws.s3.bucket', 'aws.s3.bucket']);
    // The account-level S3 Block Public Access reaches the findings engine: it overrides every bucket's.
    const s3Account = snap.resources.find((r: { kind: string }) => r.kind === 'aws.s3.account');
    expect(s3Account).toMatchObject({ accountId: AWS_ACCOUNT, region: 'global', data: { kind: 'aws.s3.account', publicAccessBlock: { state: 'absent' } } });
    // Access Analyzer over its REST JSON wire protocol (AWS_ENDPOINT_URL_ACCESSANALYZER): every analyzer, every type.
    const analyzers = snap.resources.find((r: { kind: string }) => r.kind === 'aws.accessanalyzer.region');
    expect(analyzers).toMatchObject({ region: 'us-east-1', arn: `arn:aws:access-analyzer:us-east-1:${AWS_ACCOUNT}:analyzers` });
    expect(analyzers.data.analyzers).toEqual({
      state: 'ok',
      value: [
        { name: 'account-analyzer', arn: `arn:aws:access-analyzer:us-east-1:${AWS_ACCOUNT}:analyzer/account-analyzer`, type: 'ACCOUNT', status: 'ACTIVE' },
        { name: 'unused-access', arn: `arn:aws:access-analyzer:us-east-1:${AWS_ACCOUNT}:analyzer/unused-access`, type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' },
      ],
    });
    const iamAccount = snap.resources.find((r: { kind: string }) => r.kind === 'aws.iam.account');
    expect(iamAccount.data).toMatchObject({ passwordPolicy: { state: 'absent' }, root: { state: 'ok', value: { user: '<root_account>', mfaActive: true } } });
    const otherOrg = await h.gql(service(ORG_B), q, { id: scanId });
    expect(otherOrg.data?.scanSnapshot).toBeNull();
  });

  it('rescanning keeps first-seen and moves last-seen', async () => {
    const before = await h.gql(user(ORG_A), `{ resources { edges { node { id firstSeenAt lastSeenAt } } } }`);
    const started = await h.gql(user(ORG_A), START, { id: accountId });
    await waitForScanEnd(ORG_A, started.data?.startScan.id);
    const after = await h.gql(user(ORG_A), `{ resources { totalCount edges { node { id firstSeenAt lastSeenAt } } } }`);
    expect(after.data?.resources.totalCount).toBe(RESOURCES_PER_SCAN);
    const [b0] = before.data?.resources.edges;
    const a0 = after.data?.resources.edges.find((e: any) => e.node.id === b0.node.id);
    expect(a0.node.firstSeenAt).toBe(b0.node.firstSeenAt);
    expect(a0.node.lastSeenAt > b0.node.lastSeenAt).toBe(true);
    const account = await h.gql(user(ORG_A), `query($id: ID!) { awsAccount(id: $id) { lastScan { id status } } }`, { id: accountId });
    expect(account.data?.awsAccount.lastScan).toEqual({ id: started.data?.startScan.id, status: 'COMPLETED' });
  });

  it('records one denied read as an error on that field only: scan PARTIAL, naming the API and the code', async () => {
    standIn.failSubresource('public-assets', 'acl', 'AccessDenied');
    try {
      const started = await h.gql(user(ORG_A), START, { id: accountId });
      expect(started.errors).toBeUndefined();
      const scan = await waitForScanEnd(ORG_A, started.data?.startScan.id);
      expect(scan).toMatchObject({ status: 'PARTIAL', resourceCount: RESOURCES_PER_SCAN, errorCount: 1, failureReason: null });
      expect(scan.errors).toEqual([
        { api: 's3:GetBucketAcl', resourceArn: 'arn:aws:s3:::public-assets', code: 'AccessDenied', message: expect.stringContaining('(needs s3:GetBucketAcl)') },
      ]);
      expect(h.scanEvents).toContainEqual({ orgId: ORG_A, accountId, scanId: scan.id, status: 'PARTIAL' });

      const res = await h.gql(user(ORG_A), `{ resources(filter: { kind: "aws.s3.bucket" }) { totalCount edges { node { name config } } } }`);
      expect(res.errors).toBeUndefined();
      const byName = Object.fromEntries(res.data?.resources.edges.map((e: { node: { name: string; config: any } }) => [e.node.name, e.node.config]));
      expect(byName['public-assets'].acl).toMatchObject({ state: 'error', api: 's3:GetBucketAcl', code: 'AccessDenied' });
      // The rest of the bucket, and the other bucket, were still read.
      expect(byName['public-assets'].policy).toEqual({ state: 'ok', value: JSON.parse(PUBLIC_POLICY) });
      expect(byName['public-assets'].policyStatus).toEqual({ state: 'ok', value: { isPublic: true } });
      expect(byName['private-data'].acl.state).toBe('ok');
    } finally {
      standIn.clearFailures();
    }
  });

  it('an unreadable account-level S3 Block Public Access still reaches the snapshot, as an error the checks read as UNKNOWN', async () => {
    standIn.failApi('s3control:GetPublicAccessBlock', 'AccessDenied', 403);
    try {
      const started = await h.gql(user(ORG_A), START, { id: accountId });
      const scan = await waitForScanEnd(ORG_A, started.data?.startScan.id);
      expect(scan).toMatchObject({ status: 'PARTIAL', resourceCount: RESOURCES_PER_SCAN, errorCount: 1 });
      const snap = await h.gql(service(ORG_A), `query($id: ID!) { scanSnapshot(scanId: $id) { resources { kind region data } } }`, { id: scan.id });
      expect(snap.errors).toBeUndefined();
      const s3Accounts = snap.data?.scanSnapshot.resources.filter((r: { kind: string }) => r.kind === 'aws.s3.account');
      expect(s3Accounts).toEqual([
        {
          kind: 'aws.s3.account',
          region: 'global',
          data: expect.objectContaining({ publicAccessBlock: expect.objectContaining({ state: 'error', api: 's3control:GetPublicAccessBlock', code: 'AccessDenied' }) }),
        },
      ]);
    } finally {
      standIn.clearFailures();
    }
  });

  it('X3 an EC2 API denied over the wire: only that API is an error, naming the region and the IAM action; PARTIAL', async () => {
    standIn.failApi('ec2:DescribeSecurityGroups', 'UnauthorizedOperation');
    try {
      const started = await h.gql(user(ORG_A), START, { id: accountId });
      const scan = await waitForScanEnd(ORG_A, started.data?.startScan.id);
      expect(scan).toMatchObject({ status: 'PARTIAL', resourceCount: RESOURCES_PER_SCAN, errorCount: 1 });
      expect(scan.errors).toEqual([
        { api: 'ec2:DescribeSecurityGroups', resourceArn: null, code: 'UnauthorizedOperation', message: 'Injected UnauthorizedOperation (needs ec2:DescribeSecurityGroups)' },
      ]);
      const regionOf = await h.gql(user(ORG_A), `query($id: ID!) { scan(id: $id) { errors { region } } }`, { id: scan.id });
      expect(regionOf.data?.scan.errors).toEqual([{ region: 'us-east-1' }]);
    } finally {
      standIn.clearFailures();
    }
  });

  it('X3 a JSON-protocol API denied over the wire (config:DescribeConfigurationRecorderStatus): that part only; PARTIAL', async () => {
    standIn.failApi('config:DescribeConfigurationRecorderStatus', 'AccessDeniedException', 400);
    try {
      const started = await h.gql(user(ORG_A), START, { id: accountId });
      const scan = await waitForScanEnd(ORG_A, started.data?.startScan.id);
      expect(scan).toMatchObject({ status: 'PARTIAL', resourceCount: RESOURCES_PER_SCAN, errorCount: 1 });
      expect(scan.errors).toEqual([
        {
          api: 'config:DescribeConfigurationRecorderStatus',
          resourceArn: `arn:aws:config:us-east-1:${AWS_ACCOUNT}:configuration-recorders`,
          code: 'AccessDeniedException',
          message: 'Injected AccessDeniedException (needs config:DescribeConfigurationRecorderStatus)',
        },
      ]);
      const res = await h.gql(user(ORG_A, 'ANALYST'), `{ resources(filter: { kind: "aws.config.region" }) { edges { node { config } } } }`);
      expect(res.data?.resources.edges[0].node.config).toMatchObject({ recorders: { state: 'ok', value: [] }, statuses: { state: 'error', code: 'AccessDeniedException' } });
    } finally {
      standIn.clearFailures();
    }
  });
});

describe('IAM Access Analyzer over the wire', () => {
  it('X3 ListAnalyzers denied: that region\'s analyzers are a read error naming access-analyzer:ListAnalyzers (never an empty list); PARTIAL', async () => {
    const added = await h.gql(user(ORG_D), ADD, { input: { name: 'analyzer denied', authMethod: 'DEFAULT_CHAIN' } });
    expect(added.errors).toBeUndefined();
    standIn.failApi('access-analyzer:ListAnalyzers', 'AccessDeniedException', 403);
    try {
      const started = await h.gql(user(ORG_D), START, { id: added.data?.addAwsAccount.id });
      const scan = await waitForScanEnd(ORG_D, started.data?.startScan.id);
      expect(scan).toMatchObject({ status: 'PARTIAL', resourceCount: RESOURCES_PER_SCAN, errorCount: 1 });
      expect(scan.errors).toEqual([
        {
          api: 'access-analyzer:ListAnalyzers',
          resourceArn: `arn:aws:access-analyzer:us-east-1:${AWS_ACCOUNT}:analyzers`,
          code: 'AccessDeniedException',
          message: 'Injected AccessDeniedException (needs access-analyzer:ListAnalyzers)',
        },
      ]);
      const res = await h.gql(user(ORG_D, 'ANALYST'), `{ resources(filter: { kind: "aws.accessanalyzer.region" }) { edges { node { region config } } } }`);
      expect(res.data?.resources.edges).toEqual([
        { node: { region: 'us-east-1', config: expect.objectContaining({ analyzers: { state: 'error', api: 'access-analyzer:ListAnalyzers', code: 'AccessDeniedException', message: expect.any(String) } }) } },
      ]);
    } finally {
      standIn.clearFailures();
    }
  });
});

describe('authorization and tenant scoping', () => {
  it('refuses addAwsAccount to an ANALYST', async () => {
    const res = await h.gql(user(ORG_A, 'ANALYST'), ADD, { input: { name: 'x', authMethod: 'DEFAULT_CHAIN' } });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.data).toBeNull();
  });

  it('validates the role ARN of an ASSUME_ROLE account', async () => {
    const res = await h.gql(user(ORG_A), ADD, { input: { name: 'x', authMethod: 'ASSUME_ROLE', roleArn: 'arn:aws:iam::123:user/bob' } });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roleArn' });
  });

  it('answers NOT_FOUND for an unknown or malformed account id', async () => {
    for (const id of [crypto.randomUUID(), 'not-a-uuid']) {
      const res = await h.gql(user(ORG_A), START, { id });
      expect(res.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('shows another org nothing, by any entry point', async () => {
    const a = await h.gql(user(ORG_A), `{ awsAccounts { edges { node { id lastScan { id } } } } resources(first: 1) { edges { node { id } } } }`);
    const accountId = a.data?.awsAccounts.edges[0].node.id;
    const scanId = a.data?.awsAccounts.edges[0].node.lastScan.id;
    const resourceId = a.data?.resources.edges[0].node.id;

    const b = user(ORG_B);
    const lists = await h.gql(b, `{ awsAccounts { totalCount } scans { totalCount } resources { totalCount } }`);
    expect(lists.data).toEqual({ awsAccounts: { totalCount: 0 }, scans: { totalCount: 0 }, resources: { totalCount: 0 } });
    const byId = await h.gql(b, `query($a: ID!, $s: ID!, $r: ID!) { awsAccount(id: $a) { id } scan(id: $s) { id } resource(id: $r) { id } }`, {
      a: accountId,
      s: scanId,
      r: resourceId,
    });
    expect(byId.data).toEqual({ awsAccount: null, scan: null, resource: null });
    const entities = await h.gql(b, `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AwsAccount { id } ... on Scan { id } ... on Resource { id } } }`, {
      reps: [
        { __typename: 'AwsAccount', id: accountId },
        { __typename: 'Scan', id: scanId },
        { __typename: 'Resource', id: resourceId },
      ],
    });
    expect(entities.data?._entities).toEqual([null, null, null]);
    const start = await h.gql(b, START, { id: accountId });
    expect(start.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const own = await h.gql(user(ORG_A, 'ANALYST'), `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on AwsAccount { id roleArn } } }`, {
      reps: [{ __typename: 'AwsAccount', id: accountId }],
    });
    expect(own.data?._entities).toEqual([{ id: accountId, roleArn: null }]);
  });

  it('gives each org its own ExternalId, to admins only', async () => {
    const q = `{ onboarding { externalId trustPolicy } }`;
    const a1 = await h.gql(user(ORG_A), q);
    const a2 = await h.gql(user(ORG_A), q);
    const b = await h.gql(user(ORG_B), q);
    expect(a1.data?.onboarding.externalId).toBe(a2.data?.onboarding.externalId);
    expect(a1.data?.onboarding.externalId).not.toBe(b.data?.onboarding.externalId);
    expect(JSON.parse(a1.data?.onboarding.trustPolicy).Statement[0].Condition).toEqual({
      StringEquals: { 'sts:ExternalId': a1.data?.onboarding.externalId },
    });
    const analyst = await h.gql(user(ORG_A, 'ANALYST'), q);
    expect(analyst.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ADMIN' });
  });

  it('M5 an admin whose session has not passed MFA gets FORBIDDEN (MFA_REQUIRED) on onboarding and account changes, and no ExternalId', async () => {
    const withoutMfa = { ...user(ORG_A), mfa: false } as ReturnType<typeof user>;
    const onboarding = await h.gql(withoutMfa, `{ onboarding { externalId } }`);
    expect(onboarding.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    const add = await h.gql(withoutMfa, `mutation($i: AddAwsAccountInput!) { addAwsAccount(input: $i) { id } }`, { i: { name: 'x', authMethod: 'DEFAULT_CHAIN' } });
    expect(add.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'MFA_REQUIRED' });
    const accounts = await h.gql(withoutMfa, `{ awsAccounts(first: 100) { edges { node { externalId roleArn } } } }`);
    expect(accounts.errors).toBeUndefined();
    expect(accounts.data?.awsAccounts.edges.every((e: { node: { externalId: unknown; roleArn: unknown } }) => e.node.externalId === null && e.node.roleArn === null)).toBe(true);
  });
});


describe('transport', () => {
  it('refuses a call without the gateway assertion', async () => {
    const res = await fetch(h.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ onboarding { externalId } }"}' });
    expect(res.status).toBe(401);
  });
});
