import { ok, readError } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

describe('s3_bucket_object_versioning', () => {
  it('passes when versioning is Enabled', () => {
    const [result] = evaluateCheck(check, s3Bucket({ versioning: ok({ status: 'Enabled' }) }));
    expect(result).toMatchObject({ status: 'PASS', resourceArn: 'arn:aws:s3:::example-bucket' });
  });

  it('fails when versioning is Suspended, saying so', () => {
    const [result] = evaluateCheck(check, s3Bucket({ versioning: ok({ status: 'Suspended' }) }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toMatch(/suspended/);
  });

  it('fails when versioning was never enabled (no Status in the answer)', () => {
    const [result] = evaluateCheck(check, s3Bucket({ versioning: ok({}) }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toMatch(/never been enabled/);
  });

  it('is UNKNOWN, naming the API and error code, when versioning could not be read', () => {
    const bucket = s3Bucket({ versioning: readError('GetBucketVersioning', 'AccessDenied', 'Access Denied') });
    const [result] = evaluateCheck(check, bucket);
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('GetBucketVersioning failed with AccessDenied');
  });
});
