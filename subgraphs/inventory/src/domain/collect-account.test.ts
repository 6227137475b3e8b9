import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import { mockClient } from 'aws-sdk-client-mock';
import { ok, readError, type S3Bucket } from '@cspmexa/resources';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AwsSession } from '../aws/clients';
import { CollectorFatalError, type AwsCollector } from '../collectors/aws/collector';
import { collectAccount, collectingShare } from './collect-account';
import { memoClients } from '../collectors/aws/test-support';

const denied = (name: string) => Object.assign(new Error(`${name} message`), { name });

function session(overrides: Partial<AwsSession> = {}): AwsSession {
  return {
    resolveCredentials: async () => undefined,
    callerIdentity: async () => ({ accountId: '111122223333', arn: 'arn:aws-us-gov:iam::111122223333:user/x' }),
    refreshCredentials: async () => undefined,
    s3: (region) => new S3Client({ region }),
    ec2: (region) => new EC2Client({ region }),
    iam: () => new IAMClient({ region: 'us-east-1' }),
    s3control: (region) => new S3ControlClient({ region }),
    organizations: () => new OrganizationsClient({ region: 'us-east-1' }),
    client: memoClients(),
    destroy: () => undefined,
    ...overrides,
  };
}

const bucket = (accountId: string, partition: string): S3Bucket => ({
  kind: 'aws.s3.bucket',
  arn: `arn:${partition}:s3:::b`,
  name: 'b',
  accountId,
  region: 'us-east-1',
  acl: ok({ grants: [] }),
  policy: ok({ Statement: [] }),
  policyStatus: ok({ isPublic: false }),
  publicAccessBlock: ok({ blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true }),
  encryption: ok({ rules: [] }),
  versioning: ok({}),
  logging: readError('s3:GetBucketLogging', 'AccessDenied', 'no'),
});

const collector = (fn: AwsCollector['collect']): AwsCollector => ({ service: 'test', collect: fn });
const opts = { knownAwsAccountId: '999988887777', defaultRegion: 'us-east-1' };

const ec2Mock = mockClient(EC2Client);

describe('collectAccount', () => {
  beforeEach(() => {
    ec2Mock.reset();
    ec2Mock.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-east-1', OptInStatus: 'opt-in-not-required' }] });
  });

  it('fails with a reason when credentials cannot be obtained, without calling collectors', async () => {
    let called = false;
    const result = await collectAccount({
      ...opts,
      session: session({ resolveCredentials: async () => Promise.reject(denied('AccessDenied')) }),
      collectors: [collector(async () => ((called = true), { resources: [], errors: [] }))],
    });
    expect(result).toEqual({ status: 'FAILED', failureReason: 'Could not obtain AWS credentials (AccessDenied): AccessDenied message', errors: [] });
    expect(called).toBe(false);
  });

  it('uses the account and partition from sts:GetCallerIdentity', async () => {
    const result = await collectAccount({
      ...opts,
      session: session(),
      collectors: [collector(async (ctx) => ({ resources: [bucket(ctx.accountId, ctx.partition)], errors: [] }))],
    });
    expect(result).toMatchObject({ status: 'COMPLETED', awsAccountId: '111122223333', resources: [{ arn: 'arn:aws-us-gov:s3:::b' }] });
  });

  it('falls back to the known account number when STS is unreachable, recording a ScanError (PARTIAL)', async () => {
    const result = await collectAccount({
      ...opts,
      session: session({ callerIdentity: async () => Promise.reject(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })) }),
      collectors: [collector(async (ctx) => ({ resources: [bucket(ctx.accountId, ctx.partition)], errors: [] }))],
    });
    expect(result).toMatchObject({
      status: 'PARTIAL',
      awsAccountId: '999988887777',
      errors: [{ api: 'sts:GetCallerIdentity', code: 'ECONNREFUSED' }],
    });
  });

  it('fails when STS rejects the credentials themselves', async () => {
    const result = await collectAccount({ ...opts, session: session({ callerIdentity: async () => Promise.reject(denied('ExpiredToken')) }), collectors: [] });
    expect(result).toMatchObject({ status: 'FAILED', failureReason: expect.stringContaining('ExpiredToken') });
  });

  it('fails when no collector could list its resources, and is PARTIAL with per-API errors', async () => {
    const fatal = collector(async () => Promise.reject(new CollectorFatalError('s3:ListBuckets', 'AccessDenied', 'Access Denied')));
    expect(await collectAccount({ ...opts, session: session(), collectors: [fatal] })).toMatchObject({
      status: 'FAILED',
      failureReason: 's3:ListBuckets failed: AccessDenied: Access Denied',
    });
    const partial = collector(async () => ({ resources: [], errors: [{ api: 's3:GetBucketAcl', code: 'AccessDenied', message: 'no' }] }));
    expect(await collectAccount({ ...opts, session: session(), collectors: [partial] })).toMatchObject({ status: 'PARTIAL' });
  });
});

describe('collectingShare', () => {
  it('grows with API calls and finished collectors, and reaches 1 only when all have finished', () => {
    const shares = [collectingShare(0, 2, 0), collectingShare(0, 2, 10), collectingShare(0, 2, 100), collectingShare(1, 2, 100), collectingShare(2, 2, 100)];
    expect([...shares].sort((a, b) => a - b)).toEqual(shares);
    expect(shares[0]).toBe(0);
    expect(shares[3]).toBeLessThan(1);
    expect(shares[4]).toBe(1);
  });
});
