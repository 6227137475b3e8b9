import { ok, readError, type CloudResource, type CloudTrailTrail, type S3Account, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { linkTrailBuckets } from './cloudtrail-bucket-link';

const ALL_BLOCKED = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };

function trail(configuration: CloudTrailTrail['configuration']): CloudTrailTrail {
  const arn = 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main';
  return { kind: 'aws.cloudtrail.trail', arn, name: 'main', accountId: '123456789012', region: 'us-east-1', trailArn: arn, trailName: 'main', homeRegion: 'us-east-1', configuration, status: ok({ isLogging: true }), eventSelectors: ok({ selectors: [], advancedSelectors: [] }), logMonitoring: { state: 'absent' } };
}

const withBucket = (name: string) => trail(ok({ isMultiRegionTrail: true, isOrganizationTrail: false, includeGlobalServiceEvents: true, logFileValidationEnabled: true, s3BucketName: name }));
const bucket: S3Bucket = { kind: 'aws.s3.bucket', arn: 'arn:aws:s3:::trail-logs', name: 'trail-logs', accountId: '123456789012', region: 'us-east-1', acl: ok({ grants: [] }), policy: { state: 'absent' }, policyStatus: { state: 'absent' }, publicAccessBlock: ok(ALL_BLOCKED), encryption: ok({ rules: [] }), versioning: ok({}), logging: ok({ targetBucket: 'access-logs' }) };
const s3Account: S3Account = { kind: 'aws.s3.account', arn: 'arn:aws:s3::123456789012:account', name: 'S3 account settings', accountId: '123456789012', region: 'global', publicAccessBlock: ok(ALL_BLOCKED) };
const linked = (resources: CloudResource[], failure?: Parameters<typeof linkTrailBuckets>[1]) => linkTrailBuckets(resources, failure).find((r) => r.kind === 'aws.cloudtrail.trail') as CloudTrailTrail;

describe('linkTrailBuckets', () => {
  it('gives a trail the bucket and the account Block Public Access the S3 collectors read, without another call', () => {
    const out = linked([withBucket('trail-logs'), bucket, s3Account]);
    expect(out.bucket).toEqual(ok(bucket));
    expect(out.accountPublicAccessBlock).toEqual(ok(ALL_BLOCKED));
  });

  it('a bucket the account does not own is an error that says so (another account\'s log archive)', () => {
    expect(linked([withBucket('org-archive'), bucket]).bucket).toMatchObject({ state: 'error', api: 's3:ListBuckets', code: 'BucketNotInAccount' });
  });

  it('a bucket list that could not be read passes its failure on, never "not in the account"', () => {
    const out = linked([withBucket('trail-logs')], { api: 's3:ListBuckets', code: 'AccessDenied', message: 'denied' });
    expect(out.bucket).toEqual(readError('s3:ListBuckets', 'AccessDenied', 'denied'));
  });

  it('unreadable trail settings leave the bucket unknown for the same reason', () => {
    const denied = readError<never>('cloudtrail:DescribeTrails', 'AccessDeniedException', 'no');
    expect(linked([trail(denied), bucket]).bucket).toEqual(denied);
  });
});
