import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Instance } from '../lib/instance-fixture';
import { check } from './check';

describe('ec2_instance_internet_facing_without_instance_profile (EC2-15)', () => {
  it('EC2-15 fails naming both the address and the profile', () => {
    const [result] = evaluateCheck(check, ec2Instance({ publicIpAddress: '198.51.100.7' }));
    expect(result?.status).toBe('FAIL');
    expect(result?.message).toContain('198.51.100.7');
    expect(result?.message).toContain('instance-profile/app');
  });

  it('EC2-15 and EC2-14 disagree only on public instances with a role (documented tension)', () => {
    expect(evaluateCheck(check, ec2Instance())[0]?.status).toBe('PASS');
  });
});
