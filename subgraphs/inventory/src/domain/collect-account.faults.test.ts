import { DescribeVolumesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { S3ControlClient } from '@aws-sdk/client-s3-control';
import type { CloudResource } from '@cspmexa/resources';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwsSession } from '../aws/clients';
import { awsCollectors } from '../collectors/aws';
import { awsError, installEstate, mocks } from '../collectors/aws/fixtures/estate';
import { createIamCollector } from '../collectors/aws/iam';
import { collectAccount, type CollectionResult } from './collect-account';
import { memoClients } from '../collectors/aws/test-support';

/** A session over mockable clients; `refreshes` counts forced credential refreshes. */
function mockSession() {
  const state = { refreshes: 0 };
  const session: AwsSession = {
    resolveCredentials: async () => undefined,
    refreshCredentials: async () => void state.refreshes++,
    callerIdentity: async () => ({ accountId: '123456789012', arn: 'arn:aws:iam::123456789012:user/scanner' }),
    s3: (region) => new S3Client({ region }),
    ec2: (region) => new EC2Client({ region }),
    iam: () => new IAMClient({ region: 'us-east-1' }),
    s3control: (region) => new S3ControlClient({ region }),
    organizations: () => new OrganizationsClient({ region: 'us-east-1' }),
    client: memoClients(),
    destroy: () => undefined,
  };
  return { session, state };
}

/** Instant time: sleeping only moves the clock, so backoff and buckets cost nothing but stay observable. */
function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

