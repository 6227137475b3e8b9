import { absent, ok, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

const verdict = (logging: S3Bucket['logging']) => {
  const results = evaluateCheck(check, s3Bucket({ logging }));
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('s3_bucket_server_access_logging_enabled (S3-11)', () => {
  it('S3-11 passes when logs go to a target bucket, naming it', () => {
    const result = verdict(ok({ targetBucket: 'access-logs', targetPrefix: 'example-bucket/' }));
    expect(result.status).toBe('PASS');
    expect(result.message).toBe('Server access logging of bucket example-bucket is delivered to bucket access-logs');
    expect(result.evidence).toEqual({ targetBucket: 'access-logs', targetPrefix: 'example-bucket/' });
  });

  it('S3-11 passes for logging into the bucket itself, noting the log loop', () => {
    const result = verdict(ok({ targetBucket: 'example-bucket' }));
    expect(result.status).toBe('PASS');
    expect(result.message).toContain('into the bucket itself');
  });

  it('S3-11 fails when GetBucketLogging has no LoggingEnabled, or an empty target', () => {
    expect(verdict(ok({})).message).toBe('Server access logging is disabled on bucket example-bucket');
    expect(verdict(ok({ targetBucket: '' })).status).toBe('FAIL');
    expect(verdict(absent()).status).toBe('FAIL');
  });

  it('S3-11 is UNKNOWN, naming the API and error code, when logging could not be read', () => {
    const result = verdict(accessDenied('GetBucketLogging'));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketLogging failed with AccessDenied');
  });
});
