import { ok } from '@cspmexa/resources';
import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { s3Bucket } from '../lib/bucket-fixture';
import { check } from './check';

describe('s3_bucket_object_lock_enabled (S3-14)', () => {
  it('S3-14 passes Object Lock without default retention unless requireDefaultRetention', () => {
    const bucket = s3Bucket({ objectLock: ok({ enabled: true }) });
    expect(evaluateCheck(check, bucket)[0]?.status).toBe('PASS');
    const strict = evaluateCheck(check, bucket, { settings: { requireDefaultRetention: true } })[0];
    expect(strict).toMatchObject({ status: 'FAIL', message: 'Bucket example-bucket has Object Lock enabled but no default retention' });
  });

  it('S3-14 names the default retention mode', () => {
    const bucket = s3Bucket({ objectLock: ok({ enabled: true, defaultRetention: { mode: 'COMPLIANCE', years: 1 } }) });
    expect(evaluateCheck(check, bucket)[0]?.message).toContain('(COMPLIANCE by default)');
  });
});