/** A seeded generator, so that "30% throttled" is the same 30% on every run. */
function seeded(seed: number) {
  let x = seed;
  return () => ((x = (x * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
}

const collectors = awsCollectors.map((c) => (c.service === 'iam' ? createIamCollector({ intervalMs: 0, maxPolls: 3, sleep: async () => undefined }) : c));

async function scan(opts: { chosenRegions?: string[]; maxAttempts?: number } = {}) {
  const { session, state } = mockSession();
  const result = await collectAccount({
    session,
    collectors,
    knownAwsAccountId: null,
    defaultRegion: 'us-east-1',
    chosenRegions: opts.chosenRegions ?? null,
    caller: { clock: fakeClock(), random: seeded(7), retry: { maxAttempts: opts.maxAttempts ?? 8, baseDelayMs: 100, maxDelayMs: 20_000 } },
  });
  return { result, state };
}

const resourcesOf = (r: CollectionResult): CloudResource[] => (r.status === 'FAILED' ? [] : r.resources);
const byKind = (r: CollectionResult, kind: string) => resourcesOf(r).filter((x) => x.kind === kind);

describe('a whole scan under faults', () => {
  afterEach(() => Object.values(mocks).forEach((m) => m.reset()));

  it('X2 reads every enabled region and records a not-opted-in region as SKIPPED; COMPLETED', async () => {
    installEstate();
    const { result } = await scan();
    expect(result.status).toBe('COMPLETED');
    expect(result.regions).toEqual([
      { region: 'af-south-1', status: 'SKIPPED', reason: 'The account has not opted in to this region.' },
      { region: 'eu-west-1', status: 'SCANNED' },
      { region: 'us-east-1', status: 'SCANNED' },
    ]);
    expect(byKind(result, 'aws.ec2.security_group').map((r) => r.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(byKind(result, 'aws.ec2.instance')[0]).toMatchObject({
      instanceId: 'i-1',
      publicIpAddress: '203.0.113.9',
      metadataOptions: { httpTokens: 'optional' },
      userData: { state: 'ok', value: { secretIndicators: ['aws-access-key-id'] } },
      image: { state: 'ok', value: { name: 'base' } },
    });
  });

  it('X2 honours the account\'s chosen regions, skipping a chosen region that is not opted in', async () => {
    installEstate();
    const { result } = await scan({ chosenRegions: ['eu-west-1', 'af-south-1'] });
    expect(result.regions).toEqual([
      { region: 'af-south-1', status: 'SKIPPED', reason: 'The account has not opted in to this region.' },
      { region: 'eu-west-1', status: 'SCANNED' },
    ]);
    expect(new Set(byKind(result, 'aws.ec2.vpc').map((r) => r.region))).toEqual(new Set(['eu-west-1']));
  });

  it('X1 with 30% of calls throttled, retries absorb it: COMPLETED with the same inventory', async () => {
    installEstate();
    const calm = (await scan()).result;
    const random = seeded(42);
    const estate = installEstate(() => (random() < 0.3 ? awsError('RequestLimitExceeded', 503) : undefined));
    const { result } = await scan();
    expect(estate.faults() / estate.calls()).toBeGreaterThan(0.2);
    expect(result.status).toBe('COMPLETED');
    expect(result.errors).toEqual([]);
    const arns = (r: CollectionResult) => resourcesOf(r).map((x) => x.arn).sort();
    expect(arns(result)).toEqual(arns(calm));
  });

  it('X1 throttling that outlasts the retries becomes a per-API error naming it, and the scan PARTIAL, not a crash', async () => {
    installEstate((api) => (api === 'ec2:DescribeVolumes' ? awsError('RequestLimitExceeded', 503) : undefined));
    const { result } = await scan({ maxAttempts: 3 });
    expect(result.status).toBe('PARTIAL');
    expect(result.errors).toHaveLength(2);
    expect(result.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ api: 'ec2:DescribeVolumes', region: 'eu-west-1', code: 'RequestLimitExceeded' }),
        expect.objectContaining({ api: 'ec2:DescribeVolumes', region: 'us-east-1', code: 'RequestLimitExceeded' }),
      ]),
    );
    // Three attempts in each of the two regions, then it gave up.
    expect(mocks.ec2.commandCalls(DescribeVolumesCommand)).toHaveLength(6);
    expect(byKind(result, 'aws.ec2.instance')).toHaveLength(2);
  });

  it('X3 AccessDenied on one API makes only that part an error, naming the IAM action; PARTIAL', async () => {
    installEstate((api) => (api === 'ec2:DescribeSnapshotAttribute' ? awsError('UnauthorizedOperation', 403) : undefined));
    const { result } = await scan({ chosenRegions: ['us-east-1'] });
    expect(result.status).toBe('PARTIAL');
    expect(result.errors).toEqual([
      {
        api: 'ec2:DescribeSnapshotAttribute',
        region: 'us-east-1',
        resourceArn: 'arn:aws:ec2:us-east-1::snapshot/snap-1',
        code: 'UnauthorizedOperation',
        message: 'UnauthorizedOperation (injected) (needs ec2:DescribeSnapshotAttribute)',
      },
    ]);
    const [snapshot] = byKind(result, 'aws.ec2.snapshot');
    expect(snapshot).toMatchObject({ encrypted: true, createVolumePermission: { state: 'error', code: 'UnauthorizedOperation' } });
    expect(byKind(result, 'aws.ec2.volume')).toHaveLength(1);
  });

  it('X3 AccessDenied on an account-level API (cloudtrail:GetEventSelectors) errs that part only; every new kind is collected; PARTIAL', async () => {
    installEstate((api) => (api === 'cloudtrail:GetEventSelectors' ? awsError('AccessDeniedException', 400) : undefined));
    const { result } = await scan();
    expect(result.status).toBe('PARTIAL');
    expect(result.errors).toEqual([expect.objectContaining({ api: 'cloudtrail:GetEventSelectors', code: 'AccessDeniedException', message: expect.stringContaining('(needs cloudtrail:GetEventSelectors)') })]);
    const [trail] = byKind(result, 'aws.cloudtrail.trail');
    // The trail's bucket is joined from the S3 collector's answer; this account lists no such bucket.
    expect(trail).toMatchObject({ eventSelectors: { state: 'error' }, status: { state: 'ok' }, bucket: { state: 'error', code: 'BucketNotInAccount' }, accountPublicAccessBlock: { state: 'ok' } });
    expect(byKind(result, 'aws.cloudtrail.account')).toHaveLength(1);
    expect(byKind(result, 'aws.config.region').map((r) => r.region).sort()).toEqual(['eu-west-1', 'us-east-1']);
    expect(byKind(result, 'aws.account.contacts')).toHaveLength(1);
    expect(byKind(result, 'aws.ec2.instance')[0]).toMatchObject({ ssm: { state: 'ok', value: { pingStatus: 'Online' } } });
  });

  it('X3 ListBuckets denied: the trail\'s bucket carries that denial, never "not in the account"', async () => {
    installEstate((api) => (api === 's3:ListBuckets' ? awsError('AccessDenied', 403) : undefined));
    const { result } = await scan();
    expect(result.status).toBe('PARTIAL');
    expect(byKind(result, 'aws.cloudtrail.trail')[0]).toMatchObject({ bucket: { state: 'error', api: 's3:ListBuckets', code: 'AccessDenied' } });
  });

  it('A4 refreshes an expired session once and repeats the call', async () => {
    let expired = true;
    installEstate((api) => {
      if (api === 'iam:GetAccountAuthorizationDetails' && expired) {
        expired = false;
        return awsError('ExpiredToken', 403);
      }
      return undefined;
    });
    const { result, state } = await scan();
    expect(state.refreshes).toBe(1);
    expect(result.status).toBe('COMPLETED');
    expect(byKind(result, 'aws.iam.user')).toHaveLength(1);
  });
});
