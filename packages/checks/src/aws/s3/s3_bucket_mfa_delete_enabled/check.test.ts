import { absent, ok, type S3Bucket } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { accessDenied, s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

const verdict = (versioning: S3Bucket['versioning']) => {
  const results = evaluateCheck(check, s3Bucket({ versioning }));
  expect(results).toHaveLength(1);
  return results[0]!;
};

describe('s3_bucket_mfa_delete_enabled (S3-10)', () => {
  it('S3-10 passes when MFADelete is Enabled', () => {
    expect(verdict(ok({ status: 'Enabled', mfaDelete: 'Enabled' }))).toMatchObject({ status: 'PASS', resourceArn: 'arn:aws:s3:::example-bucket' });
  });

  it('S3-10 passes when versioning is Suspended but MFA Delete is still Enabled (version deletes still need MFA)', () => {
    expect(verdict(ok({ status: 'Suspended', mfaDelete: 'Enabled' })).status).toBe('PASS');
  });

  it('S3-10 fails when MFADelete is Disabled, saying so', () => {
    const result = verdict(ok({ status: 'Enabled', mfaDelete: 'Disabled' }));
    expect(result.status).toBe('FAIL');
    expect(result.message).toBe('MFA Delete is disabled on bucket example-bucket');
  });

  it('S3-10 fails when the answer has no MFADelete, or versioning was never configured', () => {
    expect(verdict(ok({ status: 'Enabled' })).message).toContain('not configured');
    expect(verdict(ok({})).status).toBe('FAIL');
    expect(verdict(absent()).status).toBe('FAIL');
  });

  it('S3-10 is UNKNOWN, naming the API and error code, when versioning could not be read', () => {
    const result = verdict(accessDenied('GetBucketVersioning'));
    expect(result.status).toBe('UNKNOWN');
    expect(result.message).toContain('GetBucketVersioning failed with AccessDenied');
  });
});
