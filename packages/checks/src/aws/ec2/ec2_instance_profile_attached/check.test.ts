import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Instance } from '../lib/instance-fixture';
import { check } from './check';

describe('ec2_instance_profile_attached (EC2-14)', () => {
  it('EC2-14 fails for a stopped instance without a profile: it gets none when started', () => {
    expect(evaluateCheck(check, ec2Instance({ state: 'stopped', iamInstanceProfileArn: undefined }))[0]?.message).toBe('i-0123456789abcdef0 has no IAM instance profile');
  });

  it('EC2-14 gives no verdict for a terminating instance', () => {
    expect(evaluateCheck(check, ec2Instance({ state: 'shutting-down', iamInstanceProfileArn: undefined }))).toEqual([]);
  });
});
