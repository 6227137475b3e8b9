/**
 * The fake endpoint speaks the wire protocols the real @aws-sdk v3 clients expect: every answer here is parsed by
 * the SDK itself. Small estate, no latency, so it stays fast.
 */
import { DescribeInstancesCommand, DescribeRegionsCommand, DescribeSnapshotsCommand, DescribeVolumesCommand, paginateDescribeInstances, paginateDescribeSecurityGroups } from '@aws-sdk/client-ec2';
import { GenerateCredentialReportCommand, GetAccountSummaryCommand, GetCredentialReportCommand, paginateGetAccountAuthorizationDetails } from '@aws-sdk/client-iam';
import { GetBucketAclCommand, GetBucketPolicyCommand, GetPublicAccessBlockCommand, paginateListBuckets } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { afterEach, describe, expect, it } from 'vitest';
import { benchClients } from '../clients';
import { fullEstate, scaled } from './estate';
import { defaultLimits } from './limits';
import { benchCredentials, startFakeAws, type FakeAws, type FakeAwsOptions } from './server';

const small = scaled(fullEstate, 0.01); // 30 instances, 20 groups, 20 volumes, 10 buckets, 10 users, 10 roles
let fake: FakeAws | undefined;

async function start(opts: FakeAwsOptions = {}) {
  fake = await startFakeAws({ counts: small, latencyMs: 0, ...opts });
  return { fake, clients: benchClients(fake.endpoint, benchCredentials) };
}

afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const page of pages) out.push(page);
  return out;
}

