import { describe, expect, it } from 'vitest';
import { evaluateCheck } from '../../../engine/evaluate-check';
import { ec2Instance } from '../lib/instance-fixture';
import { check } from './check';

describe('ec2_instance_no_public_ip (EC2-13)', () => {
  it('EC2-13 fails naming the address, also for a stopped instance holding an Elastic IP', () => {
    expect(evaluateCheck(check, ec2Instance({ publicIpAddress: '203.0.113.5' }))[0]?.message).toContain('203.0.113.5');
    expect(evaluateCheck(check, ec2Instance({ state: 'stopped', publicIpAddress: '198.51.100.1' }))[0]?.status).toBe('FAIL');
  });

  it('EC2-13 is UNKNOWN rather than PASS when State is missing and so is the address', () => {
    const [result] = evaluateCheck(check, ec2Instance({ state: undefined }));
    expect(result?.status).toBe('UNKNOWN');
    expect(result?.message).toContain('DescribeInstances returned no state');
  });
});
