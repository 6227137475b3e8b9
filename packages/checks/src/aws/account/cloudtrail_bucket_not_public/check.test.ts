import { readError } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, bucketPolicy, s3Bucket } from '../../s3/lib/bucket-fixture';
import { absent, ALL_BLOCKED, NONE_BLOCKED, ok, trail } from '../lib/account-fixture';
import { check } from './check';

const withBucket = (overrides: Parameters<typeof s3Bucket>[0], accountPublicAccessBlock = ok(NONE_BLOCKED)) =>
  trail({ bucket: ok(s3Bucket({ name: 'cloudtrail-logs', publicAccessBlock: ok(NONE_BLOCKED), ...overrides })), accountPublicAccessBlock });
const cloudTrailWrite = { Sid: 'AWSCloudTrailWrite', Effect: 'Allow' as const, Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::cloudtrail-logs/AWSLogs/*' };

describe('cloudtrail_bucket_not_public (ACC-04)', () => {
  it('ACC-04 passes the usual CloudTrail bucket policy (service principal only)', () => {
    const result = evaluateCheck(check, withBucket({ policy: bucketPolicy(cloudTrailWrite), policyStatus: ok({ isPublic: false }) }))[0];
    expect(result?.status).toBe('PASS');
  });

  it('ACC-04 fails a policy that lets anyone read the logs, on the trail', () => {
    const everyone = { Sid: 'Everyone', Effect: 'Allow' as const, Principal: '*' as const, Action: 's3:GetObject', Resource: 'arn:aws:s3:::cloudtrail-logs/*' };
    const [result] = evaluateCheck(check, withBucket({ policy: bucketPolicy(cloudTrailWrite, everyone), policyStatus: ok({ isPublic: true }) }));
    expect(result).toMatchObject({ status: 'FAIL', resourceArn: trail().arn });
    expect(result?.message).toContain('Bucket cloudtrail-logs of trail management is public: the bucket policy allows everyone in statement Everyone');
  });

  it('ACC-04 lets RestrictPublicBuckets at account level neutralize a public policy', () => {
    const everyone = { Effect: 'Allow' as const, Principal: '*' as const, Action: 's3:GetObject', Resource: '*' };
    expect(evaluateCheck(check, withBucket({ policy: bucketPolicy(everyone), policyStatus: ok({ isPublic: true }) }, ok(ALL_BLOCKED)))[0]?.status).toBe('PASS');
  });

  it('ACC-04 is UNKNOWN for a bucket in a log archive account, saying so', () => {
    const elsewhere = readError<never>('s3:ListBuckets', 'BucketNotInAccount', 'Bucket org-trail is not among the buckets of account 111122223333');
    const result = evaluateCheck(check, trail({ bucket: elsewhere }))[0];
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('BucketNotInAccount');
  });

  it('ACC-04 is UNKNOWN when the bucket ACL could not be read', () => {
    expect(evaluateCheck(check, withBucket({ acl: accessDenied('GetBucketAcl'), publicAccessBlock: absent() }))[0]?.message).toContain('GetBucketAcl failed with AccessDenied');
  });
});
