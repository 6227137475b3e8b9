import { absent, ok, readError } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

const withRules = (...sseAlgorithms: string[]) =>
  s3Bucket({ encryption: ok({ rules: sseAlgorithms.map((sseAlgorithm) => ({ sseAlgorithm })) }) });

describe('s3_bucket_kms_encryption', () => {
  it('passes for aws:kms and for aws:kms:dsse', () => {
    expect(evaluateCheck(check, withRules('aws:kms'))[0]?.status).toBe('PASS');
    expect(evaluateCheck(check, withRules('aws:kms:dsse'))[0]?.status).toBe('PASS');
  });

  it('fails for SSE-S3 and names the algorithm', () => {
    const [result] = evaluateCheck(check, withRules('AES256'));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('AES256');
  });

  it('fails when any rule is not KMS-backed', () => {
    expect(evaluateCheck(check, withRules('aws:kms', 'AES256'))[0]?.status).toBe('FAIL');
  });

  it('fails when there is no default encryption configuration at all', () => {
    const [result] = evaluateCheck(check, s3Bucket({ encryption: absent() }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toMatch(/no default encryption/);
  });

  it('honours a narrower allowedAlgorithms setting', () => {
    const [result] = evaluateCheck(check, withRules('aws:kms'), { settings: { allowedAlgorithms: ['aws:kms:dsse'] } });
    expect(result?.status).toBe('FAIL');
  });

  it('is UNKNOWN, naming the API and error code, when encryption could not be read', () => {
    const bucket = s3Bucket({ encryption: readError('GetBucketEncryption', 'AccessDenied', 'Access Denied') });
    const [result] = evaluateCheck(check, bucket);
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('GetBucketEncryption failed with AccessDenied');
  });
});
