import { absent, ok, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, ALL_BLOCKED, NONE_BLOCKED, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

const bucketWith = (publicAccessBlock: S3Bucket['publicAccessBlock']) => s3Bucket({ publicAccessBlock });

describe('s3_bucket_level_public_access_block', () => {
  it('passes when all four flags are on at bucket level', () => {
    const [result] = evaluateCheck(check, bucketWith(ok(ALL_BLOCKED)));
    expect(result).toMatchObject({ status: 'PASS', resourceArn: 'arn:aws:s3:::example-bucket' });
    expect(result?.message).toMatch(/bucket level/);
  });

  it('fails when any one flag is off, naming it', () => {
    const [result] = evaluateCheck(check, bucketWith(ok({ ...ALL_BLOCKED, ignorePublicAcls: false })));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('ignorePublicAcls');
    expect(result?.message).not.toContain('blockPublicAcls');
  });

  it('fails when the bucket has no configuration and says the account level was not collected', () => {
    const [result] = evaluateCheck(check, bucketWith(absent()));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toMatch(/account-level settings were not collected/);
  });

  it('passes when the account level sets all four flags', () => {
    const [result] = evaluateCheck(check, bucketWith(absent()), { account: { s3PublicAccessBlock: ok(ALL_BLOCKED) } });
    expect(result?.status).toBe('PASS');
    expect(result?.message).toMatch(/account level/);
  });

  it('combines bucket and account levels flag by flag', () => {
    const bucket = bucketWith(ok({ ...NONE_BLOCKED, blockPublicAcls: true, ignorePublicAcls: true }));
    const account = { s3PublicAccessBlock: ok({ ...NONE_BLOCKED, blockPublicPolicy: true, restrictPublicBuckets: true }) };
    expect(evaluateCheck(check, bucket, { account })[0]?.status).toBe('PASS');
  });

  it('ignores the account level when acceptAccountLevel is off', () => {
    const [result] = evaluateCheck(check, bucketWith(absent()), {
      account: { s3PublicAccessBlock: ok(ALL_BLOCKED) },
      settings: { acceptAccountLevel: false },
    });
    expect(result?.status).toBe('FAIL');
  });

  it('is UNKNOWN, naming the API and error code, when the bucket setting could not be read', () => {
    const [result] = evaluateCheck(check, bucketWith(accessDenied('GetPublicAccessBlock')));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('GetPublicAccessBlock failed with AccessDenied');
  });

  it('passes despite an unreadable bucket setting when the account level covers everything', () => {
    const [result] = evaluateCheck(check, bucketWith(accessDenied('GetPublicAccessBlock')), {
      account: { s3PublicAccessBlock: ok(ALL_BLOCKED) },
    });
    expect(result?.status).toBe('PASS');
  });

  it('is UNKNOWN when the bucket is empty and the account level could not be read', () => {
    const [result] = evaluateCheck(check, bucketWith(absent()), {
      account: { s3PublicAccessBlock: accessDenied('s3control:GetPublicAccessBlock') },
    });
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('s3control:GetPublicAccessBlock failed with AccessDenied');
  });
});
