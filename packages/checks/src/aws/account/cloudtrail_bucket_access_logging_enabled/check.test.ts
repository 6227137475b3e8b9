import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, s3Bucket } from '../../s3/lib/bucket-fixture';
import { ok, trail } from '../lib/account-fixture';
import { check } from './check';

describe('cloudtrail_bucket_access_logging_enabled (ACC-05)', () => {
  it('ACC-05 names the bucket the access logs go to', () => {
    expect(evaluateCheck(check, trail())[0]?.message).toBe('Access to bucket cloudtrail-logs of trail management is logged to bucket access-logs');
  });

  it('ACC-05 is UNKNOWN when GetBucketLogging of the trail bucket was denied', () => {
    const result = evaluateCheck(check, trail({ bucket: ok(s3Bucket({ name: 'cloudtrail-logs', logging: accessDenied('GetBucketLogging') })) }))[0];
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('GetBucketLogging failed with AccessDenied');
  });

  it('ACC-05 fails a trail bucket without logging', () => {
    expect(evaluateCheck(check, trail({ bucket: ok(s3Bucket({ name: 'cloudtrail-logs', logging: ok({}) })) }))[0]?.status).toBe('FAIL');
  });
});
