import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ok } from '../lib/instance-fixture';
import { ec2AccountRegion } from '../lib/storage-fixture';
import { check } from './check';

describe('ec2_ebs_encryption_by_default_enabled (EC2-20)', () => {
  it('EC2-20 passes naming the customer key when one is set', () => {
    const [result] = evaluateCheck(check, ec2AccountRegion({ ebsEncryptionByDefault: ok({ enabled: true, kmsKeyId: 'alias/ebs' }) }));
    expect(result).toMatchObject({ status: 'PASS', message: 'EBS encryption by default enabled in 111122223333 eu-west-1 (key alias/ebs)' });
  });

  it('EC2-20 fails when a key is configured but encryption by default is off', () => {
    expect(evaluateCheck(check, ec2AccountRegion({ ebsEncryptionByDefault: ok({ enabled: false, kmsKeyId: 'alias/ebs' }) }))[0]?.status).toBe('FAIL');
  });
});