describe('fake AWS endpoint', () => {
  it('pages DescribeInstances with MaxResults/NextToken and keeps the two regions apart', async () => {
    const { clients } = await start();
    const east = await all(paginateDescribeInstances({ client: clients.ec2('us-east-1'), pageSize: 5 }, {}));
    const west = await all(paginateDescribeInstances({ client: clients.ec2('eu-west-1'), pageSize: 5 }, {}));
    const ids = (pages: typeof east) => pages.flatMap((p) => (p.Reservations ?? []).flatMap((r) => (r.Instances ?? []).map((i) => i.InstanceId)));
    expect(east).toHaveLength(3);
    expect(ids(east)).toHaveLength(15);
    expect(ids(west)).toHaveLength(15);
    expect(new Set([...ids(east), ...ids(west)]).size).toBe(30);
    const first = east[0]?.Reservations?.[0]?.Instances?.[0];
    expect(first?.MetadataOptions?.HttpTokens).toMatch(/required|optional/);
    expect(first?.SecurityGroups?.[0]?.GroupId).toMatch(/^sg-/);
  });

  it('answers security groups, volumes, owned snapshots and regions with their opt-in status', async () => {
    const { clients } = await start();
    const ec2 = clients.ec2('us-east-1');
    const groups = (await all(paginateDescribeSecurityGroups({ client: ec2, pageSize: 1000 }, {}))).flatMap((p) => p.SecurityGroups ?? []);
    expect(groups).toHaveLength(10);
    expect(groups.some((g) => g.IpPermissions?.some((p) => p.IpRanges?.some((r) => r.CidrIp === '0.0.0.0/0')))).toBe(true);
    const volumes = await ec2.send(new DescribeVolumesCommand({ MaxResults: 500 }));
    expect(volumes.Volumes).toHaveLength(10);
    expect(volumes.Volumes?.some((v) => v.Encrypted === false)).toBe(true);
    const snapshots = await ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: 1000 }));
    expect(snapshots.Snapshots?.length).toBe(1);
    const regions = await ec2.send(new DescribeRegionsCommand({ AllRegions: true }));
    expect(regions.Regions?.map((r) => [r.RegionName, r.OptInStatus])).toEqual([
      ['us-east-1', 'opt-in-not-required'],
      ['eu-west-1', 'opt-in-not-required'],
      ['af-south-1', 'not-opted-in'],
    ]);
  });

  it('answers RequestLimitExceeded (503, EC2 error XML) past the burst and counts every throttle', async () => {
    const limits = { ...defaultLimits, 'ec2-describe': { burst: 3, refillPerSecond: 0.001 } };
    const { fake, clients } = await start({ limits });
    const ec2 = benchClients(fake.endpoint, benchCredentials, { maxAttempts: 1 }).ec2('us-east-1');
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => ec2.send(new DescribeVolumesCommand({ MaxResults: 5 }))));
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(refused).toHaveLength(2);
    expect(refused[0]?.reason).toMatchObject({ name: 'RequestLimitExceeded', $metadata: { httpStatusCode: 503 } });
    // Another region has its own bucket.
    await expect(clients.ec2('eu-west-1').send(new DescribeVolumesCommand({ MaxResults: 5 }))).resolves.toBeDefined();
    const stats = fake.stats();
    expect(stats.calls.DescribeVolumes).toEqual({ served: 4, throttled: 2 });
    expect(stats.throttles).toEqual({ answered: 2, retried: 1, givenUp: { DescribeVolumes: 1 } });
  });

  it('meters unfiltered, unpaginated describes in their own stricter bucket', async () => {
    const { fake, clients } = await start();
    await clients.ec2('us-east-1').send(new DescribeInstancesCommand({}));
    await clients.ec2('us-east-1').send(new DescribeInstancesCommand({ MaxResults: 5 }));
    const buckets = fake.stats().buckets;
    expect(buckets['us-east-1/ec2-unpaginated']?.admitted).toBe(1);
    expect(buckets['us-east-1/ec2-describe']?.admitted).toBe(1);
  });

  it('lets the SDK standard retry recover from throttling, and counts those throttles as retried', async () => {
    // A slow refill, so that the three concurrent requests meet an empty bucket even on a loaded machine, and
    // enough attempts that none is given up whatever the jitter draws.
    const limits = { ...defaultLimits, 'ec2-describe': { burst: 1, refillPerSecond: 5 } };
    const { fake } = await start({ limits });
    const ec2 = benchClients(fake.endpoint, benchCredentials, { maxAttempts: 10 }).ec2('us-east-1');
    await Promise.all(Array.from({ length: 3 }, (_, i) => ec2.send(new DescribeVolumesCommand({ MaxResults: 5 + i }))));
    const { throttles } = fake.stats();
    expect(throttles.answered).toBeGreaterThan(0);
    expect(throttles.retried).toBe(throttles.answered);
    expect(throttles.givenUp).toEqual({});
  });

  it('pages GetAccountAuthorizationDetails with Marker/IsTruncated and serves the credential report as base64 CSV', async () => {
    const { clients } = await start();
    const iam = clients.iam();
    const pages = await all(paginateGetAccountAuthorizationDetails({ client: iam, pageSize: 7 }, {}));
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.UserDetailList ?? [])).toHaveLength(10);
    const roles = pages.flatMap((p) => p.RoleDetailList ?? []);
    expect(roles).toHaveLength(10);
    expect(JSON.parse(decodeURIComponent(roles[0]?.AssumeRolePolicyDocument ?? '')).Statement[0].Action).toBe('sts:AssumeRole');
    expect((await iam.send(new GenerateCredentialReportCommand({}))).State).toBe('STARTED');
    expect((await iam.send(new GenerateCredentialReportCommand({}))).State).toBe('COMPLETE');
    const report = Buffer.from((await iam.send(new GetCredentialReportCommand({}))).Content ?? new Uint8Array()).toString('utf8');
    expect(report.split('\n')).toHaveLength(12); // header, root, 10 users
    expect((await iam.send(new GetAccountSummaryCommand({}))).SummaryMap?.Users).toBe(10);
  });

  it('pages ListBuckets and answers bucket configuration, with S3 404 codes for what is not configured', async () => {
    const { clients } = await start();
    const pages = await all(paginateListBuckets({ client: clients.s3('us-east-1'), pageSize: 4 }, {}));
    const buckets = pages.flatMap((p) => p.Buckets ?? []);
    expect(buckets).toHaveLength(10);
    expect(buckets[1]?.BucketRegion).toBe('eu-west-1');
    const s3 = clients.s3('us-east-1');
    const acl = await s3.send(new GetBucketAclCommand({ Bucket: 'bench-bucket-00005' }));
    expect(acl.Grants?.some((g) => g.Grantee?.URI === 'http://acs.amazonaws.com/groups/global/AllUsers')).toBe(true);
    const policy = await s3.send(new GetBucketPolicyCommand({ Bucket: 'bench-bucket-00000' }));
    expect(JSON.parse(policy.Policy ?? '{}').Statement).toHaveLength(1);
    await expect(s3.send(new GetBucketPolicyCommand({ Bucket: 'bench-bucket-00001' }))).rejects.toMatchObject({ name: 'NoSuchBucketPolicy' });
    await expect(s3.send(new GetPublicAccessBlockCommand({ Bucket: 'bench-bucket-00000' }))).rejects.toMatchObject({ name: 'NoSuchPublicAccessBlockConfiguration' });
  });

  it('answers STS GetCallerIdentity with the estate account', async () => {
    const { clients } = await start();
    expect((await clients.sts().send(new GetCallerIdentityCommand({}))).Account).toBe('123456789012');
  });
});
