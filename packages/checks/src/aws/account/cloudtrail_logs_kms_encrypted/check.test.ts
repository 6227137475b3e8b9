import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ok, trail, trailConfiguration } from '../lib/account-fixture';
import { check } from './check';

describe('cloudtrail_logs_kms_encrypted (ACC-03)', () => {
  it('ACC-03 names the key it found', () => {
    const result = evaluateCheck(check, trail({ configuration: ok(trailConfiguration({ kmsKeyId: 'alias/cloudtrail' })) }))[0];
    expect(result).toMatchObject({ status: 'PASS', evidence: { kmsKeyId: 'alias/cloudtrail' } });
  });

  it('ACC-03 fails a trail without a key', () => {
    expect(evaluateCheck(check, trail({ configuration: ok(trailConfiguration({ kmsKeyId: undefined })) }))[0]?.message).toBe(
      'Log files of trail management are not encrypted with a KMS key (SSE-S3 at most)',
    );
  });
});
