import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Instance, ok, userData } from '../lib/instance-fixture';
import { check } from './check';

describe('ec2_instance_user_data_has_no_secrets (EC2-16)', () => {
  it('EC2-16 names every indicator found but never any secret text', () => {
    const [result] = evaluateCheck(check, ec2Instance({ userData: ok(userData('private-key', 'aws-secret-access-key')) }));
    expect(result?.message).toBe("i-0123456789abcdef0's user data contains private-key, aws-secret-access-key");
    expect(result?.evidence).toEqual({ indicators: ['private-key', 'aws-secret-access-key'], sha256: 'ab'.repeat(32) });
  });

  it('EC2-16 honours ignoredIndicators', () => {
    const instance = ec2Instance({ userData: ok(userData('generic-password')) });
    expect(evaluateCheck(check, instance, { settings: { ignoredIndicators: ['generic-password'] } })[0]?.status).toBe('PASS');
  });
});
